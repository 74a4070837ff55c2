// What a GitHub Actions job tells a step about itself: the repository, the
// event (a pull request's number and head commit), the API to call, the
// token and the job summary file. Read from an environment passed in (the
// CLI hands over its context's env), never from process.env.

import { readFile } from 'node:fs/promises';

export type Environment = Readonly<Record<string, string | undefined>>;

export interface PullRequestRef {
  readonly number: number;
  /** The pull request's head commit: where its check run belongs (not the merge commit that the job checked out). */
  readonly headSha: string;
  /** The head lives in another repository: its token is read-only and secrets are withheld. */
  readonly fromFork: boolean;
}

export interface ActionsEnvironment {
  readonly owner: string;
  readonly repo: string;
  /** `https://api.github.com`, or a GitHub Enterprise Server's `/api/v3`. */
  readonly apiUrl: string;
  /** `https://github.com`, for links in comments and summaries. */
  readonly serverUrl: string;
  readonly eventName: string;
  /** The commit the check run is attached to: the pull request's head, else GITHUB_SHA. */
  readonly headSha: string;
  readonly pullRequest?: PullRequestRef;
  /** Absent when the workflow did not pass one (`env: GITHUB_TOKEN: ${{ github.token }}`). */
  readonly token?: string;
  readonly stepSummaryPath?: string;
  readonly workspace?: string;
  /** Link to this workflow run, where the job summary is shown. */
  readonly runUrl?: string;
}

export type EnvironmentReading =
  | { readonly ok: true; readonly environment: ActionsEnvironment }
  | { readonly ok: false; readonly reason: string };

const REQUIRED = ['GITHUB_ACTIONS', 'GITHUB_REPOSITORY', 'GITHUB_EVENT_PATH', 'GITHUB_SHA'] as const;

/** Reads the Actions environment; outside Actions, says in one sentence what is missing. */
export async function readActionsEnvironment(env: Environment): Promise<EnvironmentReading> {
  const missing = REQUIRED.filter((name) => present(env[name]) === undefined || (name === 'GITHUB_ACTIONS' && env[name] !== 'true'));
  if (missing.length > 0) {
    return {
      ok: false,
      reason: `report github runs inside a GitHub Actions job, and ${listNames(missing)} ${missing.length === 1 ? 'is' : 'are'} not set: run it as a workflow step (see examples/github/grantform.yml)`,
    };
  }
  const repository = env.GITHUB_REPOSITORY as string;
  const [owner, repo, ...rest] = repository.split('/');
  if (owner === undefined || repo === undefined || owner === '' || repo === '' || rest.length > 0) {
    return { ok: false, reason: `GITHUB_REPOSITORY is "${repository}", not OWNER/NAME` };
  }
  const eventPath = env.GITHUB_EVENT_PATH as string;
  let payload: unknown;
  try {
    payload = JSON.parse(await readFile(eventPath, 'utf8'));
  } catch (error) {
    return { ok: false, reason: `cannot read the event payload at GITHUB_EVENT_PATH (${eventPath}): ${error instanceof Error ? error.message : String(error)}` };
  }
  const eventName = present(env.GITHUB_EVENT_NAME) ?? 'unknown';
  const pullRequest = pullRequestOf(payload);
  const serverUrl = trimSlash(present(env.GITHUB_SERVER_URL) ?? 'https://github.com');
  const runId = present(env.GITHUB_RUN_ID);
  const token = present(env.GITHUB_TOKEN);
  const stepSummaryPath = present(env.GITHUB_STEP_SUMMARY);
  const workspace = present(env.GITHUB_WORKSPACE);
  return {
    ok: true,
    environment: {
      owner,
      repo,
      apiUrl: trimSlash(present(env.GITHUB_API_URL) ?? 'https://api.github.com'),
      serverUrl,
      eventName,
      headSha: pullRequest?.headSha ?? (env.GITHUB_SHA as string),
      ...(pullRequest !== undefined && { pullRequest }),
      ...(token !== undefined && { token }),
      ...(stepSummaryPath !== undefined && { stepSummaryPath }),
      ...(workspace !== undefined && { workspace }),
      ...(runId !== undefined && { runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` }),
    },
  };
}

/** `pull_request`, `pull_request_target` and `pull_request_review` payloads carry the pull request. */
function pullRequestOf(payload: unknown): PullRequestRef | undefined {
  const pr = field(payload, 'pull_request');
  const number = field(pr, 'number');
  const head = field(pr, 'head');
  const headSha = field(head, 'sha');
  if (typeof number !== 'number' || typeof headSha !== 'string' || headSha === '') return undefined;
  const headRepo = field(field(head, 'repo'), 'full_name');
  const baseRepo = field(field(field(pr, 'base'), 'repo'), 'full_name');
  // A deleted fork has no head repository: treat it as a fork.
  const fromFork = typeof headRepo !== 'string' || (typeof baseRepo === 'string' && headRepo !== baseRepo);
  return { number, headSha, fromFork };
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function present(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
