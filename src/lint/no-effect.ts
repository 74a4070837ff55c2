// Which rule reports each reason a grant has no effect. The access engine
// lists the reasons most direct first; the first whose rule is enabled is the
// one finding the grant gets.

import type { NoEffectReason } from '../access/grant-effects.js';

export const RULE_OF_REASON: Readonly<Record<NoEffectReason['kind'], string>> = {
  duplicate: 'duplicate-grant',
  redundant: 'redundant-grant',
  'admin-account-type': 'redundant-grant',
  'shadowed-by-team': 'shadowed-by-team',
  'team-shadowed-by-all-members': 'shadowed-by-team',
};
