// The names that tie files together: teams, users (by email) and
// connections, each with its declaration and every place that names it
// (members, grant principals, the first segment of grant objects). Definition,
// references, rename and hover all start from "which symbol is under the
// cursor".

import { ALL_MEMBERS, type GrantDecl, type Project } from '../model/project.js';
import type { SourceSpan } from '../model/source.js';

export type SymbolKind = 'team' | 'user' | 'connection';

export interface SymbolRef {
  readonly kind: SymbolKind;
  /** Team or connection name; a user's lower-cased email. */
  readonly name: string;
}

export interface Occurrence extends SymbolRef {
  readonly span: SourceSpan;
  readonly declaration: boolean;
  /** The grant this occurrence is part of, if any. */
  readonly grant?: GrantDecl;
}

/** Worked out once per project that loaded: a hover or a rename after another reads the same 20,000 grants. */
const known = new WeakMap<Project, readonly Occurrence[]>();

/** Every occurrence of every symbol in the project, in declaration-then-use order. */
export function occurrencesOf(project: Project): readonly Occurrence[] {
  let found = known.get(project);
  if (!found) known.set(project, (found = findOccurrences(project)));
  return found;
}

function findOccurrences(project: Project): Occurrence[] {
  const found: Occurrence[] = [];
  for (const team of project.teams.values()) {
    found.push({ kind: 'team', name: team.name, span: team.nameSpan, declaration: true });
    for (const member of team.members) found.push({ kind: 'user', name: member.email, span: member.span, declaration: false });
  }
  for (const user of project.users.values()) found.push({ kind: 'user', name: user.email, span: user.emailSpan, declaration: true });
  for (const connection of project.connections.values()) found.push({ kind: 'connection', name: connection.name, span: connection.nameSpan, declaration: true });
  const texts = new Map(project.files.map((file) => [file.displayPath, file.text]));
  for (const grant of project.grants) {
    const { principal } = grant;
    if (principal.kind === 'team') {
      if (principal.name !== ALL_MEMBERS) found.push({ kind: 'team', name: principal.name, span: grant.principalSpan, declaration: false, grant });
    } else {
      found.push({ kind: 'user', name: principal.email, span: grant.principalSpan, declaration: false, grant });
    }
    const span = connectionSpan(grant, texts.get(grant.objectSpan.file));
    if (span) found.push({ kind: 'connection', name: grant.object.connection, span, declaration: false, grant });
  }
  return found;
}

/** Where a grant's object names its connection: the first match inside the object's span (string or map form). */
function connectionSpan(grant: GrantDecl, text: string | undefined): SourceSpan | undefined {
  if (text === undefined) return undefined;
  const { objectSpan } = grant;
  const name = grant.object.connection;
  const at = text.indexOf(name, objectSpan.start.offset);
  if (at < 0 || at + name.length > objectSpan.end.offset) return undefined;
  // The object is on one line in both forms, so the column moves with the offset.
  const shift = at - objectSpan.start.offset;
  const start = { line: objectSpan.start.line, column: objectSpan.start.column + shift, offset: at };
  return { file: objectSpan.file, start, end: { line: start.line, column: start.column + name.length, offset: at + name.length } };
}

/** The occurrence under an offset of a file, narrowest first. */
export function occurrenceAt(occurrences: readonly Occurrence[], file: string, offset: number): Occurrence | undefined {
  let best: Occurrence | undefined;
  for (const each of occurrences) {
    if (each.span.file !== file || offset < each.span.start.offset || offset > each.span.end.offset) continue;
    if (!best || each.span.end.offset - each.span.start.offset < best.span.end.offset - best.span.start.offset) best = each;
  }
  return best;
}

export function sameSymbol(a: SymbolRef, b: SymbolRef): boolean {
  return a.kind === b.kind && a.name === b.name;
}
