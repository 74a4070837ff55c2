// What `grantform warehouse sql` emits for one connection: statements, each
// with the Sigma feature that needs it, and notes where Sigma's page is cut or
// silent (said in the output instead of guessed).

import type { ConnectionDecl } from '../model/project.js';
import type { WarehouseType } from '../model/warehouses.js';

/** Sigma features that need write access (Sigma's "Set up write access" page). */
export type SigmaFeature = 'input tables' | 'warehouse views' | 'materialization' | 'CSV upload';

export const ALL_FEATURES: readonly SigmaFeature[] = ['input tables', 'warehouse views', 'materialization', 'CSV upload'];

export type ScriptItem =
  | { readonly kind: 'sql'; readonly sql: string; readonly why: string }
  | { readonly kind: 'note'; readonly text: string }
  /** A command for another tool (BigQuery's IAM binding), shown as a comment. */
  | { readonly kind: 'shell'; readonly text: string };

export interface WriteTarget {
  readonly connection: string;
  readonly type: WarehouseType;
  /** Destinations below the connection, in the warehouse's path order. */
  readonly destinations: readonly (readonly string[])[];
  readonly auditLog?: readonly string[];
  /** The service identity that gets the privileges; absent when the YAML names none. */
  readonly grantee?: string;
  readonly materializationWarehouse?: string;
  readonly useDynamicTables?: boolean;
}

export interface Dialect {
  readonly types: readonly WarehouseType[];
  /** The `details` field that names the service identity, when there is one. */
  readonly granteeField?: 'user' | 'role';
  /** node-sql-parser's `database` option for this dialect, when it has one. */
  readonly parserDatabase?: string;
  readonly statements: (target: WriteTarget) => ScriptItem[];
}

export function sql(text: string, ...features: SigmaFeature[]): ScriptItem {
  return { kind: 'sql', sql: text, why: `needed for ${features.join(', ')}` };
}

export function note(text: string): ScriptItem {
  return { kind: 'note', text };
}

export function createItem(text: string, what: string): ScriptItem {
  return { kind: 'sql', sql: text, why: what };
}

/** The write target of a connection, or undefined when write access is off. */
export function writeTargetOf(connection: ConnectionDecl, granteeField: 'user' | 'role' | undefined): WriteTarget | undefined {
  const access = connection.writeAccess;
  if (!access) return undefined;
  const fromDetails = granteeField ? connection.details[granteeField] : undefined;
  const grantee = access.grantee ?? (typeof fromDetails === 'string' ? fromDetails : undefined);
  return {
    connection: connection.name,
    type: connection.type,
    destinations: access.destinations,
    ...(access.auditLog && { auditLog: access.auditLog }),
    ...(grantee !== undefined && { grantee }),
    ...(access.materializationWarehouse !== undefined && { materializationWarehouse: access.materializationWarehouse }),
    ...(access.useDynamicTables !== undefined && { useDynamicTables: access.useDynamicTables }),
  };
}

/** A comment line: a name from the YAML cannot end the comment or start a new statement. */
export function commentLine(text: string): string {
  return `-- ${text.replace(/[\r\n\u2028\u2029]+/g, ' ')}`;
}

export function renderScript(connection: string, type: WarehouseType, items: readonly ScriptItem[]): string {
  const lines = [commentLine(`connection "${connection}" (${type})`)];
  for (const item of items) {
    if (item.kind === 'note') lines.push(commentLine(`NOTE: ${item.text}`));
    else if (item.kind === 'shell') lines.push(commentLine(`run: ${item.text}`));
    else lines.push(commentLine(item.why), `${item.sql};`);
  }
  return `${lines.join('\n')}\n`;
}

export const PAGE = 'https://help.sigmacomputing.com/docs/set-up-write-access';
