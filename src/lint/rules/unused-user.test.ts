import { describe } from 'vitest';
import { ruleTester } from '../../../test/support/rule-tester.js';
import { grant, grants, ORG } from '../../../test/support/sigma-org.js';
import { unusedUser } from './unused-user.js';

// Users without any grant in this org: eve (Explorer, Sales) is reached by
// Sales' grants; the others are given access case by case.
const everyoneServed = grants(
  grant('team: Sales', 'snowflake-prod', 'use'),
  grant('team: Finance', 'snowflake-prod', 'use'),
  grant('user: ulla@example.com', 'snowflake-prod', 'write-only'),
);

describe('unused-user', () => {
  ruleTester(unusedUser, ORG, {
    valid: [
      { name: 'everyone is reached; Viewer and Admin are never reported', yaml: everyoneServed },
      { name: 'All Members reaches everyone', yaml: grants(grant('team: All Members', 'snowflake-prod/ANALYTICS', 'use'), grant('team: All Members', 'snowflake-prod', 'write-only')) },
    ],
    invalid: [
      {
        name: 'users no grant reaches',
        yaml: grants(grant('team: Finance', 'snowflake-prod', 'use')),
        errors: [
          { messageId: 'unused', line: 15, column: 12, message: 'user radhika@example.com has no data access' },
          { messageId: 'unused', line: 21, column: 12 },
          { messageId: 'unused', line: 27, column: 12 },
        ],
      },
      {
        name: 'a user whose grants all ask for more than the account type allows',
        yaml: grants(grant('team: Sales', 'snowflake-prod', 'write-only'), grant('team: Finance', 'snowflake-prod', 'use'), grant('user: ulla@example.com', 'snowflake-prod', 'use')),
        errors: [{ messageId: 'cappedAway', line: 21, column: 12, message: 'account type Explorer does not allow' }],
      },
    ],
  });
});
