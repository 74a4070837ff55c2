// --fix on YAML text: every case removes some grants from a real loaded
// project and checks the exact text, that everything else is byte-identical,
// that the result loads with exactly the remaining grants, and that removing
// nothing changes nothing.

import { describe, expect, it } from 'vitest';
import { loadProject } from '../../config/load-project.js';
import { writeProject } from '../../../test/support/temp-project.js';
import type { GrantDecl } from '../../model/project.js';
import { fixProject } from './fix-project.js';

const ORG = `connections:
  - name: c
    type: snowflake
teams:
  - name: A
  - name: B
  - name: C
  - name: D
`;

/** Loads `yaml` as access.yaml and removes the grants of the teams named in `teams`. */
async function removeTeams(yaml: string, teams: readonly string[]): Promise<string> {
  const dir = await writeProject({ 'grantform.yaml': 'backend:\n  type: local\n', 'org.yaml': ORG, 'access.yaml': yaml });
  const { project, diagnostics } = await loadProject(dir, { cwd: dir });
  if (!project) throw new Error(diagnostics.map((d) => d.message).join('; '));
  const removed = new Set<GrantDecl>(project.grants.filter((grant) => grant.principal.kind === 'team' && teams.includes(grant.principal.name)));
  const [fixed] = fixProject(project, new Map([['access.yaml', removed]]));
  const text = fixed?.text ?? yaml;
  // The result loads, with exactly the grants that stay.
  const again = await writeProject({ 'grantform.yaml': 'backend:\n  type: local\n', 'org.yaml': ORG, 'access.yaml': text });
  const reloaded = await loadProject(again, { cwd: again });
  expect(reloaded.diagnostics).toEqual([]);
  expect(reloaded.project?.grants.map((grant) => (grant.principal.kind === 'team' ? grant.principal.name : ''))).toEqual(
    project.grants.filter((grant) => !removed.has(grant)).map((grant) => (grant.principal.kind === 'team' ? grant.principal.name : '')),
  );
  return text;
}

const item = (team: string, extra = '') => `  - team: ${team}\n    object: c\n    access: use${extra}\n`;

describe('removing grants from YAML text', () => {
  it('removes one block item and keeps every other byte', async () => {
    const yaml = `# top comment\ngrants:\n${item('A')}${item('B', ' # why B')}${item('C')}\nusers: []   # trailing\n`;
    expect(await removeTeams(yaml, ['B'])).toBe(`# top comment\ngrants:\n${item('A')}${item('C')}\nusers: []   # trailing\n`);
  });

  it('takes the comments inside the item and on its last line', async () => {
    const yaml = `grants:\n${item('A')}  - team: B\n    # inside B\n    object: c\n    access: use # on the last line\n${item('C')}`;
    expect(await removeTeams(yaml, ['B'])).toBe(`grants:\n${item('A')}${item('C')}`);
  });

  it('takes a heading comment only with every item under it', async () => {
    const yaml = `grants:\n  # A and B\n${item('A')}${item('B')}\n  # C alone\n${item('C')}`;
    expect(await removeTeams(yaml, ['A'])).toBe(`grants:\n  # A and B\n${item('B')}\n  # C alone\n${item('C')}`);
    expect(await removeTeams(yaml, ['A', 'B'])).toBe(`grants:\n  # C alone\n${item('C')}`);
    expect(await removeTeams(yaml, ['C'])).toBe(`grants:\n  # A and B\n${item('A')}${item('B')}`);
  });

  it('leaves no double or leading blank line', async () => {
    const yaml = `grants:\n${item('A')}\n${item('B')}\n${item('C')}\nusers: []\n`;
    expect(await removeTeams(yaml, ['B'])).toBe(`grants:\n${item('A')}\n${item('C')}\nusers: []\n`);
    expect(await removeTeams(yaml, ['A'])).toBe(`grants:\n${item('B')}\n${item('C')}\nusers: []\n`);
    expect(await removeTeams(yaml, ['C'])).toBe(`grants:\n${item('A')}\n${item('B')}\nusers: []\n`);
  });

  it('leaves grants: [] when every item goes, keeping the comments of the key', async () => {
    const yaml = `# the grants\ngrants: # all of them\n  # A\n${item('A')}\n${item('B')}\nusers: []\n`;
    expect(await removeTeams(yaml, ['A', 'B'])).toBe(`# the grants\ngrants: [] # all of them\n\nusers: []\n`);
  });

  it('removes items of a block list written at column 1, with a lone dash, with CRLF line ends and without a final newline', async () => {
    expect(await removeTeams('grants:\n- team: A\n  object: c\n  access: use\n- team: B\n  object: c\n  access: use\n', ['A'])).toBe('grants:\n- team: B\n  object: c\n  access: use\n');
    expect(await removeTeams('grants:\n  -\n    team: A\n    object: c\n    access: use\n  - team: B\n    object: c\n    access: use', ['A'])).toBe('grants:\n  - team: B\n    object: c\n    access: use');
    expect(await removeTeams('grants:\r\n  - team: A\r\n    object: c\r\n    access: use\r\n  - team: B\r\n    object: c\r\n    access: use\r\n', ['B'])).toBe('grants:\r\n  - team: A\r\n    object: c\r\n    access: use\r\n');
  });

  it('removes items of a flow list with their commas', async () => {
    const yaml = 'grants: [ { team: A, object: c, access: use }, { team: B, object: c, access: use }, { team: C, object: c, access: use } ]\n';
    expect(await removeTeams(yaml, ['A'])).toBe('grants: [ { team: B, object: c, access: use }, { team: C, object: c, access: use } ]\n');
    expect(await removeTeams(yaml, ['B'])).toBe('grants: [ { team: A, object: c, access: use }, { team: C, object: c, access: use } ]\n');
    expect(await removeTeams(yaml, ['C'])).toBe('grants: [ { team: A, object: c, access: use }, { team: B, object: c, access: use } ]\n');
    expect(await removeTeams(yaml, ['B', 'C'])).toBe('grants: [ { team: A, object: c, access: use } ]\n');
    expect(await removeTeams(yaml, ['A', 'B', 'C'])).toBe('grants: []\n');
  });

  it('handles flow items inside a block list, and nested block objects', async () => {
    const yaml = 'grants:\n  - { team: A, object: c, access: use }\n  - team: B\n    object:\n      connection: c\n      database: D\n    access: use\n  - { team: C, object: c, access: use }\n';
    expect(await removeTeams(yaml, ['B'])).toBe('grants:\n  - { team: A, object: c, access: use }\n  - { team: C, object: c, access: use }\n');
    expect(await removeTeams(yaml, ['A'])).toBe('grants:\n  - team: B\n    object:\n      connection: c\n      database: D\n    access: use\n  - { team: C, object: c, access: use }\n');
  });

  it('changes nothing when nothing is removed', async () => {
    const yaml = `grants:\n${item('A')}`;
    expect(await removeTeams(yaml, [])).toBe(yaml);
  });
});
