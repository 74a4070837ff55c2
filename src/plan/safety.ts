// Checks that refuse a plan: more deletions than safety.maxDeletes without
// --allow-deletes, and user deactivations without a documents owner.

import type { Change } from '../model/changes.js';
import { DeleteLimitError, DocumentsOwnerError } from './errors.js';
import type { DesiredState } from './desired.js';
import type { LiveIndex } from './live-index.js';
import { countDeletes, type PlannedChange } from './plan.js';

export function checkDeleteLimit(changes: readonly PlannedChange[], maxDeletes: number, allowDeletes: boolean): void {
  const deletes = countDeletes(changes);
  if (!allowDeletes && deletes > maxDeletes) throw new DeleteLimitError(deletes, maxDeletes);
}

/** A deactivated user's documents go to safety.documentsOwner: it must be set, and an active user who stays. */
export function checkDocumentsOwner(changes: readonly Change[], owner: string | undefined, desired: DesiredState, live: LiveIndex): void {
  const deactivated = changes.flatMap((change) => (change.type === 'user' && change.action === 'delete' ? [change.before.email] : []));
  if (deactivated.length === 0) return;
  const shown = deactivated.length > 3 ? `${deactivated.slice(0, 3).join(', ')} and ${deactivated.length - 3} more` : deactivated.join(', ');
  if (owner === undefined) {
    throw new DocumentsOwnerError(
      `the plan deactivates ${shown}, but safety.documentsOwner is not set: name in grantform.yaml the user who receives their documents`,
    );
  }
  if (deactivated.includes(owner)) {
    throw new DocumentsOwnerError(`safety.documentsOwner ${owner} is among the users the plan deactivates: declare it, or choose a user who stays`);
  }
  const declared = desired.users.some((user) => user.email === owner);
  if (!declared && live.users.get(owner)?.active !== true) {
    throw new DocumentsOwnerError(`safety.documentsOwner ${owner} is not an active user, so it cannot receive the documents of ${shown}: declare it or choose another`);
  }
}
