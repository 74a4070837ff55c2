// A grant at or below what the same principal already has from a grant on an
// ancestor object: access is additive, so the lower grant adds nothing and
// can never restrict what is inherited. A user of the Admin account type
// administers every connection, so a grant to one adds nothing either.

import { levelRank } from '../../model/levels.js';
import { describePrincipal } from '../../model/project.js';
import { describeGrant, whereIs } from '../describe.js';
import type { Rule } from '../rule.js';

export const redundantGrant: Rule = {
  meta: {
    id: 'redundant-grant',
    description: 'A grant at or below what the same principal already has from a grant on an ancestor object.',
    help: {
      why: 'Access in Sigma is additive: a grant on a lower object can never restrict what is inherited from above, so this grant adds nothing. It misleads readers into thinking access is narrower or different here, and it keeps working as a no-op until someone removes the grant above.',
      fix: 'Remove the grant (`grantform lint --fix` does), or, if the principal should have less access below, lower the grant on the ancestor instead.',
    },
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      redundant: '{grant} has no effect: {principal} already has {inherited} on {ancestor} ({location}), which covers {object}; remove this grant',
      capped: '{grant} has no effect: account type {type} of {email} allows only {gives} there, which {email} already has from {inherited} on {ancestor} ({location}); remove this grant',
      adminAccountType: '{grant} has no effect: {email} has the Admin account type, which administers every connection without a grant; remove this grant',
    },
  },
  check(context) {
    for (const grant of context.grants) {
      const finding = context.noEffect(grant);
      if (finding?.rule !== 'redundant-grant') continue;
      const { reason } = finding;
      const decl = grant.grant;
      if (reason.kind === 'redundant' && decl.principal.kind === 'user' && levelRank(reason.by.grant.access) < levelRank(decl.access)) {
        // Covered only once the account type has capped this grant (#14.3).
        const user = context.access.user(decl.principal.email);
        context.report({
          messageId: 'capped',
          data: {
            grant: describeGrant(grant),
            type: user?.accountType ?? '',
            email: decl.principal.email,
            gives: (user && context.access.levelFor(user, decl.access)) ?? '',
            inherited: reason.by.grant.access,
            ancestor: reason.by.node.key,
            location: whereIs(reason.by),
          },
          span: decl.span,
          related: [{ message: 'the grant on the ancestor that already gives it', span: reason.by.grant.span }],
          fix: { removeGrant: decl },
        });
      } else if (reason.kind === 'redundant') {
        context.report({
          messageId: 'redundant',
          data: {
            grant: describeGrant(grant),
            principal: describePrincipal(decl.principal),
            inherited: reason.by.grant.access,
            ancestor: reason.by.node.key,
            location: whereIs(reason.by),
            object: grant.node.key,
          },
          span: decl.span,
          related: [{ message: 'the grant on the ancestor that already gives it', span: reason.by.grant.span }],
          fix: { removeGrant: decl },
        });
      } else if (reason.kind === 'admin-account-type' && decl.principal.kind === 'user') {
        context.report({ messageId: 'adminAccountType', data: { grant: describeGrant(grant), email: decl.principal.email }, span: decl.span, fix: { removeGrant: decl } });
      }
    }
  },
};
