// The command registry: an explicit list, in the order `--help` shows them.

import type { Command } from 'commander';
import type { CommandRuntime } from '../program.js';
import { applyCommand } from './apply.js';
import { checkCommand } from './check.js';
import { emulatorCommand } from './emulator.js';
import { explainCommand } from './explain.js';
import { importCommand } from './import.js';
import { lintCommand } from './lint.js';
import { planCommand } from './plan.js';
import { reportCommand } from './report.js';
import { schemaCommand } from './schema.js';
import { validateCommand } from './validate.js';
import { warehouseCommand } from './warehouse.js';

export const COMMANDS: ReadonlyArray<(runtime: CommandRuntime) => Command> = [
  validateCommand,
  lintCommand,
  planCommand,
  applyCommand,
  importCommand,
  checkCommand,
  explainCommand,
  reportCommand,
  schemaCommand,
  emulatorCommand,
  warehouseCommand,
];
