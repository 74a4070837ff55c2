// A user's own grant that a team of the user already meets or exceeds, at
// that object or above, for the user's account type (Sigma's Radhika: her own
// Can use on the connection has no effect once Sales gives Can use &
// annotate). All Members is a team of everyone, so it also shadows team grants.

import { describeGrant, whereIs } from '../describe.js';
import type { Rule } from '../rule.js';

export const shadowedByTeam: Rule = {
  meta: {
    id: 'shadowed-by-team',
    description: "A user's own grant that a team of the user (or All Members) already meets or exceeds at that object or above.",
    help: {
      why: 'A team of the user (or All Members) already gives at least this much at this object or above, for the user\'s account type, so the user\'s own grant has no effect. If the user leaves the team, access silently changes to whatever this grant says.',
      fix: 'Remove the user\'s own grant (`grantform lint --fix` does), or keep it deliberately and set the rule to `off` for this project.',
    },
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      shadowedByTeam: '{grant} has no effect: team {team} already gives {level} on {object} ({location}){capped}; remove this grant',
      shadowedByAllMembers: '{grant} has no effect: team All Members already gives {level} on {object} ({location}) to every user, members of {team} included; remove this grant',
    },
  },
  check(context) {
    for (const grant of context.grants) {
      const finding = context.noEffect(grant);
      if (finding?.rule !== 'shadowed-by-team') continue;
      const { reason } = finding;
      const decl = grant.grant;
      if (reason.kind === 'shadowed-by-team') {
        const user = decl.principal.kind === 'user' ? context.access.user(decl.principal.email) : undefined;
        const capped = reason.gives !== reason.by.grant.access && user ? ` (${reason.by.grant.access}, capped to ${reason.gives} by account type ${user.accountType})` : '';
        context.report({
          messageId: 'shadowedByTeam',
          data: { grant: describeGrant(grant), team: reason.team, level: reason.gives, object: reason.by.node.key, location: whereIs(reason.by), capped },
          span: decl.span,
          related: [{ message: `the grant to team ${reason.team} that already gives it`, span: reason.by.grant.span }],
          fix: { removeGrant: decl },
        });
      } else if (reason.kind === 'team-shadowed-by-all-members' && decl.principal.kind === 'team') {
        context.report({
          messageId: 'shadowedByAllMembers',
          data: { grant: describeGrant(grant), level: reason.by.grant.access, object: reason.by.node.key, location: whereIs(reason.by), team: decl.principal.name },
          span: decl.span,
          related: [{ message: 'the grant to All Members that already gives it', span: reason.by.grant.span }],
          fix: { removeGrant: decl },
        });
      }
    }
  },
};
