// The rules, an explicit registry in the order the docs list them. Keep
// schemas/grantform.schema.json `lint.rules` in sync (a test checks it).

import type { Rule } from './rule.js';
import { accountTypeTooLow } from './rules/account-type-too-low.js';
import { duplicateGrant } from './rules/duplicate-grant.js';
import { emptyTeam } from './rules/empty-team.js';
import { grantInWriteDestination } from './rules/grant-in-write-destination.js';
import { redundantGrant } from './rules/redundant-grant.js';
import { sharedWriteDestination } from './rules/shared-write-destination.js';
import { shadowedByTeam } from './rules/shadowed-by-team.js';
import { teamGrantCapped } from './rules/team-grant-capped.js';
import { unusedUser } from './rules/unused-user.js';
import { writeOnlyWithoutWriteAccess } from './rules/write-only-without-write-access.js';

export const RULES: readonly Rule[] = [
  redundantGrant,
  shadowedByTeam,
  duplicateGrant,
  accountTypeTooLow,
  teamGrantCapped,
  writeOnlyWithoutWriteAccess,
  grantInWriteDestination,
  sharedWriteDestination,
  emptyTeam,
  unusedUser,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.meta.id, rule]));
