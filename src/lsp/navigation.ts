// Definition, references and rename of teams, users and connections across
// the project's files. Renaming a team or a connection also records the old
// name under `previously:`, so that `plan` renames in place instead of
// deleting and creating (DESIGN.md: `previously`).

import type { Location, Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { Analysis, WorkspaceProject } from './project.js';
import { pathToUri } from './project.js';
import { TextPositions, toRange } from './ranges.js';
import { occurrenceAt, occurrencesOf, sameSymbol, type Occurrence } from './symbols.js';

function symbolAt(analysis: Analysis, project: WorkspaceProject, file: string, position: Position): { all: readonly Occurrence[]; here: Occurrence } | undefined {
  if (!analysis.project) return undefined;
  const source = analysis.project.files.find((each) => each.path === file);
  if (!source) return undefined;
  const all = occurrencesOf(analysis.project);
  const here = occurrenceAt(all, project.displayPath(file), new TextPositions(source.text).offset(position));
  return here ? { all, here } : undefined;
}

function locationOf(project: WorkspaceProject, occurrence: Occurrence): Location {
  return { uri: pathToUri(project.absolute(occurrence.span.file)), range: toRange(occurrence.span) };
}

export function definitionAt(analysis: Analysis, project: WorkspaceProject, file: string, position: Position): Location[] {
  const found = symbolAt(analysis, project, file, position);
  if (!found) return [];
  return found.all.filter((each) => each.declaration && sameSymbol(each, found.here)).map((each) => locationOf(project, each));
}

export function referencesAt(analysis: Analysis, project: WorkspaceProject, file: string, position: Position, includeDeclaration: boolean): Location[] {
  const found = symbolAt(analysis, project, file, position);
  if (!found) return [];
  return found.all.filter((each) => sameSymbol(each, found.here) && (includeDeclaration || !each.declaration)).map((each) => locationOf(project, each));
}

export function renameAt(analysis: Analysis, project: WorkspaceProject, file: string, position: Position, newName: string): WorkspaceEdit | null {
  const found = symbolAt(analysis, project, file, position);
  if (!found || found.here.kind === 'user' || !analysis.project) return null;
  const { here, all } = found;
  const texts = new Map(analysis.project.files.map((source) => [source.displayPath, source.text]));
  const changes: Record<string, TextEdit[]> = {};
  const add = (displayPath: string, edit: TextEdit) => ((changes[pathToUri(project.absolute(displayPath))] ??= []).push(edit));
  for (const each of all) {
    if (!sameSymbol(each, here)) continue;
    const text = texts.get(each.span.file) ?? '';
    const written = text.slice(each.span.start.offset, each.span.end.offset);
    // Keep the quotes the file used: replace the name inside them.
    const inner = written.indexOf(here.name);
    const start = inner >= 0 ? each.span.start.offset + inner : each.span.start.offset;
    const end = inner >= 0 ? start + here.name.length : each.span.end.offset;
    const positions = new TextPositions(text);
    add(each.span.file, { range: { start: positions.position(start), end: positions.position(end) }, newText: newName });
    if (each.declaration) {
      const previously = previouslyEdit(text, each, here.name, here.kind === 'team' ? analysis.project.teams.get(here.name)?.previously : analysis.project.connections.get(here.name)?.previously);
      if (previously) add(each.span.file, { range: { start: positions.position(previously.offset), end: positions.position(previously.offset) }, newText: previously.text });
    }
  }
  return { changes };
}

/** A `previously: [old]` line after the `name:` line of the declaration, unless the old name is already listed. */
function previouslyEdit(text: string, declaration: Occurrence, oldName: string, listed: readonly string[] | undefined): { offset: number; text: string } | undefined {
  if (listed?.includes(oldName)) return undefined;
  const lineStart = text.lastIndexOf('\n', declaration.span.start.offset - 1) + 1;
  const line = text.slice(lineStart, text.indexOf('\n', lineStart) === -1 ? text.length : text.indexOf('\n', lineStart));
  const indent = /^(\s*)(-\s+)?/.exec(line);
  const column = (indent?.[1]?.length ?? 0) + (indent?.[2]?.length ?? 0);
  if (listed && listed.length > 0) return undefined; // an existing list is edited by hand: its layout varies
  const lineEnd = text.indexOf('\n', lineStart);
  const offset = lineEnd === -1 ? text.length : lineEnd + 1;
  const prefix = lineEnd === -1 ? '\n' : '';
  return { offset, text: `${prefix}${' '.repeat(column)}previously: [${JSON.stringify(oldName)}]\n` };
}
