import { describe } from 'vitest';
import { ruleTester } from '../../../test/support/rule-tester.js';
import { ORG } from '../../../test/support/sigma-org.js';
import { sharedWriteDestination } from './shared-write-destination.js';

const pg = (name: string, schema: string, host = 'db.internal') => `  - name: ${name}\n    type: postgres\n    details: { host: ${host}, database: analytics }\n    writeAccess: { destination: { schema: ${schema} } }\n`;

describe('shared-write-destination', () => {
  ruleTester(sharedWriteDestination, ORG, {
    valid: [
      { name: 'two connections, each its own schema', yaml: `connections:\n${pg('pg-a', 'write_a')}${pg('pg-b', 'write_b')}` },
      { name: 'the same schema name on two different hosts', yaml: `connections:\n${pg('pg-a', 'sigma_write')}${pg('pg-b', 'sigma_write', 'other.internal')}` },
    ],
    invalid: [
      {
        name: 'the same schema on the same database',
        yaml: `connections:\n${pg('pg-a', 'sigma_write')}${pg('pg-b', 'sigma_write')}`,
        errors: [{ messageId: 'shared', line: 9, column: 18, message: 'the write destination pg-b/sigma_write of pg-b overlaps pg-a/sigma_write, the write destination of pg-a on the same warehouse' }],
      },
      {
        name: "a Snowflake destination inside another connection's audit log database and schema",
        yaml: 'connections:\n  - name: snowflake-copy\n    type: snowflake\n    writeAccess:\n      destination: { database: SIGMA_WRITE, schema: AUDIT }\n',
        errors: [{ messageId: 'shared', line: 5, column: 7 }],
      },
    ],
  });
});
