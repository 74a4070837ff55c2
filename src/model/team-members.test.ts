import { describe, expect, it } from 'vitest';
import type { TeamDecl, UserDecl } from './project.js';
import { resolveMembers } from './team-members.js';

const span = { file: 'teams.yaml', start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } };
const user = (email: string): UserDecl => ({ email, accountType: 'Creator', managedBy: 'grantform', span, emailSpan: span, accountTypeSpan: span });
const team = (...emails: string[]): TeamDecl => ({ name: 'Sales', members: emails.map((email) => ({ email, span })), managedBy: 'grantform', previously: [], span, nameSpan: span });

describe('resolveMembers', () => {
  it('gives the declared users in the team order, each once, and the members nobody declares', () => {
    const users = new Map([['a@x.io', user('a@x.io')], ['b@x.io', user('b@x.io')]]);
    const sales = team('b@x.io', 'ghost@x.io', 'a@x.io', 'b@x.io');
    const resolved = resolveMembers(sales, users);
    expect(resolved.users).toEqual([users.get('b@x.io'), users.get('a@x.io')]);
    expect(resolved.undeclared.map((member) => member.email)).toEqual(['ghost@x.io']);
  });

  it('answers again for another users map: a later version of the project, where a member is declared or gone', () => {
    const sales = team('a@x.io', 'b@x.io');
    const before = new Map([['a@x.io', user('a@x.io')]]);
    expect(resolveMembers(sales, before).users.map((each) => each.email)).toEqual(['a@x.io']);
    // The same map: the remembered answer.
    expect(resolveMembers(sales, before)).toBe(resolveMembers(sales, before));
    const after = new Map([['b@x.io', user('b@x.io')]]);
    expect(resolveMembers(sales, after).users.map((each) => each.email)).toEqual(['b@x.io']);
    expect(resolveMembers(sales, after).undeclared.map((member) => member.email)).toEqual(['a@x.io']);
  });
});
