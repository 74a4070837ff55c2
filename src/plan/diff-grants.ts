// Grants, by (principal, object). A repeated grant in the files already
// means its highest level (desired.ts). Sigma's grant endpoints only raise a
// level: raising is an update, lowering a replace (revoke, then grant).
// Several live grants for one (principal, object): one that matches is
// kept, the surplus deleted where grants are authoritative. Where they are
// additive nothing is ever deleted, but a declared grant is still lowered.

import type { GrantChange } from '../model/changes.js';
import { compareLevels, UI_NAME, type AccessLevel } from '../model/levels.js';
import type { LiveGrant } from '../model/live.js';
import type { GrantSpec } from '../model/resources.js';
import { compareText, grantKey } from './addresses.js';
import { plural, type DiffContext } from './diff-context.js';
import type { LiveGrantGroup } from './live-index.js';

export function diffGrants({ desired, live, settings }: DiffContext): GrantChange[] {
  const authoritative = settings.manage.grants === 'authoritative';
  const wanted = new Map<string, GrantSpec>();
  for (const grant of desired.grants) wanted.set(grantKey(grant.principal, grant.object), grant);
  const keys = [...new Set([...wanted.keys(), ...live.grants.keys()])].sort(compareText);
  const changes: GrantChange[] = [];
  for (const key of keys) {
    const want = wanted.get(key);
    const group = live.grants.get(key);
    const address = `grant.${key}`;
    if (!want) {
      if (authoritative && group) {
        changes.push({ type: 'grant', action: 'delete', address, before: specOf(group, highest(group.grants)), liveIds: group.grants.map((grant) => grant.id) });
      }
      continue;
    }
    if (!group) {
      changes.push({ type: 'grant', action: 'create', address, after: want });
      continue;
    }
    changes.push(...reconcile(address, want, group, authoritative));
  }
  return changes;
}

function reconcile(address: string, want: GrantSpec, group: LiveGrantGroup, authoritative: boolean): GrantChange[] {
  const grants = group.grants;
  const top = highest(grants);
  const match = grants.find((grant) => grant.level === want.level);
  if (match) return authoritative ? surplus(address, group, match) : [];
  if (compareLevels(top, want.level) < 0) {
    // Raise the highest one (the first by id among equals); Sigma escalates in place.
    const kept = grants.find((grant) => grant.level === top) as LiveGrant;
    const raise: GrantChange = { type: 'grant', action: 'update', address, before: specOf(group, top), after: want, liveIds: [kept.id] };
    return authoritative ? [...surplus(address, group, kept), raise] : [raise];
  }
  const revoked = authoritative ? grants : grants.filter((grant) => compareLevels(grant.level, want.level) > 0);
  return [
    {
      type: 'grant',
      action: 'replace',
      address,
      before: specOf(group, top),
      after: want,
      liveIds: revoked.map((grant) => grant.id),
      reason: `lowered from ${UI_NAME[top]} to ${UI_NAME[want.level]}: revoked, then granted again`,
    },
  ];
}

/** The live grants other than `kept`, as one delete. */
function surplus(address: string, group: LiveGrantGroup, kept: LiveGrant): GrantChange[] {
  const others = group.grants.filter((grant) => grant.id !== kept.id);
  if (others.length === 0) return [];
  return [
    {
      type: 'grant',
      action: 'delete',
      address,
      before: specOf(group, highest(others)),
      liveIds: others.map((grant) => grant.id),
      reason: `${plural(others.length, 'surplus grant')} for the same principal and object; the ${UI_NAME[kept.level]} grant stays`,
    },
  ];
}

function highest(grants: readonly LiveGrant[]): AccessLevel {
  let top = (grants[0] as LiveGrant).level;
  for (const grant of grants) if (compareLevels(grant.level, top) > 0) top = grant.level;
  return top;
}

function specOf(group: LiveGrantGroup, level: AccessLevel): GrantSpec {
  return { principal: group.principal, object: group.object, level };
}
