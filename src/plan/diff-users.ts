// Users, by email. Removing a user (only where manage.users is
// authoritative) deactivates it, and its documents go to
// safety.documentsOwner; SCIM-owned users are never deactivated.

import type { UserChange } from '../model/changes.js';
import { userAddress } from './addresses.js';
import type { DiffContext } from './diff-context.js';
import { mergedUser, userDiffers, userSpecOf } from './specs.js';

export function diffUsers({ desired, live, settings }: DiffContext): UserChange[] {
  const changes: UserChange[] = [];
  const declared = new Set<string>();
  for (const user of desired.users) {
    declared.add(user.email);
    const current = live.users.get(user.email);
    const address = userAddress(user.email);
    if (!current) {
      changes.push({ type: 'user', action: 'create', address, after: user });
      continue;
    }
    const before = userSpecOf(current);
    const reactivate = !current.active;
    if (reactivate || userDiffers(user, before)) {
      changes.push({
        type: 'user',
        action: 'update',
        address,
        before,
        after: mergedUser(user, before),
        ...(reactivate && { reactivate: true, reason: 'deactivated in Sigma and declared again: reactivated' }),
      });
    }
  }
  if (settings.manage.users !== 'authoritative') return changes;
  const owner = settings.safety.documentsOwner;
  for (const user of live.users.values()) {
    if (declared.has(user.email) || !user.active || user.managedBy === 'scim') continue;
    changes.push({
      type: 'user',
      action: 'delete',
      address: userAddress(user.email),
      before: userSpecOf(user),
      ...(owner !== undefined && { documentsOwner: owner }),
      reason: `deactivated (Sigma never deletes users)${owner !== undefined ? `; documents go to ${owner}` : ''}`,
    });
  }
  return changes;
}
