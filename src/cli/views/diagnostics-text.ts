// Diagnostics for people: one line each, `file:line:column: severity:
// message (rule)`, the form editors and terminals make clickable. No source
// excerpt is printed: the offending line may hold a secret.

import type { Diagnostic, DiagnosticSummary } from '../../model/diagnostic.js';
import { summarize } from '../../model/diagnostic.js';
import { escapeTerminal } from '../../model/escape/terminal.js';
import type { Colors } from '../context.js';

export function renderDiagnosticsText(diagnostics: readonly Diagnostic[], colors: Colors): string {
  return diagnostics.map((diagnostic) => `${renderOne(diagnostic, colors)}\n`).join('');
}

function renderOne(diagnostic: Diagnostic, colors: Colors): string {
  const { span } = diagnostic;
  const severity =
    diagnostic.severity === 'error' ? colors.red('error') : diagnostic.severity === 'warning' ? colors.yellow('warning') : colors.cyan('info');
  const fixable = diagnostic.fixable ? colors.dim(' [fixable]') : '';
  const location = colors.bold(`${escapeTerminal(span.file)}:${span.start.line}:${span.start.column}`);
  return `${location}: ${severity}: ${escapeTerminal(diagnostic.message)} ${colors.dim(`(${diagnostic.rule})`)}${fixable}`;
}

export function renderSummaryText(summary: DiagnosticSummary, colors: Colors): string {
  const parts = [
    plural(summary.errors, 'error'),
    plural(summary.warnings, 'warning'),
    ...(summary.infos > 0 ? [plural(summary.infos, 'info')] : []),
  ];
  const text = parts.join(', ');
  return summary.errors > 0 ? colors.red(colors.bold(text)) : summary.warnings > 0 ? colors.yellow(text) : text;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export { summarize };
