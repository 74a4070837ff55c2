// `grantform import [DIR] [--out OUTDIR]`: write the live state of DIR's
// backend (grantform.yaml) as YAML files in OUTDIR (default: DIR itself,
// which must then hold no resource files yet). When OUTDIR is another
// folder, a grantform.yaml for the same backend is written there too, so
// that `grantform plan OUTDIR` right away shows no changes.
// Exit status: 0 written, 1 error, 3 could not run (docs/cli.md).

import { escapeTerminal } from '../../model/escape/terminal.js';
import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { parseDocument } from 'yaml';
import { writeFileAtomic } from '../../backends/local/atomic-write.js';
import { GrantformError } from '../../model/errors.js';
import type { BackendSettings, Project } from '../../model/project.js';
import { importFiles } from '../../import/import-files.js';
import { schemaCopyFiles, schemaLocation, schemaModeline, schemaReference } from '../../init/schema-references.js';
import { stateOption, withExit, type CommandRuntime } from '../program.js';
import { findProjectDir, projectArgument } from '../project-dir.js';
import { backendFor, backendSettingsFor, loadValidProject, showPath } from '../project-run.js';
import { plural } from '../views/diagnostics-text.js';

interface ImportOptions {
  out?: string;
  force?: boolean;
  state?: string;
}

export function importCommand(runtime: CommandRuntime): Command {
  const { context } = runtime;
  return new Command('import')
    .description(
      [
        "Read the live state of the project's backend (grantform.yaml in DIR) and write it as resource files: connections.yaml,",
        'users.yaml, teams/<team>.yaml (each team with its members and grants), user-grants.yaml and all-members.yaml.',
        'Resources are named, never referred to by id. Every live grant is written, so a plan right after shows no changes;',
        'run grantform lint afterwards to find the grants that have no effect. Secrets are never imported: add them as { env: NAME }.',
        '',
        'Exit status: 0 written, 1 error, 3 could not run (no project there, unreadable files, Sigma unreachable, credentials refused, usage).',
      ].join('\n'),
    )
    .addArgument(projectArgument('project folder whose grantform.yaml names the backend; default: the current folder or the nearest parent that holds one'))
    .option('--out <dir>', 'where to write the files (default: DIR, which must hold no resource files yet)')
    .option('--force', 'overwrite files that already exist')
    .addOption(stateOption())
    .action(
      withExit(runtime, async (given: string | undefined, options: ImportOptions) => {
        const dir = await findProjectDir(given, context.cwd);
        const project = await loadValidProject(dir, context);
        const outDir = path.resolve(context.cwd, options.out ?? dir);
        const shownOut = showPath(outDir, context);
        const inside = !path.relative(project.root, outDir).startsWith('..') && !path.isAbsolute(path.relative(project.root, outDir));
        if (inside && project.files.length > 0 && options.force !== true) {
          const names = project.files.slice(0, 3).map((file) => file.displayPath).join(', ');
          throw new GrantformError(`${showPath(project.root, context)} already holds resource files (${names}${project.files.length > 3 ? ', …' : ''}): import writes every resource, so pass --out with a folder outside the project`);
        }
        const overrides = options.state !== undefined ? { state: options.state } : {};
        const settings = backendSettingsFor(project, context, overrides);
        const backend = backendFor(project, context, overrides);
        const live = await backend.read();
        await backend.close();
        const schemas = schemaLocation(outDir);
        const result = importFiles(live, `the ${backend.kind} backend${backend.location ? ` (${backend.location})` : ''}`, (file) =>
          schemaModeline(schemaReference(path.join(outDir, ...file.split('/')), 'resources', schemas)),
        );

        const existing: string[] = [];
        for (const relative of result.files.keys()) {
          if (await exists(path.join(outDir, relative))) existing.push(relative);
        }
        if (existing.length > 0 && options.force !== true) {
          throw new GrantformError(`${shownOut} already has ${existing.slice(0, 3).join(', ')}${existing.length > 3 ? ` and ${existing.length - 3} more` : ''}: remove them, choose another --out, or pass --force`);
        }
        await mkdir(outDir, { recursive: true });
        const wroteConfig = !inside && !(await exists(path.join(outDir, 'grantform.yaml'))) && !(await exists(path.join(outDir, 'grantform.yml')));
        const config = wroteConfig ? configFor(project, settings, outDir) : undefined;
        if (config) await writeFileAtomic(path.join(outDir, 'grantform.yaml'), config.text);
        // The schemas that the files' first lines name, where the package's own are out of reach (refreshed: grantform's own copy).
        const copies = schemas.copy ? [...schemaCopyFiles()] : [];
        for (const [relative, text] of [...result.files, ...copies]) {
          const target = path.join(outDir, relative);
          await mkdir(path.dirname(target), { recursive: true });
          await writeFile(target, text);
        }

        const activeUsers = live.users.filter((user) => user.active).length;
        const counts = [plural(live.connections.length, 'connection'), plural(activeUsers, 'user'), plural(live.teams.length, 'team'), plural(live.grants.length, 'grant')];
        context.stdout.write(`Imported ${counts.join(', ')} into ${shownOut} (${plural(result.files.size + (wroteConfig ? 1 : 0), 'file')}).\n`);
        for (const note of result.notes) context.stdout.write(`Note: ${escapeTerminal(note)}.\n`);
        if (config?.stateOutside) {
          const shownState = showPath(config.stateOutside, context);
          context.stdout.write(`Note: the state file ${shownState} is outside ${shownOut}, and a project's backend.path stays inside it: pass --state ${shownState} (or set GRANTFORM_STATE) to plan ${shownOut} against it.\n`);
        }
        context.stdout.write(`Next: \`grantform plan ${shownOut}\` should show no changes; \`grantform lint ${shownOut}\` shows the grants that have no effect.\n`);
        // Not written, and plan leaves them alone: the import is incomplete until one of each is removed in Sigma.
        for (const duplicate of result.duplicates) context.stderr.write(`Error: ${escapeTerminal(duplicate)}\n`);
        return result.duplicates.length > 0 ? 1 : 0;
      }),
    );
}

/**
 * The project's grantform.yaml for a project in `outDir`: same settings, and
 * a local state path that still names the same file when that file is
 * inside `outDir`. One outside it cannot be named there (a project's state
 * stays inside the project): the default path is written, and
 * `stateOutside` says which file to pass with --state.
 */
function configFor(project: Project, backend: BackendSettings, outDir: string): { text: string; stateOutside?: string } {
  const document = parseDocument(project.configFile.text);
  if (backend.type !== 'local') return { text: document.toString() };
  const relative = path.relative(outDir, backend.path);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    if (document.hasIn(['backend', 'path'])) document.deleteIn(['backend', 'path']);
    return { text: document.toString(), stateOutside: backend.path };
  }
  const written = relative.split(path.sep).join('/');
  if (document.get('backend') === undefined) document.set('backend', { type: 'local', path: written });
  else document.setIn(['backend', 'path'], written);
  return { text: document.toString() };
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
