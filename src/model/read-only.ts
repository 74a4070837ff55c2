// Read-only mode: `--read-only`, `GRANTFORM_READ_ONLY=1` or
// `backend.readOnly: true`. A backend in it changes nothing: the Sigma
// backend refuses every request that is not a read before sending it, the
// local backend neither writes its state nor takes its lock, and apply
// refuses to start. Pull request jobs run in it (docs/github.md).

import { GrantformError } from './errors.js';

export interface ReadOnlyMode {
  /** What turned it on, for messages: `--read-only`, `GRANTFORM_READ_ONLY=1`, `backend.readOnly in grantform.yaml`. */
  readonly source: string;
}

/** Something would have changed the live state in read-only mode; nothing was sent or written. */
export class ReadOnlyError extends GrantformError {
  override readonly name = 'ReadOnlyError';
}
