// The command registry: an explicit list, in the order `--help` shows them.

import type { Command } from 'commander';
import type { CommandRuntime } from '../program.js';
import { accessCommand } from './access.js';
import { applyCommand } from './apply.js';
import { checkCommand } from './check.js';
import { emulatorCommand } from './emulator.js';
import { explainCommand } from './explain.js';
import { importCommand } from './import.js';
import { initCommand } from './init.js';
import { lintCommand } from './lint.js';
import { lspCommand } from './lsp.js';
import { planCommand } from './plan.js';
import { reportCommand } from './report.js';
import { schemaCommand } from './schema.js';
import { showCommand } from './show.js';
import { validateCommand } from './validate.js';
import { versionCommand } from './version.js';
import { warehouseCommand } from './warehouse.js';

export const COMMANDS: ReadonlyArray<(runtime: CommandRuntime) => Command> = [
  initCommand,
  validateCommand,
  lintCommand,
  planCommand,
  applyCommand,
  showCommand,
  importCommand,
  checkCommand,
  explainCommand,
  accessCommand,
  reportCommand,
  schemaCommand,
  emulatorCommand,
  lspCommand,
  versionCommand,
  warehouseCommand,
];
