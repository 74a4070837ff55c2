// The message for a name that nothing declares, with a suggestion when a
// declared name is one typo away.

import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceSpan } from '../model/source.js';
import { validationError } from './diagnostics.js';
import { closestMatch } from './suggest.js';

export function undeclared(kind: string, name: string, span: SourceSpan, declared: Iterable<string>, role: string): Diagnostic {
  const guess = closestMatch(name, declared);
  const hint = guess ? `; did you mean "${guess}"?` : `: declare it under ${kind === 'user' ? 'users' : `${kind}s`}`;
  return validationError('reference', span, `${role} names ${kind} "${name}", which is not declared${hint}`);
}

