// `grantform init [DIR]`: write a starter project into DIR (default: the
// current folder, created if missing): grantform.yaml, access/example.yaml and
// .vscode/settings.json, each pointing editors at schemas on this machine
// (src/init/schema-references.ts), plus the project's copy of the schemas
// under .grantform/schemas/ when the package's own are out of its reach.
// It never overwrites a file: if one exists, it writes nothing and says
// which. There is no --force: a starter has nothing worth overwriting a real
// project's file with (docs/file-format.md, "Starting a project").
// Exit status: 0 written, 1 a file exists, 3 the folder cannot be written.

import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { writeFileAtomic } from '../../backends/local/atomic-write.js';
import { schemaCopyFiles, schemaLocation, SCHEMA_COPY_DIR } from '../../init/schema-references.js';
import { starterFiles } from '../../init/starter-project.js';
import { GrantformError } from '../../model/errors.js';
import { colorsFor } from '../context.js';
import { withExit, type CommandRuntime } from '../program.js';
import { showPath } from '../project-run.js';

export function initCommand(runtime: CommandRuntime): Command {
  const { context } = runtime;
  return new Command('init')
    .description(
      [
        'Write a starter project into DIR (created if missing): grantform.yaml (the local backend, the Sigma backend commented out,',
        'the manage and safety defaults), access/example.yaml, and .vscode/settings.json mapping the files to their JSON Schemas,',
        'so that editors complete and explain them. Existing files are never overwritten.',
        '',
        'Exit status: 0 written, 1 a file already exists.',
      ].join('\n'),
    )
    .argument('[dir]', 'folder to write the project into', '.')
    .action(
      withExit(runtime, async (dir: string) => {
        const root = path.resolve(context.cwd, dir);
        const shown = showPath(root, context);
        const schemas = schemaLocation(root);
        const files = starterFiles(root, schemas);
        for (const relative of files.keys()) {
          if (await exists(path.join(root, relative))) {
            throw new GrantformError(`${showPath(path.join(root, relative), context)} already exists: init never overwrites a file, so remove it or choose another folder`);
          }
        }
        const written = [...files];
        // grantform's own copy, refreshed so that it matches the version that wrote the references.
        if (schemas.copy) written.push(...schemaCopyFiles());
        for (const [relative, text] of written) {
          const target = path.join(root, ...relative.split('/'));
          await mkdir(path.dirname(target), { recursive: true });
          await writeFileAtomic(target, text);
        }
        const colors = colorsFor(context.stdout, context.env);
        const where = schemas.copy ? `a copy of the schemas in ${SCHEMA_COPY_DIR}/` : `the schemas of this grantform (${path.relative(root, schemas.dir).split(path.sep).join('/')})`;
        context.stdout.write(
          [
            `${colors.green('✓')} Wrote a starter project in ${shown}: ${[...files.keys()].join(', ')}.`,
            `Editors find ${where} through the first line of each YAML file and .vscode/settings.json.`,
            `Next: \`grantform validate ${shown}\`, \`grantform lint ${shown}\`, \`grantform plan ${shown}\`.`,
            '',
          ].join('\n'),
        );
        return 0;
      }),
    );
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    (error: NodeJS.ErrnoException) => error.code !== 'ENOENT',
  );
}
