import { describe } from 'vitest';
import { ruleTester } from '../../../test/support/rule-tester.js';
import { grant, grants, ORG } from '../../../test/support/sigma-org.js';
import { accountTypeTooLow } from './account-type-too-low.js';

describe('account-type-too-low', () => {
  ruleTester(accountTypeTooLow, ORG, {
    valid: [
      { name: 'a Creator may use and annotate', yaml: grants(grant('user: john@example.com', 'snowflake-prod', 'use-and-annotate')) },
      { name: 'an Explorer may use', yaml: grants(grant('user: eve@example.com', 'snowflake-prod', 'use')) },
      { name: 'a custom type with upload-csv may write only', yaml: grants(grant('user: ulla@example.com', 'snowflake-prod', 'write-only')) },
      { name: 'team grants are for team-grant-capped', yaml: grants(grant('team: Sales', 'snowflake-prod', 'admin')) },
    ],
    invalid: [
      {
        name: 'an Explorer granted use-and-annotate gets use',
        yaml: grants(grant('user: eve@example.com', 'snowflake-prod', 'use-and-annotate')),
        errors: [{ messageId: 'capped', line: 4, column: 13, message: 'account type Explorer allows only use there (it lacks manage-connections or annotate-tables)' }],
      },
      {
        name: "#14.3: an Explorer's use-and-annotate below its own use gives only what it already has: no suggestion to grant use",
        yaml: grants(grant('user: eve@example.com', 'snowflake-prod/ANALYTICS', 'use'), grant('user: eve@example.com', 'snowflake-prod/ANALYTICS/FINANCE', 'use-and-annotate')),
        errors: [{ messageId: 'cappedNoEffect', line: 7, column: 13, message: 'allows only use there (it lacks manage-connections or annotate-tables), which the user already has from other grants: the grant has no effect' }],
      },
      {
        name: 'a Creator granted admin gets use-and-annotate',
        yaml: grants(grant('user: john@example.com', 'snowflake-prod', 'admin')),
        errors: [{ messageId: 'capped', line: 4, column: 13, message: 'allows only use-and-annotate there (it lacks manage-connections)' }],
      },
      {
        name: 'a Viewer gets nothing',
        yaml: grants(grant('user: mei@example.com', 'snowflake-prod', 'use')),
        errors: [{ messageId: 'nothing', line: 4, column: 13, message: 'it lacks view-connections or manage-connections' }],
      },
      {
        name: 'a write-only type granted use gets write-only',
        yaml: grants(grant('user: ulla@example.com', 'snowflake-prod', 'use')),
        errors: [{ messageId: 'capped', line: 4, column: 13, message: 'allows only write-only there' }],
      },
      {
        name: 'an Analyst without write permissions granted write-only gets nothing',
        yaml: grants(grant('user: ana@example.com', 'orders-postgres', 'write-only')),
        org: ORG.replace('[view-connections, annotate-tables, create-input-tables]', '[view-connections, annotate-tables]'),
        errors: [{ messageId: 'nothing', line: 4, column: 13 }],
      },
    ],
  });
});
