import { describe } from 'vitest';
import { ruleTester } from '../../../test/support/rule-tester.js';
import { grant, grants, ORG } from '../../../test/support/sigma-org.js';
import { shadowedByTeam } from './shadowed-by-team.js';

const salesAnnotate = grant('team: Sales', 'snowflake-prod', 'use-and-annotate');

describe('shadowed-by-team', () => {
  ruleTester(shadowedByTeam, ORG, {
    valid: [
      { name: 'a user grant above what the team gives', yaml: grants(grant('team: Finance', 'snowflake-prod', 'use'), grant('user: john@example.com', 'snowflake-prod/ANALYTICS', 'use-and-annotate')) },
      { name: 'a team the user is not in', yaml: grants(salesAnnotate, grant('user: john@example.com', 'snowflake-prod', 'use')) },
      { name: 'the team grant is below the user grant in the tree', yaml: grants(grant('team: Sales', 'snowflake-prod/SALES', 'use-and-annotate'), grant('user: radhika@example.com', 'snowflake-prod', 'use')) },
      { name: 'a team grant that All Members covers only in part', yaml: grants(grant('team: All Members', 'snowflake-prod', 'use'), grant('team: Sales', 'snowflake-prod', 'use-and-annotate')) },
    ],
    invalid: [
      {
        name: "Sigma's Radhika: her own Can use once Sales gives Can use & annotate",
        yaml: grants(salesAnnotate, grant('user: radhika@example.com', 'snowflake-prod', 'use')),
        errors: [{ messageId: 'shadowedByTeam', line: 5, column: 5, message: 'has no effect: team Sales already gives use-and-annotate on snowflake-prod (access.yaml:2)' }],
        output: grants(salesAnnotate),
      },
      {
        name: "the team's level capped by the account type still meets the user's own grant",
        yaml: grants(salesAnnotate, grant('user: eve@example.com', 'snowflake-prod/SALES', 'use')),
        errors: [{ messageId: 'shadowedByTeam', line: 5, column: 5, message: 'team Sales already gives use on snowflake-prod (access.yaml:2) (use-and-annotate, capped to use by account type Explorer)' }],
        output: grants(salesAnnotate),
      },
      {
        name: 'All Members shadows a user grant and a team grant',
        yaml: grants(grant('team: All Members', 'snowflake-prod', 'use'), grant('user: john@example.com', 'snowflake-prod/ANALYTICS', 'use'), grant('team: Finance', 'snowflake-prod', 'use')),
        errors: [
          { messageId: 'shadowedByTeam', line: 5, column: 5, message: 'team All Members already gives use' },
          { messageId: 'shadowedByAllMembers', line: 8, column: 5 },
        ],
        output: grants(grant('team: All Members', 'snowflake-prod', 'use')),
      },
      {
        name: 'redundant and shadowed: redundant-grant wins, shadowed-by-team reports it when redundant-grant is off',
        yaml: grants(salesAnnotate, grant('user: radhika@example.com', 'snowflake-prod', 'use'), grant('user: radhika@example.com', 'snowflake-prod/SALES', 'use')),
        severities: { 'redundant-grant': 'off' },
        errors: [
          { messageId: 'shadowedByTeam', line: 5, column: 5 },
          { messageId: 'shadowedByTeam', line: 8, column: 5 },
        ],
        output: grants(salesAnnotate),
      },
    ],
  });
});
