// The end of an apply, for people: counts, then what failed and why, what
// was skipped because of what, the manual steps still pending, and the
// backend's warnings. Done changes are listed when there are few.

import type { ApplyReport, ChangeResult } from '../../apply/outcome.js';
import { SYMBOL } from '../../plan/render/summary.js';
import { appendAll } from '../../model/bulk.js';
import { escapeTerminal } from '../../model/escape/terminal.js';
import type { Colors } from '../context.js';
import { plural } from './diagnostics-text.js';

const LIST_DONE_UP_TO = 50;

export function renderApplyReport(report: ApplyReport, colors: Colors): string {
  const { counts } = report;
  const parts = [`${counts.done} done`, `${counts.failed} failed`, `${counts.skipped} skipped`];
  if (counts.manual > 0) parts.push(plural(counts.manual, 'manual step') + ' pending');
  const title = counts.failed > 0 ? colors.red(colors.bold(`Apply failed: ${parts.join(', ')}.`)) : colors.green(colors.bold(`Apply complete: ${parts.join(', ')}.`));
  const lines: string[] = [title];
  const of = (status: string) => report.results.filter((result) => result.outcome.status === status);
  const line = (result: ChangeResult, why?: string) => `  ${SYMBOL[result.planned.change.action].padStart(3)} ${escapeTerminal(result.planned.change.address)}${why ? `: ${escapeTerminal(why)}` : ''}`;

  const done = of('done');
  if (done.length > 0 && done.length <= LIST_DONE_UP_TO) lines.push('', 'Done:', ...done.map((result) => line(result)));
  const failed = of('failed');
  if (failed.length > 0) appendAll(lines, ['', colors.red('Failed:'), ...failed.map((result) => line(result, result.outcome.status === 'failed' ? result.outcome.error : ''))]);
  const skipped = of('skipped');
  if (skipped.length > 0) appendAll(lines, ['', colors.yellow('Skipped:'), ...skipped.map((result) => line(result, result.outcome.status === 'skipped' ? `not attempted because ${result.outcome.reason}` : ''))]);
  const manual = of('manual');
  if (manual.length > 0) {
    lines.push('', colors.yellow('Manual steps pending (grantform cannot make these; later plans show them until they are done):'));
    appendAll(lines, manual.map((result) => line(result, result.outcome.status === 'manual' ? result.outcome.instructions : '')));
  }
  if (report.warnings.length > 0) appendAll(lines, ['', colors.yellow('Warnings:'), ...report.warnings.map((warning) => `  ${escapeTerminal(warning)}`)]);
  if (failed.length > 0) lines.push('', 'Fix the failures, then run apply again: it converges from wherever this run stopped.');
  return `${lines.join('\n')}\n`;
}
