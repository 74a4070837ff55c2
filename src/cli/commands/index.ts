// The command registry: an explicit list, in the order `--help` shows them.
// Each command's module is loaded only when that command runs (or when the
// whole list is shown): `grantform lint` should not pay for loading the Sigma
// client, the GitHub client, PostgreSQL's driver and the language server.

import type { Command } from 'commander';
import type { CommandRuntime } from '../program.js';

export interface CommandEntry {
  readonly name: string;
  /** The line `grantform --help` shows beside the name. */
  readonly summary: string;
  readonly load: () => Promise<(runtime: CommandRuntime) => Command>;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'init', summary: 'write a starter project', load: async () => (await import('./init.js')).initCommand },
  { name: 'validate', summary: 'check the files: YAML, schemas and references', load: async () => (await import('./validate.js')).validateCommand },
  { name: 'lint', summary: 'find grants without effect and other access-model mistakes', load: async () => (await import('./lint.js')).lintCommand },
  { name: 'plan', summary: 'show the changes that would bring the live state to the files', load: async () => (await import('./plan.js')).planCommand },
  { name: 'apply', summary: 'make the changes of a plan', load: async () => (await import('./apply.js')).applyCommand },
  { name: 'show', summary: 'show a saved plan (plan --out FILE)', load: async () => (await import('./show.js')).showCommand },
  { name: 'import', summary: 'write YAML files from the live state', load: async () => (await import('./import.js')).importCommand },
  { name: 'check', summary: 'test that Sigma can read from and write to every connection', load: async () => (await import('./check.js')).checkCommand },
  { name: 'explain', summary: "show a user's effective access and the grants it comes from", load: async () => (await import('./explain.js')).explainCommand },
  { name: 'access', summary: "review every user's effective access, with where it comes from", load: async () => (await import('./access.js')).accessCommand },
  { name: 'report', summary: 'publish findings and the plan where reviewers look (github)', load: async () => (await import('./report.js')).reportCommand },
  { name: 'schema', summary: 'print a JSON Schema', load: async () => (await import('./schema.js')).schemaCommand },
  { name: 'emulator', summary: 'serve an emulated Sigma API on this machine, for trials and tests', load: async () => (await import('./emulator.js')).emulatorCommand },
  { name: 'lsp', summary: 'run the language server (for editors)', load: async () => (await import('./lsp.js')).lspCommand },
  { name: 'version', summary: 'print the version', load: async () => (await import('./version.js')).versionCommand },
  { name: 'warehouse', summary: "the warehouse side of write access: SQL, check, apply", load: async () => (await import('./warehouse.js')).warehouseCommand },
];
