// The command registry: an explicit list, in the order `--help` shows them.

import type { Command } from 'commander';
import type { CommandRuntime } from '../program.js';
import { applyCommand } from './apply.js';
import { importCommand } from './import.js';
import { planCommand } from './plan.js';
import { schemaCommand } from './schema.js';
import { validateCommand } from './validate.js';

export const COMMANDS: ReadonlyArray<(runtime: CommandRuntime) => Command> = [validateCommand, planCommand, applyCommand, importCommand, schemaCommand];
