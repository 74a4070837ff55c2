// Where a `$schema` reference written into a project's YAML points, so that
// an editor (yaml-language-server, VS Code's YAML extension) loads the schema
// from this machine: the schemas/ folder of the grantform package that is
// running, by a relative path, when the project can see that folder — the
// package is installed in a node_modules of the project or of a folder above
// it (node_modules/grantform/schemas/…), or the project lies inside the
// package's own checkout. Otherwise (a global install, npx's cache) a path
// into `.grantform/schemas/`, a copy of the schemas that init and import
// write into the project. Never a URL: none is published (#12.4).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SCHEMA_NAMES, schemaPath, schemasDir, type SchemaName } from '../config/schemas.js';

/** The project's own copy, relative to its root (`/`-separated). */
export const SCHEMA_COPY_DIR = '.grantform/schemas';

export interface SchemaLocation {
  /** Absolute folder holding `<name>.schema.json`. */
  readonly dir: string;
  /** True when `dir` is the project's copy, which must be (re)written. */
  readonly copy: boolean;
}

/** Where the project at `projectRoot` finds the schemas (see the header). */
export function schemaLocation(projectRoot: string, packageSchemas: string = schemasDir()): SchemaLocation {
  const root = path.resolve(projectRoot);
  const packageRoot = path.dirname(path.resolve(packageSchemas));
  const parts = packageRoot.split(path.sep);
  const nodeModules = parts.lastIndexOf('node_modules');
  // The folder that "owns" the install: the one holding node_modules, or the checkout itself.
  const owner = nodeModules === -1 ? packageRoot : parts.slice(0, nodeModules).join(path.sep) || path.sep;
  if (isWithin(root, owner)) return { dir: path.resolve(packageSchemas), copy: false };
  return { dir: path.join(root, ...SCHEMA_COPY_DIR.split('/')), copy: true };
}

/** The `$schema` reference from `file` (absolute) to schema `name`: a relative, `/`-separated path. */
export function schemaReference(file: string, name: SchemaName, location: SchemaLocation): string {
  const relative = path.relative(path.dirname(file), path.join(location.dir, `${name}.schema.json`)).split(path.sep).join('/');
  return relative.startsWith('../') ? relative : `./${relative}`;
}

/** yaml-language-server's modeline: the first line of a file that names its schema. */
export function schemaModeline(reference: string): string {
  return `# yaml-language-server: $schema=${reference}`;
}

/** The files of the project's copy of the schemas (relative to the project root → text). */
export function schemaCopyFiles(): ReadonlyMap<string, string> {
  return new Map(SCHEMA_NAMES.map((name) => [`${SCHEMA_COPY_DIR}/${name}.schema.json`, readFileSync(schemaPath(name), 'utf8')]));
}

function isWithin(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
