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

/**
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per
 * step (and 50 per job); the rest are dropped without a word. So errors come
 * first, then warnings, then notices, at most `perKind` of each, and one
 * closing notice says how many more there are and `where` they are.
 */
export const GITHUB_ANNOTATIONS_PER_STEP = 10;

export function renderCappedGithubCommands(diagnostics: readonly Diagnostic[], where: string, perKind = GITHUB_ANNOTATIONS_PER_STEP): string {
  const shown: Diagnostic[] = [];
  const left: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const severity of ['error', 'warning', 'info'] as const) {
    const ofKind = diagnostics.filter((diagnostic) => diagnostic.severity === severity);
    shown.push(...ofKind.slice(0, perKind));
    left[severity] = Math.max(0, ofKind.length - perKind);
  }
  const more = left.error + left.warning + left.info;
  if (more === 0) return renderGithubCommands(shown);
  const counts = [plural(left.error, 'error'), plural(left.warning, 'warning'), plural(left.info, 'info')].filter((text) => !text.startsWith('0 '));
  const note = `${more} more grantform ${more === 1 ? 'finding is' : 'findings are'} not annotated (${counts.join(', ')}): GitHub shows at most ${perKind} of each kind per step; ${where}`;
  return `${renderGithubCommands(shown)}::notice title=${escapeProperty('grantform: more findings')}::${escapeData(note)}\n`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
