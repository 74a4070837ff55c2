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
      { name: "a capped grant that still raises the level: an Uploader's use (capped to write-only) below nothing of its own", yaml: grants(grant('user: ulla@example.com', 'orders-postgres', 'use'), grant('user: eve@example.com', 'orders-postgres/public', 'use')) },
      { name: "a Viewer's grant below its own: it gives nothing, account-type-too-low's alone", yaml: grants(grant('user: mei@example.com', 'snowflake-prod', 'use'), grant('user: mei@example.com', 'snowflake-prod/ANALYTICS', 'use-and-annotate')) },
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
        name: "#14.3: an Explorer (view-connections only) with use on a database and use-and-annotate on a schema in it: the cap leaves use, which it has",
        yaml: grants(grant('user: eve@example.com', 'snowflake-prod/ANALYTICS', 'use'), grant('user: eve@example.com', 'snowflake-prod/ANALYTICS/FINANCE', 'use-and-annotate')),
        errors: [
          {
            messageId: 'capped',
            line: 5,
            column: 5,
            message:
              'use-and-annotate on snowflake-prod/ANALYTICS/FINANCE for user eve@example.com has no effect: account type Explorer of eve@example.com allows only use there, which eve@example.com already has from use on snowflake-prod/ANALYTICS (access.yaml:2); remove this grant',
          },
        ],
        output: grants(grant('user: eve@example.com', 'snowflake-prod/ANALYTICS', 'use')),
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
