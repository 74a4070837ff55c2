// Progress of an apply on stderr. On a terminal, a single line that shows
// the count and the current change, once the run has lasted a second; with
// --verbose, one line per change (terminal or not); otherwise silence, so
// that CI logs hold only the plan and the report.

import type { ApplyEvent } from '../../apply/outcome.js';
import { SYMBOL } from '../../plan/render/summary.js';
import { escapeTerminal } from '../../model/escape/terminal.js';
import type { Colors, OutputStream } from '../context.js';

const DELAY_MS = 1000;
const REFRESH_MS = 100;

export interface ApplyProgress {
  readonly onEvent: (event: ApplyEvent) => void;
  /** Clears the live line before the report is printed. */
  readonly finish: () => void;
}

export function applyProgress(stream: OutputStream, colors: Colors, options: { verbose: boolean; now?: () => number }): ApplyProgress {
  const now = options.now ?? Date.now;
  const started = now();
  const live = stream.isTTY === true && !options.verbose;
  let shown = false;
  let lastDraw = 0;
  let finished = 0;
  let total = 0;
  let current = '';

  const draw = (force = false) => {
    const at = now();
    if (!live || at - started < DELAY_MS || (!force && at - lastDraw < REFRESH_MS)) return;
    lastDraw = at;
    shown = true;
    const width = Math.max(20, (stream.columns ?? 80) - 1);
    const line = `[${String(finished).padStart(String(total).length)}/${total}] ${current}`;
    stream.write(`\r\x1b[K${line.length > width ? `${line.slice(0, width - 1)}…` : line}`);
  };

  return {
    onEvent(event) {
      switch (event.type) {
        case 'started':
          total = event.total;
          current = `${verb(event.change.action)} ${escapeTerminal(event.change.address)}`;
          draw();
          return;
        case 'retrying':
          if (options.verbose) stream.write(`${colors.yellow('retry')}   ${escapeTerminal(event.change.address)} in ${(event.delayMs / 1000).toFixed(1)} s (attempt ${event.attempt + 1}): ${escapeTerminal(event.error)}\n`);
          return;
        case 'finished': {
          finished = event.finished;
          total = event.total;
          if (options.verbose) {
            const status = event.outcome.status;
            const label = status === 'done' ? colors.green('done   ') : status === 'failed' ? colors.red('failed ') : status === 'manual' ? colors.yellow('manual ') : colors.dim('skipped');
            stream.write(`${label} ${SYMBOL[event.change.action].padStart(3)} ${escapeTerminal(event.change.address)} (${event.finished}/${event.total})\n`);
          }
          draw();
          return;
        }
        case 'closing':
          current = 'saving';
          draw(true);
          return;
      }
    },
    finish() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}

function verb(action: string): string {
  return action === 'create' ? 'creating' : action === 'update' ? 'updating' : action === 'delete' ? 'deleting' : 'replacing';
}
