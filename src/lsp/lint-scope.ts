// Which lint findings an edit can change, from the access model's additive
// rules (DESIGN.md §1). A grant's findings depend on its principal's other
// grants (duplicate, redundant), and for a user's grant on the user's
// account type, teams and their grants (shadowed-by-team, capped levels); a
// team grant's on the team's members and their account types
// (team-grant-capped); a user's (unused-user) on everything that reaches the
// user; a team's (empty-team) on the team alone. So:
// - a changed grant of a user makes that user's grants and the user dirty;
// - a changed grant of a team makes the team's grants, its members' grants
//   and its members dirty (their shadowed-by-team and unused-user findings
//   read it, and name its file and line);
// - a team whose members changed: the same, for old and new members;
// - a user whose account type changed, or who came or went: the user's
//   grants, and the grants of the user's teams and of All Members (which
//   name members by account type, in declaration order: users that only
//   changed places make All Members' grants dirty too); a user who only
//   moved: its own grants (their findings point at its account type) and
//   the user;
// - anything that reaches everyone or everything (All Members' grants,
//   account types, connections, grantform.yaml) makes everything dirty.
// A file that changed (a new parse, or its grants resolved anew) has new
// declaration objects throughout, so every grant, user and team in it counts
// as changed.

import type { AccessIndex, IndexedGrant } from '../access/access-index.js';
import type { LintScope } from '../lint/runner.js';
import { ALL_MEMBERS, principalKey, type GrantDecl, type Project, type TeamDecl, type UserDecl } from '../model/project.js';
import type { ResolvedFile } from './grant-resolution.js';

/** A project as linted: its index, and its resource files with what each declares. */
export interface LintedProject {
  readonly project: Project;
  readonly access: AccessIndex;
  readonly files: ReadonlyMap<string, ResolvedFile>;
}

/** What to check again, and the subjects whose previous findings no longer hold (the checked ones, and those that are gone). */
export interface LintDelta {
  readonly scope: LintScope;
  readonly stale: { readonly grants: readonly GrantDecl[]; readonly users: readonly string[]; readonly teams: readonly string[] };
}

const ALL_MEMBERS_KEY = principalKey({ kind: 'team', name: ALL_MEMBERS });

/** The delta between two versions of a project, or undefined when everything must be checked again. */
export function lintDelta(before: LintedProject, after: LintedProject): LintDelta | undefined {
  if (before.project.configFile !== after.project.configFile) return undefined;
  const principals = new Set<string>();
  const users = new Set<string>();
  const teams = new Set<string>();
  const staleGrants: GrantDecl[] = [];
  let everyone = false;

  const grantChanged = (grant: GrantDecl) => {
    const principal = grant.principal;
    if (principal.kind === 'user') {
      principals.add(principalKey(principal));
      users.add(principal.email);
    } else if (principal.name === ALL_MEMBERS) everyone = true;
    else teamReaches(principal.name);
  };
  // A team's grants, and its members' (old and new) grants and reach.
  const teamReaches = (team: string) => {
    principals.add(principalKey({ kind: 'team', name: team }));
    for (const index of [before.access, after.access]) {
      for (const member of index.membersOf(team)) {
        principals.add(principalKey({ kind: 'user', email: member.email }));
        users.add(member.email);
      }
    }
  };

  for (const path of new Set([...before.files.keys(), ...after.files.keys()])) {
    const old = before.files.get(path);
    const now = after.files.get(path);
    // The same text can resolve to new grants (after a load in which they did not resolve): compare both.
    if (old?.file === now?.file && old?.grants === now?.grants) continue;
    for (const each of [old, now]) {
      if (each && (each.declared.accountTypes.length > 0 || each.declared.connections.length > 0)) return undefined;
    }
    for (const grant of old?.grants ?? []) {
      staleGrants.push(grant);
      grantChanged(grant);
    }
    for (const grant of now?.grants ?? []) grantChanged(grant);
    for (const team of [...(old?.declared.teams ?? []), ...(now?.declared.teams ?? [])]) {
      teams.add(team.name);
      if (!sameMembers(before.project.teams.get(team.name), after.project.teams.get(team.name))) teamReaches(team.name);
    }
    if (!sameUserList(old?.declared.users ?? [], now?.declared.users ?? [])) principals.add(ALL_MEMBERS_KEY);
    for (const user of [...(old?.declared.users ?? []), ...(now?.declared.users ?? [])]) {
      principals.add(principalKey({ kind: 'user', email: user.email }));
      users.add(user.email);
      const was = before.project.users.get(user.email);
      const is = after.project.users.get(user.email);
      if (was?.accountType === is?.accountType) continue;
      for (const index of [before.access, after.access]) {
        for (const team of index.teamsOf(user.email)) principals.add(principalKey({ kind: 'team', name: team }));
      }
      principals.add(ALL_MEMBERS_KEY);
    }
    if (everyone) return undefined;
  }

  const grants: IndexedGrant[] = [];
  for (const principal of principals) {
    for (const list of before.access.grantsOf(principal).values()) for (const each of list) staleGrants.push(each.grant);
    for (const list of after.access.grantsOf(principal).values()) {
      // Stale too: a grant checked again replaces whatever findings it had.
      for (const each of list) staleGrants.push(each.grant);
      grants.push(...list);
    }
  }
  return {
    scope: {
      grants,
      users: [...users].map((email) => after.project.users.get(email)).filter((user): user is UserDecl => user !== undefined),
      teams: [...teams].map((name) => after.project.teams.get(name)).filter((team): team is TeamDecl => team !== undefined),
      connections: false,
    },
    stale: { grants: staleGrants, users: [...users], teams: [...teams] },
  };
}

/** Everything, for a first lint or after a change that reaches everything. */
export function everything(access: AccessIndex, project: Project): LintScope {
  return { grants: access.grants, users: [...project.users.values()], teams: [...project.teams.values()], connections: true };
}

/** The members in the same order: team-grant-capped names them in that order, and reaches them. */
function sameMembers(a: TeamDecl | undefined, b: TeamDecl | undefined): boolean {
  if (!a || !b) return a === b;
  return a.members.length === b.members.length && a.members.every((member, index) => member.email === b.members[index]?.email);
}

/**
 * The same users, in the same order, with the same account types: All
 * Members' team-grant-capped findings count and name every user by type, in
 * declaration order.
 */
function sameUserList(a: readonly UserDecl[], b: readonly UserDecl[]): boolean {
  return a.length === b.length && a.every((user, index) => user.email === b[index]?.email && user.accountType === b[index]?.accountType);
}
