// `lint --fix`: the new text of every file that loses grants, all removals of
// a file computed together (so that emptying a list gives `grants: []`), and
// checked before anything is written: the result must parse, and its grants
// list must hold exactly the grants that stay. Writing is the CLI's job.

import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { GrantDecl, Project, SourceFile } from '../../model/project.js';
import { applyEdits } from './apply-edits.js';
import { FileLines } from './file-lines.js';
import { grantRemovalEdits } from './grant-removal.js';

export interface FixedFile {
  readonly file: SourceFile;
  readonly text: string;
  readonly removed: number;
}

export class FixError extends Error {
  override readonly name = 'FixError';
}

export function fixProject(project: Project, removals: ReadonlyMap<string, ReadonlySet<GrantDecl>>): FixedFile[] {
  const fixed: FixedFile[] = [];
  const grantsByFile = new Map<string, GrantDecl[]>();
  for (const grant of project.grants) {
    const list = grantsByFile.get(grant.span.file);
    if (list) list.push(grant);
    else grantsByFile.set(grant.span.file, [grant]);
  }
  for (const file of project.files) {
    const removed = removals.get(file.displayPath);
    if (!removed || removed.size === 0) continue;
    const grants = grantsByFile.get(file.displayPath) ?? [];
    const edits = grantRemovalEdits(file.displayPath, new FileLines(file.text), grants, removed);
    if (!edits) throw new FixError(`cannot fix ${file.displayPath}: its grants list has a layout grantform does not edit`);
    const text = applyEdits(file.text, edits);
    checkResult(file, text, grants.length - removed.size);
    fixed.push({ file, text, removed: removed.size });
  }
  return fixed;
}

function checkResult(file: SourceFile, text: string, expectedGrants: number): void {
  const document = parseDocument(text, { uniqueKeys: true });
  if (document.errors.length > 0) throw new FixError(`fixing ${file.displayPath} would break its YAML (${document.errors[0]?.message ?? 'parse error'}); nothing was written`);
  const root = document.contents;
  const pair = isMap(root) ? root.items.find((item) => isScalar(item.key) && item.key.value === 'grants') : undefined;
  const count = pair && isSeq(pair.value) ? pair.value.items.length : -1;
  if (count !== expectedGrants) throw new FixError(`fixing ${file.displayPath} would leave ${count} grants instead of ${expectedGrants}; nothing was written`);
}
