import { describe } from 'vitest';
import { ruleTester } from '../../../test/support/rule-tester.js';
import { grant, grants, ORG } from '../../../test/support/sigma-org.js';
import { writeOnlyWithoutWriteAccess } from './write-only-without-write-access.js';

describe('write-only-without-write-access', () => {
  ruleTester(writeOnlyWithoutWriteAccess, ORG, {
    valid: [
      { name: 'write-only on a connection with write access', yaml: grants(grant('team: Finance', 'snowflake-prod', 'write-only')) },
      { name: 'use on a connection without write access', yaml: grants(grant('team: Finance', 'orders-postgres', 'use')) },
    ],
    invalid: [
      {
        name: 'write-only on a connection without write access',
        yaml: grants(grant('team: Finance', 'orders-postgres', 'write-only')),
        errors: [{ messageId: 'noWriteAccess', line: 4, column: 13, message: 'write-only on orders-postgres for team Finance gives nothing: the connection has no write access' }],
      },
    ],
  });
});
