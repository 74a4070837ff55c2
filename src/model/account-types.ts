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

export const BUILT_IN_ACCOUNT_TYPES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['Admin', Object.values(P)],
  ['Creator', [P.viewConnections, P.annotateTables, P.createInputTables, P.uploadCsv, P.scheduleMaterializations, P.createWarehouseViews]],
  ['Explorer', []],
  ['Viewer', []],
]);
