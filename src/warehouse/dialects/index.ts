// The dialect registry: one module per warehouse family.

import type { WarehouseType } from '../../model/warehouses.js';
import type { Dialect } from '../script.js';
import { bigqueryDialect } from './bigquery.js';
import { databricksDialect } from './databricks.js';
import { mysqlDialect } from './mysql.js';
import { postgresDialect } from './postgres.js';
import { snowflakeDialect } from './snowflake.js';
import { sqlserverDialect } from './sqlserver.js';
import { starburstDialect } from './starburst.js';

export const DIALECTS: readonly Dialect[] = [postgresDialect, snowflakeDialect, bigqueryDialect, databricksDialect, mysqlDialect, sqlserverDialect, starburstDialect];

export function dialectFor(type: WarehouseType): Dialect {
  const dialect = DIALECTS.find((each) => each.types.includes(type));
  if (!dialect) throw new Error(`no SQL dialect for warehouse type ${type}`);
  return dialect;
}
