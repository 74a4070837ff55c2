// The few GitHub REST calls that reporting makes, behind an interface so that
// the report is given a client rather than building one. The implementation
// is octokit's Octokit, whose retry plugin retries 5xx answers with backoff
// and whose throttling plugin paces writes and waits out rate limits.

import { Octokit, RequestError } from './octokit.js';
import type { ProxyEnvironment } from '../net/proxy-env.js';
import { proxiedFetch } from './proxy-fetch.js';

export type AnnotationLevel = 'notice' | 'warning' | 'failure';

/** One annotation, as the checks API takes it. */
export interface CheckAnnotation {
  readonly path: string;
  readonly start_line: number;
  readonly end_line: number;
  /** Only when start_line equals end_line: GitHub refuses columns across lines. */
  readonly start_column?: number;
  readonly end_column?: number;
  readonly annotation_level: AnnotationLevel;
  readonly message: string;
  readonly title?: string;
  readonly raw_details?: string;
}

export interface CheckRunOutput {
  readonly title: string;
  readonly summary: string;
  readonly text?: string;
  readonly annotations?: readonly CheckAnnotation[];
}

export interface RepositoryRef {
  readonly owner: string;
  readonly repo: string;
}

export interface CreatedCheckRun {
  readonly id: number;
  readonly htmlUrl: string | undefined;
}

export interface IssueComment {
  readonly id: number;
  readonly body: string;
  readonly htmlUrl: string | undefined;
  /** `Bot` for github-actions[bot]; the sticky comment prefers a bot's. */
  readonly authorType: string | undefined;
}

export interface GitHubClient {
  createCheckRun(repository: RepositoryRef, run: { name: string; headSha: string; detailsUrl?: string; startedAt: string; output: CheckRunOutput }): Promise<CreatedCheckRun>;
  updateCheckRun(
    repository: RepositoryRef,
    checkRunId: number,
    update: { output: CheckRunOutput; conclusion?: 'failure' | 'neutral' | 'success'; completedAt?: string },
  ): Promise<void>;
  listIssueComments(repository: RepositoryRef, issueNumber: number): Promise<IssueComment[]>;
  createIssueComment(repository: RepositoryRef, issueNumber: number, body: string): Promise<IssueComment>;
  updateIssueComment(repository: RepositoryRef, commentId: number, body: string): Promise<IssueComment>;
}

/** A call GitHub refused. Holds the status and GitHub's message, never a header or the token. */
export class GitHubApiError extends Error {
  override readonly name = 'GitHubApiError';
  constructor(
    readonly operation: string,
    readonly status: number | undefined,
    detail: string,
  ) {
    super(`${operation} failed${status === undefined ? '' : ` (HTTP ${status})`}: ${detail}`);
  }
}

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface OctokitClientOptions {
  readonly baseUrl: string;
  readonly token: string;
  readonly userAgent: string;
  readonly log: Logger;
  /** Multiplies the retry plugin's waits (1, 4, 9 s by default); tests make them short. */
  readonly retryBaseMs?: number;
  /**
   * GitHub's pacing of writes (1 s apart, 3 s for comments), against its
   * secondary rate limits. Default: on, except for an API on a loopback
   * address (a local mock or the tests' fake GitHub), which has no such
   * limits; the rate-limit handlers stay either way.
   */
  readonly paceWrites?: boolean;
  /** Retries of one request on a rate limit before giving up. */
  readonly rateLimitRetries?: number;
  /** Where HTTPS_PROXY, HTTP_PROXY and NO_PROXY are read (proxy-fetch.ts); default none. */
  readonly env?: ProxyEnvironment;
}

export function createOctokitClient(options: OctokitClientOptions): GitHubClient {
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    const retry = retryCount < rateLimitRetries;
    options.log.warn(`GitHub ${kind} on ${request.method} ${request.url}: ${retry ? `retrying in ${retryAfter} s` : 'giving up'}`);
    return retry;
  };
  const fetch = options.env && proxiedFetch(options.env);
  const octokit = new Octokit({
    auth: options.token,
    ...(fetch && { request: { fetch } }),
    baseUrl: options.baseUrl,
    userAgent: options.userAgent,
    log: options.log,
    retry: { retryAfterBaseValue: options.retryBaseMs ?? 1000 },
    throttle: {
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
      ...(options.retryBaseMs !== undefined && { retryAfterBaseValue: options.retryBaseMs }),
      ...(!pacesWrites(options) && { enabled: false }),
    },
  });
  return new OctokitGitHubClient(octokit);
}

class OctokitGitHubClient implements GitHubClient {
  constructor(private readonly octokit: Octokit) {}

  async createCheckRun(repository: RepositoryRef, run: { name: string; headSha: string; detailsUrl?: string; startedAt: string; output: CheckRunOutput }): Promise<CreatedCheckRun> {
    const response = await call('create the check run', () =>
      this.octokit.rest.checks.create({
        ...repository,
        name: run.name,
        head_sha: run.headSha,
        status: 'in_progress',
        started_at: run.startedAt,
        ...(run.detailsUrl !== undefined && { details_url: run.detailsUrl }),
        output: outputOf(run.output),
      }),
    );
    return { id: response.data.id, htmlUrl: response.data.html_url ?? undefined };
  }

  async updateCheckRun(
    repository: RepositoryRef,
    checkRunId: number,
    update: { output: CheckRunOutput; conclusion?: 'failure' | 'neutral' | 'success'; completedAt?: string },
  ): Promise<void> {
    await call('update the check run', () =>
      this.octokit.rest.checks.update({
        ...repository,
        check_run_id: checkRunId,
        ...(update.conclusion !== undefined && { status: 'completed' as const, conclusion: update.conclusion }),
        ...(update.completedAt !== undefined && { completed_at: update.completedAt }),
        output: outputOf(update.output),
      }),
    );
  }

  async listIssueComments(repository: RepositoryRef, issueNumber: number): Promise<IssueComment[]> {
    const comments = await call('list the pull request comments', () =>
      this.octokit.paginate(this.octokit.rest.issues.listComments, { ...repository, issue_number: issueNumber, per_page: 100 }),
    );
    return comments.map(commentOf);
  }

  async createIssueComment(repository: RepositoryRef, issueNumber: number, body: string): Promise<IssueComment> {
    const response = await call('create the pull request comment', () => this.octokit.rest.issues.createComment({ ...repository, issue_number: issueNumber, body }));
    return commentOf(response.data);
  }

  async updateIssueComment(repository: RepositoryRef, commentId: number, body: string): Promise<IssueComment> {
    const response = await call('update the pull request comment', () => this.octokit.rest.issues.updateComment({ ...repository, comment_id: commentId, body }));
    return commentOf(response.data);
  }
}

function outputOf(output: CheckRunOutput): { title: string; summary: string; text?: string; annotations?: CheckAnnotation[] } {
  return {
    title: output.title,
    summary: output.summary,
    ...(output.text !== undefined && { text: output.text }),
    ...(output.annotations !== undefined && output.annotations.length > 0 && { annotations: [...output.annotations] }),
  };
}

function commentOf(data: { id: number; body?: string | undefined; html_url?: string; user?: { type?: string } | null }): IssueComment {
  return { id: data.id, body: data.body ?? '', htmlUrl: data.html_url, authorType: data.user?.type };
}

async function call<T>(operation: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (error instanceof RequestError) {
      throw new GitHubApiError(operation, error.status, messageOf(error));
    }
    throw new GitHubApiError(operation, undefined, error instanceof Error ? error.message : String(error));
  }
}

/** GitHub's own words from the response body, else the error's first line. */
function messageOf(error: RequestError): string {
  const data = error.response?.data;
  if (typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string') {
    return (data as { message: string }).message;
  }
  return error.message.split('\n')[0] ?? 'no detail';
}

/** Whether writes are paced as GitHub asks: as the options say, else everywhere but on a loopback API. */
export function pacesWrites(options: Pick<OctokitClientOptions, 'baseUrl' | 'paceWrites'>): boolean {
  return options.paceWrites ?? !isLoopback(options.baseUrl);
}

/** Whether the API is on this machine: 127.0.0.0/8, ::1 or localhost. */
function isLoopback(baseUrl: string): boolean {
  let host: string;
  try {
    host = new URL(baseUrl).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return false;
  }
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
