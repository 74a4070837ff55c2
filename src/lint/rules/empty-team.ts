// A team with no members: its grants reach no one. A SCIM team's members
// belong to the identity provider, so an empty list there says nothing.

import type { Rule } from '../rule.js';

export const emptyTeam: Rule = {
  meta: {
    id: 'empty-team',
    description: 'A team with no members.',
    help: {
      why: 'A team with no members gives nobody access: its grants have no effect until someone joins.',
      fix: 'Add members, or remove the team and its grants.',
    },
    defaultSeverity: 'info',
    fixable: false,
    messages: {
      empty: 'team {team} has no members, so its grants reach no one; add members, or remove the team and its grants',
    },
  },
  check(context) {
    for (const team of context.teams) {
      if (team.members.length > 0 || team.managedBy === 'scim') continue;
      context.report({ messageId: 'empty', data: { team: team.name }, span: team.nameSpan });
    }
  },
};
