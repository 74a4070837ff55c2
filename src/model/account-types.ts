// Sigma's default account types and the permissions grantform assumes they
// have (docs/access-model.md gives the source of each). An org may edit them:
// a YAML `accountTypes` entry of the same name overrides these, and `import`
// writes the live permissions of every type in use.

/** Permission names, as Sigma's API writes them, that decide connection access. */
export const PERMISSIONS = {
  viewConnections: 'view-connections',
  manageConnections: 'manage-connections',
  annotateTables: 'annotate-tables',
  createInputTables: 'create-input-tables',
  uploadCsv: 'upload-csv',
  scheduleMaterializations: 'schedule-materializations',
  createWarehouseViews: 'create-warehouse-views',
} as const;

const P = PERMISSIONS;

/** The account type whose members administer the whole org, every connection included. */
export const ADMIN_ACCOUNT_TYPE = 'Admin';

export const BUILT_IN_ACCOUNT_TYPES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  [ADMIN_ACCOUNT_TYPE, Object.values(P)],
  // Creators build from the data they are granted, upload CSVs, create input tables and materializations.
  ['Creator', [P.viewConnections, P.annotateTables, P.createInputTables, P.uploadCsv, P.scheduleMaterializations, P.createWarehouseViews]],
  // Explorers (older orgs) build workbooks from data they are granted, but cannot upload CSVs or join sources:
  // they browse connections, nothing more.
  ['Explorer', [P.viewConnections]],
  // Viewers see shared documents only: data grants do not affect them.
  ['Viewer', []],
]);
