// Building diagnostics for the loader's own checks (everything that is not a
// lint rule): one helper so that every validation finding has the same shape.

import type { Diagnostic, RelatedLocation } from '../model/diagnostic.js';
import type { SourceSpan } from '../model/source.js';

/** Validation checks, used as the `rule` of their diagnostics. */
export type ValidationCheck =
  | 'project'
  | 'file'
  | 'yaml-syntax'
  | 'schema'
  | 'reference'
  | 'duplicate-declaration'
  | 'object-path';

export function validationError(
  check: ValidationCheck,
  span: SourceSpan,
  message: string,
  related?: readonly RelatedLocation[],
): Diagnostic {
  return related ? { rule: check, severity: 'error', message, span, related } : { rule: check, severity: 'error', message, span };
}

/** A span for a whole file, or a problem before any text was read. */
export function fileStartSpan(file: string): SourceSpan {
  const start = { line: 1, column: 1, offset: 0 };
  return { file, start, end: start };
}
