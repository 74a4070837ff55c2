// `grantform warehouse sql|check|apply`: the warehouse half of write access.
// sql prints the statements for every warehouse; check and apply connect to
// PostgreSQL, Redshift and AlloyDB with a DSN from the environment variable
// that writeAccess.checkDsn names (never a secret in the YAML).

import { Command, Option } from 'commander';
import { ConfigError, EnvironmentError, GrantformError, UsageError } from '../../model/errors.js';
import type { Project } from '../../model/project.js';
import { ReadOnlyError } from '../../model/read-only.js';
import { pgApply, pgMissing } from '../../warehouse/pg-check.js';
import { renderScript, type ScriptItem, type WriteTarget } from '../../warehouse/script.js';
import { renderScripts, writeScripts, type ConnectionScript } from '../../warehouse/statements.js';
import { confirmApply, requireConfirmationPossible } from '../confirm.js';
import type { CliContext } from '../context.js';
import { withExit, type CommandRuntime } from '../program.js';
import { findProjectDir, projectArgument } from '../project-dir.js';
import { loadValidProject, readOnlyMode } from '../project-run.js';

const PG_FAMILY = new Set(['postgres', 'redshift', 'alloydb']);

interface Selection {
  connection?: string;
}

function selected(project: Project, options: Selection): ConnectionScript[] {
  if (options.connection !== undefined && !project.connections.has(options.connection)) throw new UsageError(`--connection names "${options.connection}", which the project does not declare`);
  return writeScripts(project.connections.values(), options.connection);
}

function dsnOf(project: Project, target: WriteTarget, context: CliContext): string {
  const ref = project.connections.get(target.connection)?.writeAccess?.checkDsn;
  if (!ref) throw new ConfigError(`connection "${target.connection}" has no writeAccess.checkDsn: name the environment variable that holds its DSN, as checkDsn: { env: NAME }`);
  const value = context.env[ref.env];
  if (value === undefined || value === '') throw new EnvironmentError(`the environment variable ${ref.env} (writeAccess.checkDsn of connection "${target.connection}") is not set`);
  return value;
}

function needsGrantee(target: WriteTarget): asserts target is WriteTarget & { grantee: string } {
  if (target.grantee === undefined) throw new ConfigError(`connection "${target.connection}" names no user to grant to: set details.user or writeAccess.grantee`);
}

function timeoutOf(context: CliContext): number | undefined {
  const raw = context.env.GRANTFORM_WAREHOUSE_TIMEOUT_MS;
  const value = raw === undefined ? Number.NaN : Number(raw);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/** For each live-checkable connection, the statements still needed. */
async function pending(project: Project, scripts: readonly ConnectionScript[], context: CliContext): Promise<{ script: ConnectionScript; missing: ScriptItem[]; dsn: string }[]> {
  const results = [];
  for (const script of scripts) {
    if (!PG_FAMILY.has(script.target.type)) continue;
    const target = script.target;
    needsGrantee(target);
    const dsn = dsnOf(project, target, context);
    const timeoutMs = timeoutOf(context);
    const missing = await pgMissing({ connectionString: dsn, ...(timeoutMs !== undefined && { timeoutMs }) }, target);
    results.push({ script, dsn, missing: missing.map((each): ScriptItem => ({ kind: 'sql', sql: each.fix, why: `missing: ${each.need === 'schema' ? `schema "${each.schema}"` : `${each.need} on schema "${each.schema}" for "${target.grantee}"`}` })) });
  }
  return results;
}

function byHand(scripts: readonly ConnectionScript[]): ConnectionScript[] {
  return scripts.filter((script) => !PG_FAMILY.has(script.target.type));
}

export function warehouseCommand(runtime: CommandRuntime): Command {
  const { context } = runtime;
  const connectionOption = () => new Option('--connection <name>', 'only this connection');
  const warehouse = new Command('warehouse').description("Create each write-access destination in the warehouse and give the connection's service identity exactly the privileges Sigma needs.");

  warehouse
    .command('sql')
    .summary('print the SQL that makes each write destination work')
    .addArgument(projectArgument())
    .addOption(connectionOption())
    .action(
      withExit(runtime, async (given: string | undefined, options: Selection) => {
        const dir = await findProjectDir(given, context.cwd);
        const scripts = selected(await loadValidProject(dir, context), options);
        context.stdout.write(scripts.length === 0 ? '-- No connection has write access: nothing to grant.\n' : renderScripts(scripts));
        return 0;
      }),
    );

  warehouse
    .command('check')
    .summary('report the privileges a write destination still lacks (PostgreSQL, Redshift, AlloyDB)')
    .description('Exit status: 0 nothing is missing, 1 something is, 3 the warehouse could not be reached.')
    .addArgument(projectArgument())
    .addOption(connectionOption())
    .addOption(new Option('--format <format>', 'text, or sql: only the statements to run').choices(['text', 'sql']).default('text'))
    .action(
      withExit(runtime, async (given: string | undefined, options: Selection & { format: 'text' | 'sql' }) => {
        const dir = await findProjectDir(given, context.cwd);
        const project = await loadValidProject(dir, context);
        const scripts = selected(project, options);
        const results = await pending(project, scripts, context);
        let missingCount = 0;
        const out: string[] = [];
        for (const { script, missing } of results) {
          missingCount += missing.length;
          if (options.format === 'sql') {
            if (missing.length > 0) out.push(renderScript(script.target.connection, script.target.type, missing));
          } else out.push(missing.length === 0 ? `${script.target.connection}: write destination ready\n` : `${script.target.connection}: ${missing.length} missing\n${missing.map((item) => (item.kind === 'sql' ? `  ${item.why.replace(/^missing: /, '')}\n    fix: ${item.sql};\n` : '')).join('')}`);
        }
        const manual = byHand(scripts);
        if (manual.length > 0) out.push(options.format === 'sql' ? renderScripts(manual) : `${manual.map((script) => script.target.connection).join(', ')}: grantform cannot connect to ${manual.length === 1 ? 'this warehouse' : 'these warehouses'}; run what \`grantform warehouse sql\` prints by hand\n`);
        if (out.length === 0) out.push('No connection has write access: nothing to check.\n');
        context.stdout.write(out.join(options.format === 'sql' ? '\n' : ''));
        return missingCount > 0 ? 1 : 0;
      }),
    );

  warehouse
    .command('apply')
    .summary('run the statements a write destination still needs, in one transaction (PostgreSQL, Redshift, AlloyDB)')
    .addArgument(projectArgument())
    .addOption(connectionOption())
    .option('--auto-approve', 'run without asking')
    .action(
      withExit(runtime, async (given: string | undefined, options: Selection & { autoApprove?: boolean }) => {
        const dir = await findProjectDir(given, context.cwd);
        requireConfirmationPossible(context, options.autoApprove === true);
        const project = await loadValidProject(dir, context);
        const mode = readOnlyMode(context, project);
        if (mode) throw new ReadOnlyError(`warehouse apply cannot run in read-only mode (${mode.source}): it changes the warehouse; run grantform warehouse check to see what it would run`);
        const results = (await pending(project, selected(project, options), context)).filter((each) => each.missing.length > 0);
        if (results.length === 0) {
          context.stdout.write('Nothing to run: every write destination is ready.\n');
          return 0;
        }
        context.stdout.write(results.map(({ script, missing }) => renderScript(script.target.connection, script.target.type, missing)).join('\n'));
        if (options.autoApprove !== true && !(await confirmApply(context, 'Do you want to run these statements?'))) {
          context.stdout.write('Nothing was run.\n');
          return 1;
        }
        for (const { script, missing, dsn } of results) {
          const target = script.target;
          needsGrantee(target);
          const timeoutMs = timeoutOf(context);
          await pgApply({ connectionString: dsn, ...(timeoutMs !== undefined && { timeoutMs }) }, target, missing.flatMap((item) => (item.kind === 'sql' ? [item.sql] : [])));
        }
        const after = await pending(project, results.map((each) => each.script), context);
        const left = after.reduce((sum, each) => sum + each.missing.length, 0);
        if (left > 0) throw new GrantformError(`warehouse apply ran, but ${left} privilege${left === 1 ? ' is' : 's are'} still missing: run grantform warehouse check`);
        context.stdout.write(`\nApplied: ${results.reduce((sum, each) => sum + each.missing.length, 0)} statements; warehouse check is clean.\n`);
        return 0;
      }),
    );
  return warehouse;
}
