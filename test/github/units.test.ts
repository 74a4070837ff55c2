// The small pieces: cutting markdown to a limit, reading the Actions
// environment, finding the sticky comment, redaction.

import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pacesWrites } from '../../src/github/client.js';
import { readActionsEnvironment } from '../../src/github/environment.js';
import { cutBytes, cutLine, fitMarkdown } from '../../src/github/limits.js';
import { redactor, secretValues } from '../../src/github/redaction.js';
import { findStickyComment } from '../../src/github/sticky-comment.js';
import { toRepositoryPath } from '../../src/github/repository-paths.js';
import { HEAD_SHA, tempDir } from './support.js';

describe('pacesWrites', () => {
  it("paces writes against GitHub and GitHub Enterprise, not against an API on loopback", () => {
    expect(pacesWrites({ baseUrl: 'https://api.github.com' })).toBe(true);
    expect(pacesWrites({ baseUrl: 'https://ghe.example.com/api/v3' })).toBe(true);
    expect(pacesWrites({ baseUrl: 'http://10.0.0.5/api/v3' })).toBe(true);
    for (const loopback of ['http://127.0.0.1:8080', 'http://127.5.0.1', 'http://localhost:3000', 'http://[::1]:9000']) expect(pacesWrites({ baseUrl: loopback }), loopback).toBe(false);
    expect(pacesWrites({ baseUrl: 'http://127.0.0.1:8080', paceWrites: true })).toBe(true);
    expect(pacesWrites({ baseUrl: 'https://api.github.com', paceWrites: false })).toBe(false);
  });
});

describe('fitMarkdown', () => {
  const note = (omitted: number) => `_${omitted} more lines cut._`;

  it('leaves text that fits alone', () => {
    expect(fitMarkdown('a\nb\n', { max: 100, note })).toEqual({ text: 'a\nb\n', truncated: false });
  });

  it('cuts at a line boundary, closes an open fence and folds, and ends with the note', () => {
    const markdown = ['<details><summary>x</summary>', '', '```diff', ...Array.from({ length: 100 }, (_, index) => `+ line ${index}`), '```', '</details>'].join('\n');
    const fitted = fitMarkdown(markdown, { max: 300, note });
    expect(fitted.truncated).toBe(true);
    expect(fitted.text.length).toBeLessThanOrEqual(300);
    expect(fitted.text).toMatch(/\+ line \d+\n```\n\n<\/details>\n\n_\d+ more lines cut\._\n$/);
    expect(fitted.text.split('\n').every((line) => line === '' || line.startsWith('+ line') || /^(<details>|```|<\/details>|_)/.test(line))).toBe(true);
  });

  it('counts UTF-8 bytes when asked', () => {
    const fitted = fitMarkdown('é'.repeat(50) + '\n' + 'é'.repeat(50), { max: 120, unit: 'utf8', note });
    expect(Buffer.byteLength(fitted.text, 'utf8')).toBeLessThanOrEqual(120);
  });

  it('never splits a surrogate pair or a UTF-8 sequence', () => {
    expect(cutLine('😀😀😀', 4)).toBe('😀…');
    expect(cutBytes('😀😀', 6)).toBe('…');
    expect(cutBytes('ab😀c', 6)).toBe('ab…');
  });
});

describe('readActionsEnvironment', () => {
  async function eventFile(payload: object): Promise<string> {
    const file = path.join(await tempDir(), 'event.json');
    await writeFile(file, JSON.stringify(payload));
    return file;
  }
  const base = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/sigma-access', GITHUB_SHA: 'f'.repeat(40) };

  it('takes the pull request head commit, not the merge commit, and tells a fork', async () => {
    const file = await eventFile({ pull_request: { number: 3, head: { sha: HEAD_SHA, repo: { full_name: 'someone/sigma-access' } }, base: { repo: { full_name: 'acme/sigma-access' } } } });
    const reading = await readActionsEnvironment({ ...base, GITHUB_EVENT_PATH: file, GITHUB_EVENT_NAME: 'pull_request', GITHUB_RUN_ID: '5' });
    expect(reading).toEqual({
      ok: true,
      environment: expect.objectContaining({
        owner: 'acme',
        repo: 'sigma-access',
        headSha: HEAD_SHA,
        pullRequest: { number: 3, headSha: HEAD_SHA, fromFork: true },
        apiUrl: 'https://api.github.com',
        runUrl: 'https://github.com/acme/sigma-access/actions/runs/5',
      }),
    });
  });

  it('uses GITHUB_SHA on a push', async () => {
    const file = await eventFile({ ref: 'refs/heads/main', after: 'f'.repeat(40) });
    const reading = await readActionsEnvironment({ ...base, GITHUB_EVENT_PATH: file, GITHUB_EVENT_NAME: 'push', GITHUB_API_URL: 'https://ghe.example.com/api/v3/' });
    expect(reading.ok && reading.environment.headSha).toBe('f'.repeat(40));
    expect(reading.ok && reading.environment.pullRequest).toBeUndefined();
    expect(reading.ok && reading.environment.apiUrl).toBe('https://ghe.example.com/api/v3');
  });

  it('says what is missing, and what is wrong with the event file', async () => {
    expect(await readActionsEnvironment({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'a/b', GITHUB_SHA: 'x' })).toEqual({
      ok: false,
      reason: 'report github runs inside a GitHub Actions job, and GITHUB_EVENT_PATH is not set: run it as a workflow step (see examples/github/grantform.yml)',
    });
    const reading = await readActionsEnvironment({ ...base, GITHUB_EVENT_PATH: '/nonexistent/event.json' });
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.reason).toMatch(/^cannot read the event payload at GITHUB_EVENT_PATH \(\/nonexistent\/event\.json\)/);
    expect(await readActionsEnvironment({ ...base, GITHUB_REPOSITORY: 'nope', GITHUB_EVENT_PATH: '/x' })).toEqual({ ok: false, reason: 'GITHUB_REPOSITORY is "nope", not OWNER/NAME' });
  });
});

describe('findStickyComment', () => {
  const marker = '<!-- grantform:report project=access -->';
  it('takes a comment that starts with the marker, a bot before a person', () => {
    const comments = [
      { id: 1, body: `> ${marker}\n> quoted`, htmlUrl: undefined, authorType: 'User' },
      { id: 2, body: `${marker}\npasted by hand`, htmlUrl: undefined, authorType: 'User' },
      { id: 3, body: `${marker}\nours`, htmlUrl: undefined, authorType: 'Bot' },
      { id: 4, body: '<!-- grantform:report project=access%2Fprod -->', htmlUrl: undefined, authorType: 'Bot' },
    ];
    expect(findStickyComment(comments, marker)?.id).toBe(3);
    expect(findStickyComment(comments.slice(0, 2), marker)?.id).toBe(2);
    expect(findStickyComment(comments.slice(0, 1), marker)).toBeUndefined();
  });
});

describe('redaction and paths', () => {
  it('hides secret-looking environment values, longest first, and leaves short ones', () => {
    const redact = redactor(secretValues({ GITHUB_TOKEN: 'ghs_abcdefgh', MY_PASSWORD: 'ghs_abcdefgh_longer', PIN_SECRET: '1234', HOME: '/home/runner' }));
    expect(redact('ghs_abcdefgh_longer ghs_abcdefgh 1234 /home/runner')).toBe('*** *** 1234 /home/runner');
  });

  it('maps paths to the repository root, and refuses those outside', () => {
    expect(toRepositoryPath('teams/sales.yaml', '/repo/access', '/repo')).toBe('access/teams/sales.yaml');
    expect(toRepositoryPath('/repo/access/a.yaml', '/elsewhere', '/repo')).toBe('access/a.yaml');
    expect(toRepositoryPath('../outside.yaml', '/repo', '/repo')).toBeUndefined();
  });
});
