import { describe } from 'vitest';
import { ruleTester } from '../../../test/support/rule-tester.js';
import { grant, grants, ORG } from '../../../test/support/sigma-org.js';
import { emptyTeam } from './empty-team.js';

const access = grants(grant('team: Sales', 'snowflake-prod', 'use'));

describe('empty-team', () => {
  ruleTester(emptyTeam, ORG, {
    valid: [
      { name: 'every team has members', yaml: access },
      { name: "a SCIM team's members belong to the identity provider", yaml: `${access}teams:\n  - name: Support\n    managedBy: scim\n` },
    ],
    invalid: [
      {
        name: 'a team without members',
        yaml: `${access}teams:\n  - name: Support\n    members: []\n`,
        errors: [{ messageId: 'empty', line: 6, column: 11, message: 'team Support has no members' }],
      },
      {
        name: 'a team without a members key',
        yaml: `${access}teams:\n  - name: Support\n`,
        errors: [{ messageId: 'empty', line: 6, column: 11 }],
      },
    ],
  });
});
