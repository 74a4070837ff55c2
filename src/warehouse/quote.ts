// Quoting names per dialect. A name comes from YAML a pull-request author
// controls: it is always quoted and escaped, never spliced raw.

/** PostgreSQL, Redshift, AlloyDB, Snowflake: "name" with " doubled. */
export function doubleQuoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** MySQL and Databricks: `name` with ` doubled. */
export function backtickDoubled(name: string): string {
  return `\`${name.replaceAll('`', '``')}\``;
}

/** BigQuery: `name` with \ and ` backslash-escaped. */
export function backtickEscaped(name: string): string {
  return `\`${name.replace(/[\\`]/g, (c) => `\\${c}`)}\``;
}

/** SQL Server: [name] with ] doubled. */
export function bracketed(name: string): string {
  return `[${name.replaceAll(']', ']]')}]`;
}

/** A standard string literal: 'text' with ' doubled. */
export function singleQuoted(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** A BigQuery string literal: "text" with \ and " backslash-escaped. */
export function bigqueryString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** A POSIX shell word: 'text' with ' closed, escaped and reopened. */
export function shellWord(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}
