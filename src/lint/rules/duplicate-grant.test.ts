import { describe } from 'vitest';
import { ruleTester } from '../../../test/support/rule-tester.js';
import { grant, grants, ORG } from '../../../test/support/sigma-org.js';
import { duplicateGrant } from './duplicate-grant.js';

describe('duplicate-grant', () => {
  ruleTester(duplicateGrant, ORG, {
    valid: [
      { name: 'two principals on one object', yaml: grants(grant('team: Sales', 'snowflake-prod', 'use'), grant('team: Finance', 'snowflake-prod', 'use')) },
      { name: 'a table and a stored procedure of the same name', yaml: grants(grant('user: john@example.com', '{ connection: snowflake-prod, database: A, schema: B, table: X }', 'use'), grant('user: john@example.com', '{ connection: snowflake-prod, database: A, schema: B, procedure: X }', 'use')) },
    ],
    invalid: [
      {
        name: 'the same level twice: the first stays',
        yaml: grants(grant('team: Sales', 'snowflake-prod', 'use'), grant('team: Sales', 'snowflake-prod', 'use')),
        errors: [{ messageId: 'duplicate', line: 5, column: 5, message: 'team Sales is granted snowflake-prod twice, use both here and at access.yaml:2' }],
        output: grants(grant('team: Sales', 'snowflake-prod', 'use')),
      },
      {
        name: 'the higher level stays, wherever it is',
        yaml: grants(grant('team: Sales', 'snowflake-prod', 'use'), grant('team: Finance', 'snowflake-prod', 'use'), grant('team: Sales', 'snowflake-prod', 'use-and-annotate')),
        errors: [{ messageId: 'lower', line: 2, column: 5, message: 'use here and use-and-annotate at access.yaml:8' }],
        output: grants(grant('team: Finance', 'snowflake-prod', 'use'), grant('team: Sales', 'snowflake-prod', 'use-and-annotate')),
      },
      {
        name: 'the string and map forms of one object',
        yaml: grants(grant('user: john@example.com', 'snowflake-prod/ANALYTICS/FINANCE', 'use'), grant('user: john@example.com', '{ connection: snowflake-prod, database: ANALYTICS, schema: FINANCE }', 'use')),
        errors: [{ messageId: 'duplicate', line: 5, column: 5 }],
        output: grants(grant('user: john@example.com', 'snowflake-prod/ANALYTICS/FINANCE', 'use')),
      },
    ],
  });
});
