// The closing lines of `grantform lint` for people: what --fix did, and the
// counts, with how many findings --fix would remove.

import type { Diagnostic } from '../../model/diagnostic.js';
import { summarize } from '../../model/diagnostic.js';
import type { FixedFile } from '../../lint/fix/fix-project.js';
import type { Colors } from '../context.js';
import { plural, renderSummaryText } from './diagnostics-text.js';

export function renderLintSummary(diagnostics: readonly Diagnostic[], grants: number, colors: Colors): string {
  if (diagnostics.length === 0) return `${colors.green('✓')} no findings in ${plural(grants, 'grant')}`;
  const fixable = diagnostics.filter((diagnostic) => diagnostic.fixable).length;
  const hint = fixable > 0 ? `; ${fixable} fixable with --fix` : '';
  return `${renderSummaryText(summarize(diagnostics), colors)}${hint}`;
}

export function renderFixSummary(fixed: readonly FixedFile[], colors: Colors): string {
  if (fixed.length === 0) return 'nothing to fix';
  const removed = fixed.reduce((sum, file) => sum + file.removed, 0);
  return `${colors.green('fixed:')} removed ${plural(removed, 'grant')} without effect from ${plural(fixed.length, 'file')}`;
}
