// Ownership (DESIGN.md §2): users and teams with `managedBy: scim` belong to
// the identity provider. grantform never creates, renames, deactivates them
// or changes their members; where the files and Sigma disagree about one,
// the change is a manual step in the identity provider, shown by every plan
// until it is made.

import type { Change, ManualStep } from '../model/changes.js';

export function ownershipStep(change: Change): ManualStep | undefined {
  if (change.type === 'user' && change.action !== 'delete' && change.after.managedBy === 'scim') {
    const email = change.after.email;
    if (change.action === 'create') {
      return { instructions: `${email} is provisioned by your identity provider (managedBy: scim): assign it to Sigma there; grantform manages only its grants` };
    }
    const what = [
      ...(change.reactivate === true ? ['reactivate it'] : []),
      ...(change.before.accountType !== change.after.accountType ? [`change its account type from ${change.before.accountType} to ${change.after.accountType}`] : []),
      ...(change.before.firstName !== change.after.firstName || change.before.lastName !== change.after.lastName ? ['update its name'] : []),
    ];
    return { instructions: `${email} is managed by your identity provider (managedBy: scim): ${what.join(', ') || 'update it'} there` };
  }
  if (change.type === 'team' && change.action !== 'delete' && change.after.managedBy === 'scim') {
    const name = change.after.name;
    if (change.action === 'create') {
      return { instructions: `team ${name} is provisioned by your identity provider (managedBy: scim): push its group to Sigma there` };
    }
    const what = change.renamedFrom !== undefined ? `rename its group from ${change.renamedFrom} to ${name}` : 'update its description';
    return { instructions: `team ${name} is managed by your identity provider (managedBy: scim): ${what} there` };
  }
  return undefined;
}
