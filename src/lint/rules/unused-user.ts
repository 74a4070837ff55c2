// A declared user whose account type could receive data access, but to whom
// no grant gives anything: neither their own grants, nor their teams', nor
// All Members'. Viewers are left alone: data grants never apply to them.

import { ALL_MEMBERS_KEY } from '../../access/access-index.js';
import { principalKey, type UserDecl } from '../../model/project.js';
import type { AccessIndex } from '../../access/access-index.js';
import type { Rule } from '../rule.js';

export const unusedUser: Rule = {
  meta: {
    id: 'unused-user',
    description: 'A declared user with no access at all.',
    help: {
      why: 'A declared user with no grant and no team that gives access can see no data: it is usually a leftover or a forgotten grant.',
      fix: 'Grant the user what they need (directly or through a team), or remove the user.',
    },
    defaultSeverity: 'info',
    fixable: false,
    messages: {
      unused: 'user {email} has no data access: no grant reaches them, directly or through a team; grant access, add them to a team, or remove the user',
      cappedAway: 'user {email} has no data access: the grants that reach them ask for levels that account type {type} does not allow; change the account type or the grants',
    },
  },
  check(context) {
    const { access } = context;
    for (const user of context.users) {
      const { caps } = access;
      if (caps.isAdmin(user.accountType) || caps.highest(user.accountType) === undefined) continue;
      const reach = reachOfUser(access, user);
      if (reach === 'some') continue;
      context.report({ messageId: reach === 'none' ? 'unused' : 'cappedAway', data: { email: user.email, type: user.accountType }, span: user.emailSpan });
    }
  },
};

/** Whether any grant gives the user something ('some'), reaches them but gives nothing ('capped'), or none reaches them. */
function reachOfUser(access: AccessIndex, user: UserDecl): 'some' | 'capped' | 'none' {
  let reached = false;
  const principals = [principalKey({ kind: 'user', email: user.email }), ...access.teamsOfUser(user.email).map((team) => team.key), ALL_MEMBERS_KEY];
  for (const principal of principals) {
    for (const grants of access.grantsOf(principal).values()) {
      for (const grant of grants) {
        reached = true;
        if (access.levelFor(user, grant.grant.access) !== undefined) return 'some';
      }
    }
  }
  return reached ? 'capped' : 'none';
}
