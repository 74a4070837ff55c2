// Starburst: Sigma's page does not list it among the write-access
// warehouses, and who may write depends on the cluster's access control
// system, so grantform emits no statements, only that note.

import { note, type Dialect } from '../script.js';

export const starburstDialect: Dialect = {
  types: ['starburst'],
  granteeField: 'user',
  statements: () => [
    note("Sigma's Set up write access page does not list Starburst: grantform emits no statements; the grants depend on the cluster's access control (file-based, Ranger, Starburst built-in)"),
  ],
};
