// No source text from a file that may not be YAML (#17): messages quote a
// file's text only once it is recognised as access YAML, never a value under
// a secret-looking key, and never the yaml package's excerpts.

import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/config/load-project.js';
import { writeProject } from '../support/temp-project.js';

const SECRET = 'tok-4f1d9e-do-not-print';

async function messages(files: Record<string, string>): Promise<string[]> {
  const dir = await writeProject({ 'grantform.yaml': 'backend:\n  type: local\n', ...files });
  return (await loadProject(dir)).diagnostics.map((each) => each.message);
}

describe('messages about files that may not be YAML', () => {
  it.each([
    ['a scalar after a mapping', `[http]\n\textraheader = AUTHORIZATION: basic ${SECRET}\n`],
    ['a stream of tokens', `a: 1\n: ${SECRET}\n`],
    ['an invalid escape', `x: "\\q${SECRET}"\n`],
    ['an unresolved tag', `x: !<tag:${SECRET}> 1\n`],
    ['an unterminated quote', `x: "${SECRET}\n`],
    ['a duplicate key', `${SECRET}: 1\n${SECRET}: 2\n`],
    ['an anchor', `${SECRET}: &${SECRET} 1\n`],
    ['an unknown key', `${SECRET}: 1\n`],
  ])('%s: one sentence, without the text', async (_name, text) => {
    const found = await messages({ 'x.yaml': text });
    expect(found).toHaveLength(1);
    expect(found[0]).not.toContain(SECRET);
    expect(found[0]).not.toContain('tok-');
  });

  it('keeps the kind of a syntax error, without the excerpt yaml appends', async () => {
    expect(await messages({ 'x.yaml': 'users: [a, b\n' })).toEqual(['flow sequence in block collection must be sufficiently indented and end with a ]']);
    expect(await messages({ 'x.yaml': `a: 1\n- ${SECRET}\n` })).toEqual([expect.stringMatching(/^[a-z ,:'-]+$/)]);
  });

  it('quotes an access file’s values escaped, and names a secret-looking key without its value', async () => {
    expect(await messages({ 'x.yaml': 'grants:\n  - team: All Members\n    object: pg\n    access: "use\\tnow"\n' })).toEqual([
      'access "use\\u{9}now" is not one of write-only, use, use-and-annotate or admin',
    ]);
    expect(await messages({ 'x.yaml': `users:\n  - email: a@example.com\n    accountType: Viewer\n    apiKey: ${SECRET}\n` })).toEqual([
      'unknown property "apiKey" in user "a@example.com"; expected "email", "accountType", "firstName", "lastName" or "managedBy"',
    ]);
    expect(await messages({ 'x.yaml': `connections:\n  - name: pg\n    type: postgres\n    details: { host: h, user: u, password: ${SECRET} }\n` })).toEqual([
      'password: a secret is written { env: NAME } and read from the environment variable NAME, never written in YAML',
    ]);
  });

  it('shows a key of an unrecognised file only when it is one typo from a known key', async () => {
    expect(await messages({ 'x.yaml': 'user: []\n' })).toEqual(['unknown top-level key "user"; did you mean "users"?']);
    expect((await messages({ 'x.yaml': `${SECRET}: []\n` }))[0]).toMatch(/^unknown top-level key; expected /);
  });
});
