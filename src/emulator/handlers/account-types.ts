// Account types (acct → GET /v2/accountTypes, GET …/{id}/permissions): Admin
// credentials only, as the spec says. The list uses the pageToken/pageSize
// style; the permissions are a bare array.

import { notFound } from '../api-error.js';
import { accountTypeView } from '../org/views.js';
import { ok, param, requireAdmin, tokenPaged, type HandlerTable, type RequestContext, type Reply } from '../http/context.js';

/**
 * Sigma's permission descriptions are not in the spec; these are the
 * emulator's own wording for the names grantform reasons about, and a generic
 * sentence for any other name.
 */
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  'view-connections': 'Browse connections and the data they hold',
  'manage-connections': 'Create, edit and delete connections, and manage their access',
  'annotate-tables': 'Add descriptions and annotations to warehouse tables',
  'create-input-tables': 'Create input tables',
  'upload-csv': 'Upload CSV files to the write destination',
  'schedule-materializations': 'Schedule materializations',
  'create-warehouse-views': 'Create warehouse views',
};

function list(context: RequestContext): Reply {
  requireAdmin(context, 'Listing account types');
  return tokenPaged(context, [...context.org.accountTypes.values()], accountTypeView);
}

function permissions(context: RequestContext): Reply {
  requireAdmin(context, 'Reading account type permissions');
  const type = context.org.accountTypes.get(param(context, 'accountTypeId'));
  if (!type) throw notFound('Account type not found');
  return ok(type.permissions.map((permission) => ({ permission, description: DESCRIPTIONS[permission] ?? `Permission ${permission}` })));
}

export const ACCOUNT_TYPE_HANDLERS: HandlerTable = {
  'GET /v2/accountTypes': list,
  'GET /v2/accountTypes/{accountTypeId}/permissions': permissions,
};
