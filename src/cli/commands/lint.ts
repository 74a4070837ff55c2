// `grantform lint [DIR] [--fix] [--format text|json|sarif|github] [--rule ID=SEVERITY]
// [--max-warnings N] [--quiet]`: access-model findings. Exit 1 when an error
// remains (after fixing, with --fix) or warnings exceed --max-warnings, as
// ESLint does; 3 when the project cannot be read.

import { chmod, readFile, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { loadProject, type LoadResult } from '../../config/load-project.js';
import { closestMatch } from '../../config/suggest.js';
import { summarize, type Diagnostic } from '../../model/diagnostic.js';
import { EXIT, GrantformError, UsageError } from '../../model/errors.js';
import type { Project } from '../../model/project.js';
import type { SourceSpan } from '../../model/source.js';
import { describeGrant } from '../../lint/describe.js';
import { fixProject, FixError, type FixedFile } from '../../lint/fix/fix-project.js';
import { RULES, RULES_BY_ID } from '../../lint/registry.js';
import { lintProject } from '../../lint/runner.js';
import { isRuleSeverity, RULE_SEVERITIES, type RuleSeverity } from '../../lint/severities.js';
import { colorsFor, writePieces } from '../context.js';
import { VERSION } from '../version.js';
import { diagnosticsExit, formatOption, withExit, type CommandRuntime } from '../program.js';
import { findProjectDir, projectArgument } from '../project-dir.js';
import { renderCappedGithubCommands } from '../views/github-commands.js';
import { renderDiagnosticsJsonPieces } from '../views/diagnostics-json.js';
import { renderDiagnosticsText } from '../views/diagnostics-text.js';
import { renderLintSummary, renderFixSummary } from '../views/lint-text.js';
import { renderSarifPieces, type SarifContext } from '../views/sarif.js';
import { findSourceRoot } from '../source-root.js';

type LintFormat = 'text' | 'json' | 'sarif' | 'github';

interface LintOptions {
  readonly fix?: boolean;
  readonly format: LintFormat;
  readonly rule: readonly string[];
  readonly maxWarnings?: number;
  readonly quiet?: boolean;
}

export function lintCommand(runtime: CommandRuntime): Command {
  const { context } = runtime;
  return new Command('lint')
    .description(
      [
        'Check the project against Sigma\'s access model: grants without effect, duplicates, account types too low for a grant, grants in write destinations.',
        `Rules: ${RULES.map((rule) => rule.meta.id).join(', ')}.`,
        'Exit status: 0 no error, 1 errors (after fixing, with --fix) or more warnings than --max-warnings, 3 could not run (no project there, unreadable files, usage).',
      ].join('\n'),
    )
    .addArgument(projectArgument())
    .option('--fix', 'remove the grants that fixable rules find, editing the YAML in place')
    .addOption(formatOption(['text', 'json', 'sarif', 'github']))
    .option('--rule <id=severity>', `set a rule's severity (${RULE_SEVERITIES.join(' | ')}); repeatable`, (value: string, previous: string[]) => [...previous, value], [] as string[])
    .option('--max-warnings <n>', 'exit 1 when more than N warnings are found (counted also with --quiet)', parseWarningLimit)
    .option('--quiet', 'report errors only: no warnings or infos in any format')
    .action(
      withExit(runtime, async (given: string | undefined, options: LintOptions) => {
        const dir = await findProjectDir(given, context.cwd);
        const overrides = parseRuleOptions(options.rule);
        const shown = (diagnostics: readonly Diagnostic[]) => (options.quiet ? diagnostics.filter((each) => each.severity === 'error') : diagnostics);
        let loaded = await loadProject(dir, { cwd: context.cwd });
        if (!loaded.project) {
          await writePieces(context.stdout, render(shown(loaded.diagnostics), options.format, context, options.format === 'sarif' ? await sarifContext(dir, loaded, context) : undefined));
          return diagnosticsExit(loaded.diagnostics);
        }
        const severities = [loaded.project.settings.lintRules, overrides];
        let result = lintProject(loaded.project, { severities });
        let fixed: FixedFile[] = [];
        if (options.fix && result.removals.size > 0) {
          fixed = await writeFixes(() => fixProject(loaded.project as NonNullable<typeof loaded.project>, result.removals));
          loaded = await loadProject(dir, { cwd: context.cwd });
          if (!loaded.project) {
            await writePieces(context.stdout, render(shown(loaded.diagnostics), options.format, context, options.format === 'sarif' ? await sarifContext(dir, loaded, context) : undefined));
            return diagnosticsExit(loaded.diagnostics);
          }
          result = lintProject(loaded.project, { severities });
        }
        await writePieces(context.stdout, render(shown(result.diagnostics), options.format, context, options.format === 'sarif' ? await sarifContext(dir, loaded, context) : undefined));
        if (options.format === 'text') {
          const colors = colorsFor(context.stdout, context.env);
          if (options.fix) context.stdout.write(`${renderFixSummary(fixed, colors)}\n`);
          context.stdout.write(`${renderLintSummary(shown(result.diagnostics), loaded.project.grants.length, colors)}\n`);
        } else if (options.fix) {
          context.stderr.write(`${renderFixSummary(fixed, colorsFor(context.stderr, context.env))}\n`);
        }
        const status = diagnosticsExit(result.diagnostics);
        const { warnings } = summarize(result.diagnostics);
        if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
          // On stderr, so that JSON, SARIF and workflow commands on stdout stay whole.
          context.stderr.write(`grantform found too many warnings: ${warnings}, more than --max-warnings ${options.maxWarnings}\n`);
          return status === EXIT.ok ? EXIT.failed : status;
        }
        return status;
      }),
    );
}

/** What the SARIF view needs beyond the diagnostics: where the repository is, and the files' text for fingerprints. */
async function sarifContext(dir: string, loaded: LoadResult, context: CommandRuntime['context']): Promise<SarifContext> {
  const texts = new Map(loaded.files.map((file) => [file.displayPath, file.text]));
  const sourceRoot = await findSourceRoot(path.resolve(context.cwd, dir), context.env, context.cwd);
  const identities = loaded.project ? identitiesOf(loaded.project) : new Map<string, string>();
  return { version: VERSION, cwd: context.cwd, sourceRoot, textOf: (file) => texts.get(file), identityOf: (span) => identities.get(spanKey(span)) };
}

/** Every span of a grant, team or user, to what it declares: fingerprints name the resource, not its line. */
function identitiesOf(project: Project): Map<string, string> {
  const identities = new Map<string, string>();
  const add = (identity: string, ...spans: SourceSpan[]) => spans.forEach((span) => identities.set(spanKey(span), identity));
  for (const grant of project.grants) add(`grant ${describeGrant(grant)}`, grant.span, grant.principalSpan, grant.objectSpan, grant.accessSpan);
  for (const team of project.teams.values()) add(`team ${team.name}`, team.span, team.nameSpan);
  for (const user of project.users.values()) add(`user ${user.email}`, user.span, user.emailSpan, user.accountTypeSpan);
  return identities;
}

/** By start only: the runner trims a span's end to its last line (runner.ts), and no two resources start at one offset. */
function spanKey(span: SourceSpan): string {
  return `${span.file}\u0000${span.start.offset}`;
}

function render(diagnostics: readonly Diagnostic[], format: LintFormat, context: CommandRuntime['context'], sarif?: SarifContext): Iterable<string> {
  switch (format) {
    case 'json':
      return renderDiagnosticsJsonPieces(diagnostics);
    case 'sarif':
      return renderSarifPieces(
        diagnostics,
        RULES.map(({ meta }) => ({ id: meta.id, description: meta.description, defaultSeverity: meta.defaultSeverity, help: meta.help })),
        sarif ?? { version: VERSION, cwd: context.cwd, sourceRoot: context.cwd, textOf: () => undefined },
      );
    case 'github':
      return [renderCappedGithubCommands(diagnostics, 'every finding is in `grantform lint` (text) and in the job summary of `grantform report github`')];
    case 'text':
      return [renderDiagnosticsText(diagnostics, colorsFor(context.stdout, context.env))];
  }
}

/** `--max-warnings 0` (no warning allowed) is the usual setting in CI. */
function parseWarningLimit(value: string): number {
  const limit = Number(value);
  if (value.trim() === '' || !Number.isInteger(limit) || limit < 0) throw new UsageError(`--max-warnings takes a whole number of at least 0, not "${value}"`);
  return limit;
}

/** `--rule redundant-grant=error`, checked against the registry, with a suggestion for a typo. */
export function parseRuleOptions(values: readonly string[]): Record<string, RuleSeverity> {
  const overrides: Record<string, RuleSeverity> = {};
  for (const value of values) {
    const equals = value.indexOf('=');
    if (equals <= 0) throw new UsageError(`--rule takes ID=SEVERITY, e.g. --rule redundant-grant=error (got "${value}")`);
    const id = value.slice(0, equals).trim();
    const severity = value.slice(equals + 1).trim();
    if (!RULES_BY_ID.has(id)) {
      const guess = closestMatch(id, RULES_BY_ID.keys());
      throw new UsageError(`there is no lint rule "${id}"${guess ? `; did you mean "${guess}"?` : ''} (rules: ${[...RULES_BY_ID.keys()].join(', ')})`);
    }
    if (!isRuleSeverity(severity)) throw new UsageError(`"${severity}" is not a severity for --rule ${id}: use ${RULE_SEVERITIES.join(', ')}`);
    overrides[id] = severity;
  }
  return overrides;
}

/** Computes every fixed text first (nothing is written if one fails), then replaces each file atomically. */
async function writeFixes(compute: () => FixedFile[]): Promise<FixedFile[]> {
  let fixed: FixedFile[];
  try {
    fixed = compute();
  } catch (error) {
    if (error instanceof FixError) throw new GrantformError(error.message);
    throw error;
  }
  for (const { file, text } of fixed) {
    // The file must still be what was linted; a byte-order mark the loader set aside is put back.
    const current = await readFile(file.path, 'utf8');
    const bom = current.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
    if (current.slice(bom.length) !== file.text) throw new GrantformError(`${file.displayPath} changed while grantform was linting it; nothing more was written, run lint --fix again`);
    await replaceFile(file.path, bom + text);
  }
  return fixed;
}

/**
 * Replaces a file's contents by rename, so that a crash leaves the old text
 * or the new, never half of one; the file keeps its permissions, and a
 * symbolic link stays a link (its target is what gets replaced).
 */
async function replaceFile(file: string, text: string): Promise<void> {
  const target = await realpath(file);
  const { mode } = await stat(target);
  const temporary = `${target}.grantform-fix-${process.pid}`;
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await chmod(temporary, mode & 0o7777);
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
