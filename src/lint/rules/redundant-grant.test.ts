import { describe } from 'vitest';
import { ruleTester } from '../../../test/support/rule-tester.js';
import { grant, grants, ORG } from '../../../test/support/sigma-org.js';
import { redundantGrant } from './redundant-grant.js';

const salesUse = grant('team: Sales', 'snowflake-prod', 'use');

describe('redundant-grant', () => {
  ruleTester(redundantGrant, ORG, {
    valid: [
      { name: 'a higher level below the ancestor (Sigma\'s John)', yaml: grants(grant('user: john@example.com', 'snowflake-prod', 'use'), grant('user: john@example.com', 'snowflake-prod/ANALYTICS/FINANCE', 'use-and-annotate')) },
      { name: 'another principal on the ancestor', yaml: grants(salesUse, grant('team: Finance', 'snowflake-prod/ANALYTICS', 'use')) },
      { name: 'a sibling object', yaml: grants(grant('team: Sales', 'snowflake-prod/ANALYTICS', 'use'), grant('team: Sales', 'snowflake-prod/SALES', 'use')) },
      { name: 'another connection', yaml: grants(salesUse, grant('team: Sales', 'orders-postgres/public', 'use')) },
      { name: 'off in grantform.yaml', yaml: grants(salesUse, grant('team: Sales', 'snowflake-prod/ANALYTICS', 'use')), severities: { 'redundant-grant': 'off' } },
    ],
    invalid: [
      {
        name: 'the same level below',
        yaml: grants(salesUse, grant('team: Sales', 'snowflake-prod/ANALYTICS', 'use')),
        errors: [{ messageId: 'redundant', line: 5, column: 5, message: 'use on snowflake-prod/ANALYTICS for team Sales has no effect: team Sales already has use on snowflake-prod (access.yaml:2)' }],
        output: grants(salesUse),
      },
      {
        name: 'a lower level two levels below, reported once though two ancestors cover it',
        yaml: grants(grant('team: Sales', 'snowflake-prod', 'use-and-annotate'), grant('team: Sales', 'snowflake-prod/ANALYTICS', 'use-and-annotate'), grant('team: Sales', 'snowflake-prod/ANALYTICS/FINANCE', 'use')),
        errors: [
          { messageId: 'redundant', line: 5, column: 5 },
          { messageId: 'redundant', line: 8, column: 5, message: 'already has use-and-annotate on snowflake-prod (access.yaml:2)' },
        ],
        output: grants(grant('team: Sales', 'snowflake-prod', 'use-and-annotate')),
      },
      {
        name: 'a user of the Admin account type',
        yaml: grants(grant('user: priya@example.com', 'snowflake-prod', 'admin')),
        errors: [{ messageId: 'adminAccountType', line: 2, column: 5, message: 'priya@example.com has the Admin account type' }],
        output: 'grants: []\n',
      },
      {
        name: 'at error severity from grantform.yaml',
        yaml: grants(grant('user: john@example.com', 'orders-postgres', 'use'), grant('user: john@example.com', 'orders-postgres/public/orders', 'use')),
        severities: { 'redundant-grant': 'error' },
        errors: [{ messageId: 'redundant', line: 5, column: 5 }],
        output: grants(grant('user: john@example.com', 'orders-postgres', 'use')),
      },
    ],
  });
});
