import { describe } from 'vitest';
import { ruleTester } from '../../../test/support/rule-tester.js';
import { grant, grants, ORG } from '../../../test/support/sigma-org.js';
import { grantInWriteDestination } from './grant-in-write-destination.js';

describe('grant-in-write-destination', () => {
  ruleTester(grantInWriteDestination, ORG, {
    valid: [
      { name: 'the database that holds the destination', yaml: grants(grant('team: Finance', 'snowflake-prod/SIGMA_WRITE', 'use')) },
      { name: 'another schema of that database', yaml: grants(grant('team: Finance', 'snowflake-prod/SIGMA_WRITE/STAGING', 'use')) },
      { name: 'a name that only differs in case is another object', yaml: grants(grant('team: Finance', 'snowflake-prod/sigma_write/writeback', 'use')) },
    ],
    invalid: [
      {
        name: 'the destination itself',
        yaml: grants(grant('team: Finance', 'snowflake-prod/SIGMA_WRITE/WRITEBACK', 'use')),
        errors: [{ messageId: 'inDestination', line: 3, column: 13, message: 'snowflake-prod/SIGMA_WRITE/WRITEBACK is inside the write destination snowflake-prod/SIGMA_WRITE/WRITEBACK of snowflake-prod' }],
      },
      {
        name: 'a table inside it, in the map form',
        yaml: grants(grant('user: john@example.com', '{ connection: snowflake-prod, database: SIGMA_WRITE, schema: WRITEBACK, table: T1 }', 'use')),
        errors: [{ messageId: 'inDestination', line: 3, column: 13 }],
      },
      {
        name: 'the audit log',
        yaml: grants(grant('team: Finance', 'snowflake-prod/SIGMA_WRITE/AUDIT', 'use')),
        errors: [{ messageId: 'inAuditLog', line: 3, column: 13 }],
      },
    ],
  });
});
