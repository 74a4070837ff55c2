// PostgreSQL, Redshift and AlloyDB: a write destination is a schema of the
// connection's database. Sigma's user needs USAGE and CREATE on it (CREATE
// makes tables and views; Sigma then owns what it creates, not the schema).

import { doubleQuoted } from '../quote.js';
import { note, type Dialect, type ScriptItem, type WriteTarget } from '../script.js';

export type SchemaPrivilege = 'USAGE' | 'CREATE';

/** One thing the service user must have, and the one statement that gives it. */
export interface PgRequirement {
  readonly schema: string;
  readonly need: 'schema' | SchemaPrivilege;
  readonly fix: string;
  readonly why: string;
}

const FEATURES = ['input tables', 'warehouse views', 'materialization', 'CSV upload'] as const;

export function pgRequirements(target: WriteTarget & { grantee: string }): PgRequirement[] {
  const grantee = doubleQuoted(target.grantee);
  return target.destinations.flatMap(([schema]) => {
    const name = doubleQuoted(schema as string);
    return [
      { schema: schema as string, need: 'schema', fix: `CREATE SCHEMA IF NOT EXISTS ${name}`, why: `the write destination of ${FEATURES.join(', ')}` },
      { schema: schema as string, need: 'USAGE', fix: `GRANT USAGE ON SCHEMA ${name} TO ${grantee}`, why: `needed for ${FEATURES.join(', ')}: find objects in the destination` },
      { schema: schema as string, need: 'CREATE', fix: `GRANT CREATE ON SCHEMA ${name} TO ${grantee}`, why: `needed for ${FEATURES.join(', ')}: create tables and views in the destination` },
    ] satisfies PgRequirement[];
  });
}

export const postgresDialect: Dialect = {
  types: ['postgres', 'redshift', 'alloydb'],
  granteeField: 'user',
  parserDatabase: 'postgresql',
  statements(target) {
    const items: ScriptItem[] = [note("the stored copy of Sigma's page is cut before the PostgreSQL, Redshift and AlloyDB privileges; grantform grants USAGE and CREATE on the destination schema only (no database-wide privileges, no ownership)")];
    if (target.grantee === undefined) return [...items, note('no grantee: set details.user or writeAccess.grantee to the user Sigma connects as')];
    for (const requirement of pgRequirements({ ...target, grantee: target.grantee })) items.push({ kind: 'sql', sql: requirement.fix, why: requirement.why });
    return items;
  },
};

