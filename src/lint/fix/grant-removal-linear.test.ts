// The linear GrantListLayout against the quadratic computation it replaced
// (test/support/grant-removal-reference.ts, kept verbatim as the oracle): on
// seeded many-grant files of every layout grantform edits (block items of
// every shape, heading comments, blank lines, CRLF, flow lists), the same
// edits for every removal set tried, the same per-finding fixes from the
// lint runner, and `--fix` texts that load with exactly the grants that stay.

import { describe, expect, it } from 'vitest';
import { loadProject } from '../../config/load-project.js';
import { mulberry32 } from '../../emulator/faults.js';
import type { GrantDecl, Project } from '../../model/project.js';
import { writeProject } from '../../../test/support/temp-project.js';
import { referenceGrantRemovalEdits } from '../../../test/support/grant-removal-reference.js';
import type { Rule } from '../rule.js';
import { lintProject } from '../runner.js';
import { applyEdits } from './apply-edits.js';
import { FileLines } from './file-lines.js';
import { fixProject } from './fix-project.js';
import { GrantListLayout } from './grant-removal.js';

const TEAMS = 80;
const ORG = `connections:\n  - name: c\n    type: snowflake\nteams:\n${Array.from({ length: TEAMS }, (_, i) => `  - name: T${i}\n`).join('')}`;

type Next = () => number;
const chance = (next: Next, p: number) => next() < p;
const pickInt = (next: Next, n: number) => Math.floor(next() * n);

/** One block item in one of the shapes real files use. */
function blockItem(next: Next, team: number, indent: string): string {
  const inner = `${indent}  `;
  switch (pickInt(next, 6)) {
    case 0:
      return `${indent}- { team: T${team}, object: c, access: use }${chance(next, 0.3) ? ' # flow item' : ''}\n`;
    case 1:
      return `${indent}-\n${inner}team: T${team}\n${inner}object: c\n${inner}access: use\n`;
    case 2:
      return `${indent}- team: T${team}\n${inner}# inside\n${inner}object: c\n${inner}access: use # on the last line\n`;
    case 3:
      return `${indent}- team: T${team}\n${inner}object:\n${inner}  connection: c\n${inner}access: use\n`;
    default:
      return `${indent}- team: T${team}\n${inner}object: c\n${inner}access: use\n`;
  }
}

/** A seeded access.yaml with `count` grants: a block list (comments, blank lines, CRLF) or a flow list. */
function accessFile(seed: number, count: number): string {
  const next = mulberry32(seed);
  const keyComment = chance(next, 0.3) ? ' # the grants' : '';
  const head = `${chance(next, 0.5) ? '# access\n' : ''}grants:${keyComment}\n`;
  const tail = chance(next, 0.5) ? `\nusers: []   # trailing\n` : '';
  if (chance(next, 0.2)) {
    const multiline = chance(next, 0.5);
    const items = Array.from({ length: count }, (_, i) => `{ team: T${i}, object: c, access: use }`);
    const body = multiline ? `[\n  ${items.join(',\n  ')}${chance(next, 0.5) ? ',' : ''}\n]` : `[ ${items.join(', ')} ]`;
    return `grants: ${body}\n${tail}`;
  }
  const indent = chance(next, 0.2) ? '' : '  ';
  let body = '';
  if (chance(next, 0.3)) body += '\n';
  for (let i = 0; i < count; i += 1) {
    if (i > 0 && chance(next, 0.15)) body += chance(next, 0.3) ? '\n\n' : '\n';
    if (chance(next, 0.15)) body += `${indent}# heading ${i}\n${chance(next, 0.2) ? `${indent}# more\n` : ''}`;
    body += blockItem(next, i, indent);
  }
  const text = `${head}${body}${tail}`;
  return chance(next, 0.15) ? text.replace(/\n/g, '\r\n') : text;
}

/** Removal sets that exercise the edges: each item alone, first, last, adjacent runs, every other, random, all. */
function removalSets(seed: number, grants: readonly GrantDecl[]): GrantDecl[][] {
  const next = mulberry32(seed + 1);
  const n = grants.length;
  const sets: GrantDecl[][] = grants.map((grant) => [grant]);
  sets.push(grants.slice(0, 2), grants.slice(-2), grants.slice(0, Math.ceil(n / 2)), grants.slice(Math.floor(n / 2)), [...grants]);
  sets.push(grants.filter((_, i) => i % 2 === 0), grants.filter((_, i) => i % 3 !== 1), grants.slice(1));
  for (let k = 0; k < 10; k += 1) {
    const start = pickInt(next, n);
    sets.push(grants.slice(start, start + 1 + pickInt(next, 4)));
    sets.push(grants.filter(() => chance(next, 0.4)));
  }
  return sets.filter((set) => set.length > 0);
}

async function load(yaml: string): Promise<Project> {
  const dir = await writeProject({ 'grantform.yaml': 'backend:\n  type: local\n', 'org.yaml': ORG, 'access.yaml': yaml });
  const { project, diagnostics } = await loadProject(dir, { cwd: dir });
  if (!project) throw new Error(`${diagnostics.map((d) => d.message).join('; ')}\n${yaml}`);
  return project;
}

const fileGrants = (project: Project) => project.grants.filter((grant) => grant.span.file === 'access.yaml');

/** A rule that reports every grant as fixable, so the runner builds a fix for each. */
const everyGrant: Rule = {
  meta: { id: 'every-grant', description: 'every grant', defaultSeverity: 'warning', fixable: true, messages: { found: 'found' }, help: { why: 'a test rule', fix: 'none' } },
  check(context) {
    for (const grant of context.project.grants) context.report({ messageId: 'found', span: grant.span, fix: { removeGrant: grant } });
  },
};

describe('removing grants in time linear in the file', () => {
  const seeds = Array.from({ length: 40 }, (_, i) => 1000 + i * 7);

  it.each(seeds)('gives the edits of the quadratic computation on the seeded file %i', async (seed) => {
    const count = 1 + pickInt(mulberry32(seed * 3), 60);
    const yaml = accessFile(seed, count);
    const project = await load(yaml);
    const grants = fileGrants(project);
    expect(grants).toHaveLength(count);
    const lines = new FileLines(project.files.find((file) => file.displayPath === 'access.yaml')?.text ?? '');
    const layout = new GrantListLayout('access.yaml', lines, grants);
    for (const set of removalSets(seed, grants)) {
      const removed = new Set(set);
      const expected = referenceGrantRemovalEdits('access.yaml', lines, grants, removed);
      expect(expected).toBeDefined();
      expect(layout.edits(removed)).toEqual(expected);
    }

    // The runner's per-finding fixes are the same edits, and every finding is fixable.
    const { diagnostics } = lintProject(project, { rules: [everyGrant] });
    expect(diagnostics).toHaveLength(count);
    for (const diagnostic of diagnostics) {
      const grant = grants.find((each) => each.span.start.offset === diagnostic.span.start.offset) as GrantDecl;
      expect(diagnostic.fix).toEqual(referenceGrantRemovalEdits('access.yaml', lines, grants, new Set([grant])));
    }
  });

  it.each(seeds.slice(0, 12))('fixes the seeded file %i to a text that loads with exactly the grants that stay', async (seed) => {
    const yaml = accessFile(seed, 30);
    const project = await load(yaml);
    const grants = fileGrants(project);
    const sets = removalSets(seed, grants).filter((set) => set.length > 1);
    for (const set of sets.slice(-6)) {
      const removed = new Set(set);
      const [fixed] = fixProject(project, new Map([['access.yaml', removed]]));
      const lines = new FileLines(yaml.replace(/^\uFEFF/, ''));
      expect(fixed?.text).toBe(applyEdits(lines.text, referenceGrantRemovalEdits('access.yaml', lines, grants, removed) ?? []));
      const again = await load(fixed?.text ?? '');
      const name = (grant: GrantDecl) => (grant.principal.kind === 'team' ? grant.principal.name : '');
      expect(fileGrants(again).map(name)).toEqual(grants.filter((grant) => !removed.has(grant)).map(name));
    }
  });

  it('leaves unfixable the layouts the quadratic computation refused, and ignores grants of other files', async () => {
    const project = await load('grants:\n  - # a comment between the dash and its item\n    team: T0\n    object: c\n    access: use\n  - team: T1\n    object: c\n    access: use\n');
    const grants = fileGrants(project);
    const lines = new FileLines(project.files.find((file) => file.displayPath === 'access.yaml')?.text ?? '');
    const layout = new GrantListLayout('access.yaml', lines, grants);
    expect(referenceGrantRemovalEdits('access.yaml', lines, grants, new Set([grants[0] as GrantDecl]))).toBeUndefined();
    expect(layout.edits(new Set([grants[0] as GrantDecl]))).toBeUndefined();
    expect(layout.canRemove(grants[0] as GrantDecl)).toBe(false);
    expect(layout.edits(new Set())).toEqual([]);
    expect(lintProject(project, { rules: [everyGrant] }).diagnostics.every((diagnostic) => diagnostic.fix === undefined)).toBe(true);
  });
});
