import { describe } from 'vitest';
import { ruleTester } from '../../../test/support/rule-tester.js';
import { grant, grants, ORG } from '../../../test/support/sigma-org.js';
import { teamGrantCapped } from './team-grant-capped.js';

describe('team-grant-capped', () => {
  ruleTester(teamGrantCapped, ORG, {
    valid: [
      { name: 'every member can receive use (the Viewer receives no data access at all)', yaml: grants(grant('team: Sales', 'snowflake-prod', 'use')) },
      { name: 'Creator and Analyst can annotate', yaml: grants(grant('team: Finance', 'snowflake-prod', 'use-and-annotate')) },
    ],
    invalid: [
      {
        name: 'an Explorer in the team gets use',
        yaml: grants(grant('team: Sales', 'snowflake-prod', 'use-and-annotate')),
        errors: [{ messageId: 'capped', line: 4, column: 13, message: 'team Sales gives use-and-annotate on snowflake-prod, but eve@example.com (Explorer) gets use' }],
      },
      {
        name: 'a grant without effect is left to its own rule: only the ancestor is reported',
        yaml: grants(grant('team: Sales', 'snowflake-prod', 'use-and-annotate'), grant('team: Sales', 'snowflake-prod/SALES', 'use-and-annotate')),
        errors: [{ messageId: 'capped', line: 4, column: 13 }],
      },
      {
        name: 'admin for a team of Creators and Analysts',
        yaml: grants(grant('team: Finance', 'snowflake-prod', 'admin')),
        errors: [{ messageId: 'capped', line: 4, column: 13, message: 'ana@example.com (Analyst) gets use-and-annotate; john@example.com (Creator) gets use-and-annotate' }],
      },
      {
        name: 'All Members names users by type',
        yaml: grants(grant('team: All Members', 'snowflake-prod', 'write-only')),
        errors: [{ messageId: 'capped', line: 4, column: 13, message: '1 Explorer user (eve@example.com) gets nothing' }],
      },
    ],
  });
});
