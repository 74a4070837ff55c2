// Warehouse objects are named by their path: the connection, then the names
// of the containers down to a table or stored procedure. In YAML a path is
// written `connection/DATABASE/SCHEMA/TABLE`; a name that contains `/`, `.` or
// `"` is written in double quotes, with `""` for a quote inside, as warehouses
// quote identifiers. An unquoted `.` is refused rather than guessed: a reader
// who writes `ANALYTICS.FINANCE` almost always meant two levels.

export interface ObjectPath {
  readonly connection: string;
  /** Names below the connection, outermost first; empty for the connection itself. */
  readonly path: readonly string[];
}

export interface ObjectPathError {
  /** Completes a sentence about the path: `has an empty level ("//")`. */
  readonly message: string;
  /** Offset of the problem within the text, and its length, for precise locations. */
  readonly offset: number;
  readonly length: number;
}

export type ParseResult = { ok: true; value: ObjectPath } | { ok: false; error: ObjectPathError };

const NEEDS_QUOTES = /[/."]|^\s|\s$|^$/;

export function parseObjectPath(text: string): ParseResult {
  const segments: string[] = [];
  let i = 0;
  for (;;) {
    const start = i;
    let name: string;
    if (text[i] === '"') {
      let value = '';
      i += 1;
      for (;;) {
        if (i >= text.length) {
          return fail(`has an unterminated quoted name (${text.slice(start, start + 20)}): close it with '"'`, start, text.length - start);
        }
        const ch = text[i] as string;
        if (ch === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        value += ch;
        i += 1;
      }
      if (i < text.length && text[i] !== '/') {
        return fail(`has "${text[i]}" right after the quoted name "${value}": separate levels with "/"`, i, 1);
      }
      if (value === '') return fail('has an empty quoted name ""', start, 2);
      name = value;
    } else {
      const slash = text.indexOf('/', i);
      const end = slash === -1 ? text.length : slash;
      name = text.slice(i, end);
      i = end;
      if (name === '') {
        return fail(emptySegmentMessage(text, start), start, Math.max(1, text.length === 0 ? 0 : 1));
      }
      const dot = name.indexOf('.');
      if (dot !== -1) {
        const asLevels = [...segments.map(formatSegment), ...name.split('.')].join('/');
        return fail(
          `has "." in ${name}: separate levels with "/" (${asLevels}), or quote a name that really contains a dot ("${name}")`,
          start + dot,
          1,
        );
      }
      const quote = name.indexOf('"');
      if (quote !== -1) {
        return fail(`has '"' inside the name ${name}: quote the whole name, with '""' for each quote inside`, start + quote, 1);
      }
      if (/^\s|\s$/.test(name)) {
        return fail(`has a name that starts or ends with a space ("${name}"): quote it if the name really does`, start, name.length);
      }
    }
    segments.push(name);
    if (i >= text.length) break;
    i += 1; // the "/"
    if (i >= text.length) return fail('ends with "/": remove it or name the next level', i - 1, 1);
  }
  const [connection, ...path] = segments as [string, ...string[]];
  return { ok: true, value: { connection, path } };
}

function emptySegmentMessage(text: string, offset: number): string {
  if (text.length === 0) return 'is empty: name a connection, then optionally its levels (connection/DATABASE/SCHEMA)';
  if (offset === 0) return 'starts with "/": it begins with the connection name';
  return 'has an empty level ("//")';
}

function fail(message: string, offset: number, length: number): ParseResult {
  return { ok: false, error: { message, offset, length } };
}

export function formatSegment(name: string): string {
  return NEEDS_QUOTES.test(name) ? `"${name.replaceAll('"', '""')}"` : name;
}

/** The YAML form, e.g. `snowflake-prod/ANALYTICS/"FY.2024"`; unique per object, so also its key. */
export function formatObjectPath(object: ObjectPath): string {
  // A loop rather than spread/map/join: linting and planning format an object path per finding and per change.
  let text = formatSegment(object.connection);
  for (const segment of object.path) text += `/${formatSegment(segment)}`;
  return text;
}

export function objectPath(connection: string, ...path: string[]): ObjectPath {
  return { connection, path };
}

/** The connection and every container above the object, outermost first (the object itself excluded). */
export function ancestorsOf(object: ObjectPath): ObjectPath[] {
  const result: ObjectPath[] = [];
  for (let depth = 0; depth < object.path.length; depth += 1) {
    result.push({ connection: object.connection, path: object.path.slice(0, depth) });
  }
  return result;
}

/** True when `object` is `ancestor` itself or lies below it. */
export function isWithin(object: ObjectPath, ancestor: ObjectPath): boolean {
  if (object.connection !== ancestor.connection || object.path.length < ancestor.path.length) return false;
  // A loop, not every(): an index focused on one object asks this of each of the largest orgs' 200,000 grants.
  for (let index = 0; index < ancestor.path.length; index += 1) if (object.path[index] !== ancestor.path[index]) return false;
  return true;
}

export function sameObject(a: ObjectPath, b: ObjectPath): boolean {
  return a.path.length === b.path.length && isWithin(a, b);
}
