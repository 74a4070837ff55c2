// The last guard before anything leaves: every text grantform posts to
// GitHub or prints in a job has the values of the token and of secret-looking
// environment variables replaced by `***`. Nothing should carry them in the
// first place (plans hold `{ env: NAME }`, never values); this makes sure.

import type { CheckRunOutput, GitHubClient } from './client.js';
import type { Environment } from './environment.js';
import { secretMasker } from '../model/secret-forms.js';

export type Redact = (text: string) => string;

/** Shorter values would also match ordinary words and numbers. */
const MIN_SECRET_LENGTH = 8;
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|PRIVATE_KEY|API_KEY|CREDENTIAL/i;

/** Values to hide: the named ones, and those of environment variables whose names say they are secret. */
export function secretValues(env: Environment, alsoNamed: readonly string[] = []): string[] {
  const values = new Set<string>();
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && SECRET_NAME.test(name)) values.add(value);
  }
  for (const name of alsoNamed) {
    const value = env[name];
    if (value !== undefined) values.add(value);
  }
  return [...values].filter((value) => value.trim().length >= MIN_SECRET_LENGTH);
}

/** Hides each secret as itself and in its encoded forms (Basic, base64, URL, JSON: src/model/secret-forms.ts). */
export function redactor(secrets: readonly string[]): Redact {
  return secretMasker(secrets, '***');
}

/** A client that redacts every text it sends. */
export function redactingClient(client: GitHubClient, redact: Redact): GitHubClient {
  const output = (value: CheckRunOutput): CheckRunOutput => ({
    title: redact(value.title),
    summary: redact(value.summary),
    ...(value.text !== undefined && { text: redact(value.text) }),
    ...(value.annotations !== undefined && {
      annotations: value.annotations.map((annotation) => ({
        ...annotation,
        path: redact(annotation.path),
        message: redact(annotation.message),
        ...(annotation.title !== undefined && { title: redact(annotation.title) }),
        ...(annotation.raw_details !== undefined && { raw_details: redact(annotation.raw_details) }),
      })),
    }),
  });
  return {
    createCheckRun: (repository, run) => client.createCheckRun(repository, { ...run, output: output(run.output) }),
    updateCheckRun: (repository, id, update) => client.updateCheckRun(repository, id, { ...update, output: output(update.output) }),
    listIssueComments: (repository, issueNumber) => client.listIssueComments(repository, issueNumber),
    createIssueComment: (repository, issueNumber, body) => client.createIssueComment(repository, issueNumber, redact(body)),
    updateIssueComment: (repository, commentId, body) => client.updateIssueComment(repository, commentId, redact(body)),
  };
}
