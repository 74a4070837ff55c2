// Code actions: each lint finding's fix as a quick fix (the edits `lint
// --fix` makes, byte for byte: both come from the file's GrantListLayout),
// and one action that removes every fixable grant without effect in the file.

import { CodeActionKind, type CodeAction, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextEdit as GrantformEdit } from '../model/diagnostic.js';
import { fixProject } from '../lint/fix/fix-project.js';
import { toLspDiagnostic } from './diagnostics.js';
import type { Analysis, WorkspaceProject } from './project.js';
import { pathToUri } from './project.js';
import { TextPositions } from './ranges.js';

export function codeActions(analysis: Analysis, project: WorkspaceProject, file: string, range: Range): CodeAction[] {
  const { project: model } = analysis;
  if (!model) return [];
  const source = model.files.find((each) => each.path === file);
  if (!source) return [];
  const displayPath = project.displayPath(file);
  const positions = new TextPositions(source.text);
  const uri = pathToUri(file);
  const toEdits = (edits: readonly GrantformEdit[]): TextEdit[] =>
    edits.map((edit) => ({ range: { start: positions.position(edit.start), end: positions.position(edit.end) }, newText: edit.text }));
  const from = positions.offset(range.start);
  const to = positions.offset(range.end);

  const actions: CodeAction[] = [];
  for (const diagnostic of analysis.lintOf(displayPath)) {
    if (diagnostic.span.end.offset < from || diagnostic.span.start.offset > to) continue;
    const fix = analysis.fixOf(diagnostic);
    if (!fix) continue;
    actions.push({
      title: `Remove this grant (${diagnostic.rule})`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [toLspDiagnostic(diagnostic, project)],
      isPreferred: true,
      edit: { changes: { [uri]: toEdits(fix) } },
    });
  }
  const removals = analysis.removalsIn(displayPath);
  if (removals.size > 0) {
    // The whole file as `lint --fix` writes it, so that removing several grants of one list gives the same bytes.
    const fixed = fixProject(model, new Map([[displayPath, removals]])).find((each) => each.file.displayPath === displayPath);
    if (fixed) {
      actions.push({
        title: `Remove every grant without effect in this file (${removals.size})`,
        kind: CodeActionKind.SourceFixAll,
        edit: { changes: { [uri]: [{ range: { start: positions.position(0), end: positions.position(source.text.length) }, newText: fixed.text }] } },
      });
    }
  }
  return actions;
}
