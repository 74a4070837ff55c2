// The pure function behind `grantform warehouse sql`: a project's connections
// to the statements that make their write destinations work.

import type { ConnectionDecl } from '../model/project.js';
import { dialectFor } from './dialects/index.js';
import { renderScript, writeTargetOf, type ScriptItem, type WriteTarget } from './script.js';

export interface ConnectionScript {
  readonly target: WriteTarget;
  readonly items: readonly ScriptItem[];
}

export function writeScripts(connections: Iterable<ConnectionDecl>, only?: string): ConnectionScript[] {
  const scripts: ConnectionScript[] = [];
  for (const connection of connections) {
    if (only !== undefined && connection.name !== only) continue;
    const dialect = dialectFor(connection.type);
    const target = writeTargetOf(connection, dialect.granteeField);
    if (target) scripts.push({ target, items: dialect.statements(target) });
  }
  return scripts;
}

export function renderScripts(scripts: readonly ConnectionScript[]): string {
  return scripts.map((script) => renderScript(script.target.connection, script.target.type, script.items)).join('\n');
}
