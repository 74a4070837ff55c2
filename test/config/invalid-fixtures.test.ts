// The corpus of bad input (test/fixtures/invalid/): every case must end with
// its exact diagnostics, exit 1 from `validate`, and never a stack trace.
// Each case folder holds a project and expected.json, the diagnostics that
// `validate --format json` must report when run inside that folder.

import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/config/load-project.js';
import { MAX_FILE_BYTES } from '../../src/config/source-text.js';
import { runGrantform, STACK_TRACE, writeProject } from '../support/temp-project.js';

const corpus = path.resolve(import.meta.dirname, '../fixtures/invalid');
const cases = readdirSync(corpus).sort();

interface Expected {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  message: string;
}

/** Values that fixtures write where a secret would go: they must never be printed. */
const SECRET_VALUES = ['hunter2-do-not-print', 's3cr3t-do-not-print'];

describe('invalid fixtures', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('%s: reports its exact diagnostics', async (name) => {
    const dir = path.join(corpus, name);
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected[];
    expect(expected.length).toBeGreaterThan(0);
    const result = await loadProject('.', { cwd: dir });
    expect(result.project).toBeUndefined();
    const actual = result.diagnostics.map((diagnostic) => ({
      file: diagnostic.span.file,
      line: diagnostic.span.start.line,
      column: diagnostic.span.start.column,
      endLine: diagnostic.span.end.line,
      endColumn: diagnostic.span.end.column,
      rule: diagnostic.rule,
      message: diagnostic.message,
    }));
    expect(actual).toEqual(expected);
  });

  it.each(cases)('%s: validate exits 1 (3 without a project) with one line per problem and no stack trace', async (name) => {
    const dir = path.join(corpus, name);
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected[];
    const run = await runGrantform(['validate', '.'], { cwd: dir });
    // A folder without grantform.yaml is not a project: grantform could not run (docs/cli.md).
    expect(run.exitCode).toBe(name === 'no-grantform-yaml' ? 3 : 1);
    const first = expected[0] as Expected;
    expect(run.stdout).toContain(`${first.file}:${first.line}:${first.column}: error: ${first.message}`);
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
    for (const secret of SECRET_VALUES) expect(run.stdout + run.stderr).not.toContain(secret);
  });
});

describe('input that is not committed as a fixture', () => {
  it('refuses a 50 MB file before reading it, with its size', async () => {
    const dir = await writeProject({ 'grantform.yaml': 'backend:\n  type: local\n' });
    await writeFile(path.join(dir, 'huge.yaml'), Buffer.alloc(50 * 1024 * 1024, 0x61));
    const before = process.memoryUsage().rss;
    const run = await runGrantform(['validate', '.'], { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`huge.yaml:1:1: error: huge.yaml is 50.0 MiB, over the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit for one file: split it into several files (file)`);
    // Refused by size: the 50 MB were never read into memory.
    expect(process.memoryUsage().rss - before).toBeLessThan(40 * 1024 * 1024);
  });

  it('reads a file the size of the largest orgs written as one (24 MiB) instead of refusing it', async () => {
    const dir = await writeProject({ 'grantform.yaml': 'backend:\n  type: local\n' });
    // Comments only: read and parsed in full, then refused for holding no data, which shows it got past the size check.
    const line = `# ${'x'.repeat(1022)}\n`;
    await writeFile(path.join(dir, 'org.yaml'), line.repeat(24 * 1024));
    const run = await runGrantform(['validate', '.'], { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).not.toContain('limit for one file');
    expect(run.stdout).toMatch(/org\.yaml:1:1: error: .*(empty|comments)/);
  });

  it('names a folder that does not exist', async () => {
    const dir = await writeProject({});
    const run = await runGrantform(['validate', 'no-such-folder'], { cwd: dir });
    expect(run.exitCode).toBe(3);
    expect(run.stdout).toContain('no-such-folder:1:1: error: no-such-folder is not a directory: pass the folder that holds grantform.yaml (project)');
  });

  it('refuses a folder with both grantform.yaml and grantform.yml', async () => {
    const dir = await writeProject({ 'grantform.yaml': 'backend: { type: local }\n', 'grantform.yml': 'backend: { type: local }\n' });
    const run = await runGrantform(['validate'], { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('holds both grantform.yaml and grantform.yml: keep one');
  });
});
