// `grantform schema [NAME]`: print one of the JSON Schemas, for editors and
// for other tools that read grantform's files or outputs.

import { Command } from 'commander';
import { SCHEMA_NAMES, schemaText, type SchemaName } from '../../config/schemas.js';
import { closestMatch } from '../../config/suggest.js';
import { UsageError } from '../../model/errors.js';
import { withExit, type CommandRuntime } from '../program.js';

const DESCRIPTIONS: Record<SchemaName, string> = {
  grantform: 'grantform.yaml, the project file',
  resources: 'resource files: connections, users, teams, account types, grants',
  plan: 'the output of plan --format json',
  'plan-file': 'the file plan --out writes (apply FILE, show FILE read it)',
  diagnostics: 'the output of validate and lint --format json',
  explain: 'the output of explain --format json',
  access: 'the output of access --format json',
};

export function schemaCommand(runtime: CommandRuntime): Command {
  const { context } = runtime;
  return new Command('schema')
    .description(`Print a JSON Schema (draft 2020-12). Without NAME, list them.\nNames: ${SCHEMA_NAMES.join(', ')}.`)
    .argument('[name]', `one of ${SCHEMA_NAMES.join(', ')}`)
    .action(
      withExit(runtime, async (name: string | undefined) => {
        if (name === undefined) {
          const width = Math.max(...SCHEMA_NAMES.map((each) => each.length));
          for (const each of SCHEMA_NAMES) context.stdout.write(`${each.padEnd(width)}  ${DESCRIPTIONS[each]}\n`);
          return 0;
        }
        const normalized = name.replace(/\.schema\.json$|\.json$/, '');
        if (!(SCHEMA_NAMES as readonly string[]).includes(normalized)) {
          const guess = closestMatch(normalized, SCHEMA_NAMES);
          throw new UsageError(`there is no schema "${name}"${guess ? `; did you mean "${guess}"?` : ''} (schemas: ${SCHEMA_NAMES.join(', ')})`);
        }
        context.stdout.write(schemaText(normalized as SchemaName));
        return 0;
      }),
    );
}
