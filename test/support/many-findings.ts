// A project with many findings of every severity, for the outputs that must
// stay within GitHub's limits (workflow command caps, SARIF upload).

/** `users` users, each with a use grant on the connection and a redundant one below it (a warning each), `duplicates` duplicated team grants (an error each), `emptyTeams` empty teams (an info each). */
export function manyFindingsProject(counts: { users: number; duplicates: number; emptyTeams: number }): Record<string, string> {
  const users = Array.from({ length: counts.users }, (_, index) => `user${index}@example.com`);
  const teams = Array.from({ length: counts.duplicates }, (_, index) => `Team${index}`);
  const empty = Array.from({ length: counts.emptyTeams }, (_, index) => `Empty${index}`);
  const lines = [
    'connections:',
    '  - name: snowflake-prod',
    '    type: snowflake',
    'users:',
    ...users.map((email) => `  - email: ${email}\n    accountType: Creator`),
    'teams:',
    ...teams.map((name, index) => `  - name: ${name}\n    members: [${users[index % Math.max(1, users.length)] ?? 'user0@example.com'}]`),
    ...empty.map((name) => `  - name: ${name}\n    members: []`),
    'grants:',
    ...users.flatMap((email) => [
      `  - user: ${email}\n    object: snowflake-prod\n    access: use`,
      `  - user: ${email}\n    object: snowflake-prod/ANALYTICS\n    access: use`,
    ]),
    ...teams.flatMap((name) => [
      `  - team: ${name}\n    object: snowflake-prod/SALES\n    access: use-and-annotate`,
      `  - team: ${name}\n    object: snowflake-prod/SALES\n    access: use-and-annotate`,
    ]),
  ];
  return { 'grantform.yaml': 'backend:\n  type: local\n', 'access/many.yaml': `${lines.join('\n')}\n` };
}
