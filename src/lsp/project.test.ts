// WorkspaceProject in process, where the test decides when analyses run: an
// editor's changes arrive one by one or many at once, so an incremental
// analysis may see one file changed or several. After random edits, analysed
// at random points, the diagnostics must be those of a fresh validate +
// lint of the same texts.

import path from 'node:path';
import { mkdir, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../config/load-project.js';
import { readSourceFile } from '../config/source-text.js';
import { lintProject } from '../lint/runner.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { heal, RandomOrg, render, type FileModel } from '../../test/support/random-org.js';
import { writeProject } from '../../test/support/temp-project.js';
import { WorkspaceProject, type Analysis, type OpenBuffer } from './project.js';

const shown = (diagnostic: Diagnostic) => ({ rule: diagnostic.rule, message: diagnostic.message, start: diagnostic.span.start, end: diagnostic.span.end, related: diagnostic.related?.map((each) => [each.message, each.span.file, each.span.start]) });

function byFile(analysis: Analysis): Record<string, unknown[]> {
  const result: Record<string, unknown[]> = {};
  for (const file of analysis.files) {
    const list = analysis.diagnosticsOf(file);
    if (list.length > 0) result[file] = list.map(shown);
  }
  return result;
}

async function fresh(dir: string, buffers: ReadonlyMap<string, OpenBuffer>): Promise<Record<string, unknown[]>> {
  const loaded = await loadProject(dir, {
    cwd: dir,
    readFile: async (absolute, cwd) => {
      const buffer = buffers.get(absolute);
      return buffer ? { ok: true, file: { path: absolute, displayPath: path.relative(cwd, absolute).split(path.sep).join('/'), text: buffer.text } } : readSourceFile(absolute, cwd);
    },
  });
  const result: Record<string, unknown[]> = {};
  for (const diagnostic of loaded.project ? lintProject(loaded.project).diagnostics : loaded.diagnostics) (result[diagnostic.span.file] ??= []).push(shown(diagnostic));
  return result;
}

describe('WorkspaceProject', () => {
  for (const seed of [11, 12, 13, 14]) {
    it(`analyses as a fresh load and lint would, whichever edits an analysis sees together (seed ${seed})`, async () => {
      const random = new RandomOrg(seed);
      let models = random.initial();
      const files: Record<string, string> = { 'grantform.yaml': 'backend:\n  type: local\n' };
      for (const [file, model] of models) files[file] = render(model);
      const dir = await writeProject(files);
      const buffers = new Map<string, OpenBuffer>();
      const project = new WorkspaceProject(dir, buffers);
      await project.analysis();
      let version = 0;
      for (let step = 0; step < 120; step += 1) {
        // One to three files edited, in the buffers or on disk, before the next analysis.
        for (let edits = 1 + Math.floor(random.next() * 3); edits > 0; edits -= 1) {
          const emails = [...models.values()].flatMap((model) => model.users.map((user) => user.email));
          const teams = [...models.values()].flatMap((model) => (model.team ? [model.team.name] : []));
          const next = new Map(models);
          const file = random.pick([...models.keys()].filter((each) => each !== 'connections.yaml' || random.chance(0.1)));
          next.set(file, random.edit(models.get(file) as FileModel, emails, teams));
          models = random.chance(0.2) ? heal(next) : next;
          for (const [each, model] of models) {
            const text = random.chance(0.05) && each === file ? random.broken(render(model)) : render(model);
            const absolute = path.join(dir, each);
            if (buffers.get(absolute)?.text === text) continue;
            if (buffers.has(absolute) || random.chance(0.5)) buffers.set(absolute, { text, version: (version += 1) });
            else {
              await mkdir(path.dirname(absolute), { recursive: true });
              await writeFile(absolute, text);
              project.forget(absolute);
            }
          }
          if (random.chance(0.3)) {
            project.invalidate();
            await project.analysis();
          }
        }
        project.invalidate();
        const analysis = await project.analysis();
        expect(byFile(analysis), `step ${step}`).toEqual(await fresh(dir, buffers));
      }
    });
  }
});
