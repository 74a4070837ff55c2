// One comment per pull request and project, found again by its hidden
// marker and edited in place: a push never adds a second comment. Only a
// comment that starts with the marker counts (a reviewer quoting it does
// not), and a bot's is preferred to one that a person pasted.

import type { GitHubClient, IssueComment, RepositoryRef } from './client.js';

export interface StickyCommentResult {
  readonly action: 'created' | 'updated' | 'unchanged';
  readonly comment: IssueComment;
}

export function findStickyComment(comments: readonly IssueComment[], marker: string): IssueComment | undefined {
  const marked = comments.filter((comment) => comment.body.trimStart().startsWith(marker));
  return marked.find((comment) => comment.authorType === 'Bot') ?? marked[0];
}

export async function upsertStickyComment(client: GitHubClient, repository: RepositoryRef, issueNumber: number, marker: string, body: string): Promise<StickyCommentResult> {
  const existing = findStickyComment(await client.listIssueComments(repository, issueNumber), marker);
  if (existing === undefined) return { action: 'created', comment: await client.createIssueComment(repository, issueNumber, body) };
  if (existing.body === body) return { action: 'unchanged', comment: existing };
  return { action: 'updated', comment: await client.updateIssueComment(repository, existing.id, body) };
}
