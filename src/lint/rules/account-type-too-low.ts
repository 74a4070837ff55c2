// A user's own grant above what the user's account type permits: the user
// receives only the highest level the type allows, possibly nothing. Reported
// even when the grant also has no effect: the level asked for says what was
// intended, and the type or the grant must change to match it; then the
// message does not suggest granting the capped level, which would have no
// effect either (redundant-grant or shadowed-by-team reports the grant).

import { formatObjectPath } from '../../model/object-path.js';
import type { Rule } from '../rule.js';

export const accountTypeTooLow: Rule = {
  meta: {
    id: 'account-type-too-low',
    description: "A user's own grant above what the user's account type permits.",
    help: {
      why: 'Sigma caps what a user receives by the permissions of the user\'s account type: a grant above what the type permits gives less than it says.',
      fix: 'Lower the grant to what the account type permits, or give the user an account type with the permissions the level needs (docs/access-model.md).',
    },
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      capped: '{email} is granted {level} on {object}, but account type {type} allows only {gives} there (it lacks {missing}); grant {gives}, or give the user an account type with {missing}',
      cappedNoEffect: '{email} is granted {level} on {object}, but account type {type} allows only {gives} there (it lacks {missing}), which the user already has from other grants: the grant has no effect; remove it, or give the user an account type with {missing}',
      nothing: '{email} is granted {level} on {object}, but account type {type} allows no such access (it lacks {missing}), so the grant gives nothing; give the user an account type with {missing}, or remove the grant',
    },
  },
  check(context) {
    const { access } = context;
    for (const grant of context.grants) {
      const decl = grant.grant;
      if (decl.principal.kind !== 'user') continue;
      const user = access.user(decl.principal.email);
      if (!user || access.caps.isAdmin(user.accountType)) continue;
      const gives = access.levelFor(user, decl.access);
      if (gives === decl.access) continue;
      const data = { email: user.email, level: decl.access, object: formatObjectPath(decl.object), type: user.accountType, missing: access.caps.missingFor(decl.access, user.accountType) };
      // Granting the capped level would have no effect either: say so rather than suggest it (#14.3).
      const capped = gives !== undefined && context.noEffect(grant) !== undefined ? 'cappedNoEffect' : 'capped';
      context.report(
        gives === undefined
          ? { messageId: 'nothing', data, span: decl.accessSpan, related: [{ message: `account type of ${user.email}`, span: user.accountTypeSpan }] }
          : { messageId: capped, data: { ...data, gives }, span: decl.accessSpan, related: [{ message: `account type of ${user.email}`, span: user.accountTypeSpan }] },
      );
    }
  },
};
