// The same principal and object granted twice (in one file or across files).
// The fix keeps the higher level, or the first copy when the levels are equal,
// which is what a plan does with a repeat (DESIGN.md §4).

import { formatObjectPath } from '../../model/object-path.js';
import { describePrincipal } from '../../model/project.js';
import { whereIs } from '../describe.js';
import type { Rule } from '../rule.js';

export const duplicateGrant: Rule = {
  meta: {
    id: 'duplicate-grant',
    description: 'The same principal and object granted twice.',
    help: {
      why: 'The same principal is granted the same object twice (also across files). Sigma keeps one level; the files then say two things and a reviewer cannot tell which was meant.',
      fix: 'Keep one grant: `grantform lint --fix` keeps the higher level and removes the other.',
    },
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      duplicate: '{principal} is granted {object} twice, {level} both here and at {location}; remove this copy',
      lower: '{principal} is granted {object} twice: {level} here and {kept} at {location}; remove this copy, the higher level stays',
    },
  },
  check(context) {
    for (const grant of context.grants) {
      const finding = context.noEffect(grant);
      if (finding?.rule !== 'duplicate-grant' || finding.reason.kind !== 'duplicate') continue;
      const { kept } = finding.reason;
      const decl = grant.grant;
      const same = kept.grant.access === decl.access;
      context.report({
        messageId: same ? 'duplicate' : 'lower',
        data: { principal: describePrincipal(decl.principal), object: formatObjectPath(decl.object), level: decl.access, kept: kept.grant.access, location: whereIs(kept) },
        span: decl.span,
        related: [{ message: 'the copy that stays', span: kept.grant.span }],
        fix: { removeGrant: decl },
      });
    }
  },
};
