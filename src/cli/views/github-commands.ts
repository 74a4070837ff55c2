// Diagnostics as GitHub Actions workflow commands (`::error file=…::message`),
// which put each finding on its line of the pull request. Escaping follows
// the runner's toolkit (actions/toolkit, core/src/command.ts): in the message
// `%`, CR and LF; in property values also `:` and `,`. Columns are given on
// one line only, and GitHub's end column is inclusive (a span's is exclusive),
// as for check run annotations (src/github/check-run.ts).

import type { Diagnostic, Severity } from '../../model/diagnostic.js';
import { escapeTerminal } from '../../model/escape/terminal.js';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

/** Control and bidi characters shown as `\u{…}` first (a name must not reorder or hide the log line), then the runner's escapes. */
export function escapeData(text: string): string {
  return escapeTerminal(text).replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

export function renderGithubCommands(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((diagnostic) => {
      const { span } = diagnostic;
      const properties = [
        `file=${escapeProperty(span.file)}`,
        `line=${span.start.line}`,
        `endLine=${Math.max(span.end.line, span.start.line)}`,
        `col=${span.start.column}`,
        ...(span.end.line === span.start.line ? [`endColumn=${Math.max(span.end.column - 1, span.start.column)}`] : []),
        `title=${escapeProperty(`grantform: ${diagnostic.rule}`)}`,
      ];
      return `::${COMMAND[diagnostic.severity]} ${properties.join(',')}::${escapeData(diagnostic.message)}\n`;
    })
    .join('');
}
