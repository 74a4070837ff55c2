// `--verbose`: how long the command took and the requests it made, per
// endpoint (the Sigma backend counts them; the local backend makes none).

import type { Backend } from '../../backends/backend.js';
import { escapeTerminal } from '../../model/escape/terminal.js';

export function renderRequestCounts(backend: Backend, elapsedMs: number): string {
  const counts = [...backend.requestCounts()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const total = counts.reduce((sum, [, count]) => sum + count, 0);
  const lines = [`${backend.kind} backend${backend.location ? ` (${escapeTerminal(backend.location)})` : ''}: ${total} requests in ${(elapsedMs / 1000).toFixed(2)} s`];
  for (const [endpoint, count] of counts) lines.push(`  ${String(count).padStart(6)}  ${endpoint}`);
  return `${lines.join('\n')}\n`;
}
