// What `plan` says when it turns write access on (or moves a destination):
// Sigma's half is in the plan, the warehouse's half is `warehouse check`.

import type { Change } from '../model/changes.js';

/** Connections whose change enables write access or changes where it writes. */
export function connectionsGainingWriteAccess(changes: readonly { readonly change: Change }[]): string[] {
  const names: string[] = [];
  for (const { change } of changes) {
    if (change.type !== 'connection' || change.action === 'delete' || !change.after.writeAccess) continue;
    const before = change.action === 'update' ? change.before.writeAccess : undefined;
    if (before && JSON.stringify([before.destinations, before.auditLog ?? null]) === JSON.stringify([change.after.writeAccess.destinations, change.after.writeAccess.auditLog ?? null])) continue;
    names.push(change.after.name);
  }
  return names;
}

export function writeAccessHint(changes: readonly { readonly change: Change }[]): string {
  const names = connectionsGainingWriteAccess(changes);
  if (names.length === 0) return '';
  return `\nThis plan turns on write access for ${names.join(', ')}: after apply, then run grantform warehouse check (grantform warehouse sql prints the statements the warehouse needs).\n`;
}
