// reportToGitHub against a fake GitHub on loopback that validates every
// request against GitHub's OpenAPI description: annotation batching, the
// sticky comment, the 403 fallback, truncation and secrets.

import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { workflowCommandWriter } from '../../src/cli/views/github-workflow-commands.js';
import { commentMarker } from '../../src/github/comment-body.js';
import { COMMENT_BODY_MAX, CHECK_OUTPUT_TEXT_MAX, STEP_SUMMARY_BYTES_MAX } from '../../src/github/limits.js';
import { redactor, secretValues } from '../../src/github/redaction.js';
import { reportToGitHub, type GitHubReportInput } from '../../src/github/report.js';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../support/fake-github.js';
import { HEAD_SHA, TOKEN, actionsEnvironment, clientFor, findingsOf, markdownOf, planOf } from './support.js';

let fake: FakeGitHub | undefined;

async function startFake(options: Partial<FakeGitHubOptions> = {}): Promise<FakeGitHub> {
  fake = await startFakeGitHub({ token: TOKEN, ...options });
  return fake;
}

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const noSecrets = redactor([TOKEN]);

async function inputFor(server: FakeGitHub, overrides: Partial<GitHubReportInput> = {}): Promise<GitHubReportInput> {
  const plan = planOf(3, 1, 1);
  return {
    environment: await actionsEnvironment(server.url),
    projectPath: 'access',
    findings: findingsOf(2),
    plan: { document: plan, markdown: markdownOf(plan), file: 'plan.out' },
    client: clientFor(server.url),
    redact: noSecrets,
    workflowCommands: workflowCommandWriter,
    ...overrides,
  };
}

describe('check run annotations', () => {
  it.each([
    [0, 1],
    [1, 1],
    [50, 1],
    [51, 2],
    [500, 10],
  ])('%i findings go out in %i update(s) of at most 50, the last one completing the run', async (count, updates) => {
    const server = await startFake();
    const outcome = await reportToGitHub(await inputFor(server, { findings: findingsOf(count), environment: await actionsEnvironment(server.url, { pullRequest: undefined, eventName: 'push' }) }));

    expect(server.violations).toEqual([]);
    const creates = server.requests.filter((request) => request.operation === 'checks/create');
    const patches = server.requests.filter((request) => request.operation === 'checks/update');
    expect(creates).toHaveLength(1);
    expect(patches).toHaveLength(updates);
    expect(creates[0]?.body).toMatchObject({ name: 'grantform', head_sha: HEAD_SHA, status: 'in_progress' });
    for (const [index, patch] of patches.entries()) {
      const body = patch.body as { output: { annotations?: unknown[] }; conclusion?: string; status?: string };
      expect(body.output.annotations?.length ?? 0).toBeLessThanOrEqual(50);
      expect(body.conclusion !== undefined).toBe(index === patches.length - 1);
    }
    const run = server.checkRuns[0];
    expect(run?.annotations).toHaveLength(count);
    expect(run?.status).toBe('completed');
    const errors = Math.ceil(count / 3);
    expect(run?.conclusion).toBe(count === 0 ? 'success' : errors > 0 ? 'failure' : 'neutral');
    expect(outcome.checkRun?.requests).toBe(1 + updates);
    expect(outcome.exitCode).toBe(errors > 0 ? 1 : 0);
    expect(outcome.fellBack).toBe(false);
  });

  it('annotates the exact lines, with columns only on one line, level from severity and the rule as title', async () => {
    const server = await startFake();
    const [first, second, third] = findingsOf(3);
    const findings = [
      { ...(first as NonNullable<typeof first>), fixable: true, related: [{ message: 'Sales gives use-and-annotate here', path: 'access/teams.yaml', line: 3, column: 5 }] },
      { ...(second as NonNullable<typeof second>), line: 7, endLine: 9, column: 3, endColumn: 12 },
      third as NonNullable<typeof third>,
    ];
    await reportToGitHub(await inputFor(server, { findings }));
    expect(server.violations).toEqual([]);
    const annotations = server.checkRuns[0]?.annotations ?? [];
    expect(annotations[0]).toEqual({
      path: 'access/sales.yaml',
      start_line: 1,
      end_line: 1,
      start_column: 5,
      end_column: 20,
      annotation_level: 'failure',
      title: 'redundant-grant',
      message: 'grant 0 has no effect: team Sales already gives use-and-annotate (fixable: grantform lint --fix)',
      raw_details: 'access/teams.yaml:3:5: Sales gives use-and-annotate here',
    });
    expect(annotations[1]).toEqual(expect.objectContaining({ start_line: 7, end_line: 9, annotation_level: 'warning' }));
    expect(annotations[1]).not.toHaveProperty('start_column');
    expect(annotations[1]).not.toHaveProperty('end_column');
    expect(annotations[2]?.annotation_level).toBe('notice');
    expect(server.checkRuns[0]?.conclusion).toBe('failure');
  });

  it('cuts a title over 255 characters and a message over 64 KB, and says a finding outside the repository cannot be annotated', async () => {
    const server = await startFake();
    const findings = [
      ...findingsOf(1, { rule: 'r'.repeat(400), message: 'é'.repeat(70_000), severity: 'warning' }),
      ...findingsOf(1, { path: undefined, shownPath: '/elsewhere/access.yaml', severity: 'warning' }),
    ];
    const outcome = await reportToGitHub(await inputFor(server, { findings }));
    expect(server.violations).toEqual([]);
    const [annotation] = server.checkRuns[0]?.annotations ?? [];
    expect(annotation?.title?.length).toBe(255);
    expect(annotation?.title?.endsWith('…')).toBe(true);
    expect(Buffer.byteLength(annotation?.message ?? '', 'utf8')).toBeLessThanOrEqual(64 * 1024);
    expect(server.checkRuns[0]?.annotations).toHaveLength(1);
    expect(server.checkRuns[0]?.output.summary).toContain('/elsewhere/access.yaml:1:5');
    expect(server.checkRuns[0]?.conclusion).toBe('neutral');
    expect(outcome.exitCode).toBe(0);
  });

  it('retries a request that GitHub answered 502', async () => {
    const server = await startFake({ failOnce: [{ operation: 'checks/create', status: 502 }] });
    const outcome = await reportToGitHub(await inputFor(server));
    expect(server.requests.filter((request) => request.operation === 'checks/create').map((request) => request.status)).toEqual([502, 201]);
    expect(outcome.checkRun).toBeDefined();
  });
});

describe('the sticky comment', () => {
  it('is created on the first run and updated in place on the second: one comment in the end', async () => {
    const server = await startFake();
    // Enough comments from others to need a second page, one of them quoting the marker.
    for (let index = 0; index < 120; index += 1) server.seedComment(42, `looks good ${index}`);
    server.seedComment(42, `> ${commentMarker('access')}\n> quoted by a reviewer`);

    const first = await reportToGitHub(await inputFor(server));
    expect(first.comment?.action).toBe('created');
    const plan = planOf(1, 2, 0);
    const second = await reportToGitHub(await inputFor(server, { plan: { document: plan, markdown: markdownOf(plan), file: 'plan.out' } }));
    expect(second.comment?.action).toBe('updated');

    expect(server.violations).toEqual([]);
    const ours = server.comments.filter((comment) => comment.body.startsWith(commentMarker('access')));
    expect(ours).toHaveLength(1);
    expect(ours[0]?.body).toContain('Plan: 1 to create, 0 to update, 2 to delete, 0 to replace.');
    expect(server.requests.filter((request) => request.operation === 'issues/create-comment')).toHaveLength(1);
    expect(server.requests.filter((request) => request.operation === 'issues/update-comment')).toHaveLength(1);
    expect(server.requests.filter((request) => request.operation === 'issues/list-comments').length).toBeGreaterThanOrEqual(4);
  });

  it('shows the summary line, deletions and replacements first, the plan folded, lint counts and a link to the check run', async () => {
    const server = await startFake();
    await reportToGitHub(await inputFor(server));
    const body = server.comments[0]?.body ?? '';
    const order = [
      commentMarker('access'),
      'Plan: 3 to create, 0 to update, 1 to delete, 1 to replace.',
      '**delete** `grant.user.old0@example.com@snowflake-prod/ANALYTICS`',
      '**replace** `grant.team.Team0@snowflake-prod` (lowered from use-and-annotate to use)',
      '<details>',
      '<summary>Full plan: 5 changes</summary>',
      '</details>',
      '**Lint:** ❌ 1 error, 1 warning, 0 infos',
      `[grantform check run](https://github.com/acme/sigma-access/runs/${server.checkRuns[0]?.id})`,
    ];
    let at = -1;
    for (const part of order) {
      const next = body.indexOf(part, at + 1);
      expect(next, part).toBeGreaterThan(at);
      at = next;
    }
  });

  it('keeps one comment per project folder', async () => {
    const server = await startFake();
    await reportToGitHub(await inputFor(server, { projectPath: 'access/prod' }));
    await reportToGitHub(await inputFor(server, { projectPath: 'access/staging' }));
    await reportToGitHub(await inputFor(server, { projectPath: 'access/prod' }));
    expect(server.comments).toHaveLength(2);
  });

  it('is not written on a push: the check run goes on GITHUB_SHA', async () => {
    const server = await startFake();
    const environment = await actionsEnvironment(server.url, { eventName: 'push', pullRequest: undefined, headSha: 'b'.repeat(40) });
    const outcome = await reportToGitHub(await inputFor(server, { environment }));
    expect(server.requests.some((request) => request.operation.startsWith('issues/'))).toBe(false);
    expect(server.checkRuns[0]?.head_sha).toBe('b'.repeat(40));
    expect(outcome.output).toContain('No pull request in this push event');
  });
});

describe('when the token cannot write (403)', () => {
  it('prints the findings as workflow commands, writes the job summary and exits by the findings', async () => {
    const server = await startFake({ forbid: ['checks', 'comments'] });
    const input = await inputFor(server, { findings: findingsOf(2).map((finding) => ({ ...finding, severity: 'warning' as const, message: 'a: b, 100%\nsecond line' })) });
    const outcome = await reportToGitHub(input);
    expect(outcome.fellBack).toBe(true);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.output).toContain('::warning::The token cannot write check runs (create the check run failed (HTTP 403): Resource not accessible by integration)');
    expect(outcome.output).toContain('::warning file=access/sales.yaml,line=1,endLine=1,col=5,endColumn=20,title=grantform%3A redundant-grant::a: b, 100%25\\u{A}second line\n');
    const summary = await readFile(input.environment.stepSummaryPath as string, 'utf8');
    expect(summary).toContain('The token cannot write check runs');
    expect(summary).toContain('Plan: 3 to create');
    expect(summary).toContain('[access/sales.yaml:2:5](https://github.com/acme/sigma-access/blob/' + HEAD_SHA + '/access/sales.yaml#L2)');
    expect(server.violations).toEqual([]);
  });

  it('exits 1 in fallback when there are errors', async () => {
    const server = await startFake({ forbid: ['checks', 'comments'] });
    const outcome = await reportToGitHub(await inputFor(server, { findings: findingsOf(1) }));
    expect(outcome.fellBack).toBe(true);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.output).toContain('::error file=access/sales.yaml');
  });

  it('still annotates through the check run when only comments are refused', async () => {
    const server = await startFake({ forbid: ['comments'] });
    const outcome = await reportToGitHub(await inputFor(server));
    expect(outcome.fellBack).toBe(false);
    expect(outcome.checkRun).toBeDefined();
    expect(outcome.output).not.toContain('::error file=');
    expect(outcome.output).toContain('The token cannot write pull request comments');
    expect(outcome.exitCode).toBe(1); // one error among the two findings, not the 403
  });

  it('treats another refusal as a failure of the report', async () => {
    const server = await startFake({ failOnce: [{ operation: 'checks/create', status: 404 }] });
    const outcome = await reportToGitHub(await inputFor(server, { findings: [] }));
    expect(outcome.fellBack).toBe(true);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.output).toContain('::error::The check run could not be written (create the check run failed (HTTP 404)');
  });

  it('falls back without a token, saying how to pass one', async () => {
    const server = await startFake();
    const environment = await actionsEnvironment(server.url, { token: undefined });
    const { client: _client, ...rest } = await inputFor(server, { environment, findings: [] });
    const outcome = await reportToGitHub(rest);
    expect(server.requests).toHaveLength(0);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.output).toContain('No GITHUB_TOKEN in the environment');
  });
});

describe('limits', () => {
  it('cuts a huge plan to fit the comment and the check text, saying where the whole plan is, and the summary under 1 MiB', async () => {
    const server = await startFake();
    const plan = planOf(20_000, 100, 50);
    const markdown = markdownOf(plan);
    expect(markdown.length).toBeGreaterThan(STEP_SUMMARY_BYTES_MAX);
    const input = await inputFor(server, { plan: { document: plan, markdown, file: 'plan.out' } });
    await reportToGitHub(input);
    expect(server.violations).toEqual([]);

    const body = server.comments[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(COMMENT_BODY_MAX);
    expect(body).toMatch(/The plan is cut here \([\d,]+ more lines\) to fit GitHub's 65,535-character comment limit\. The whole plan is in the \[job summary of this workflow run\]\(https:\/\/github\.com\/acme\/sigma-access\/actions\/runs\/7\) and the saved plan file `plan\.out`/);
    expect(body).toContain('> - … and 120 more in the full plan'); // 150 destructive changes, 30 listed
    expect(body.trimEnd().endsWith('This comment is updated in place on every push.</sub>')).toBe(true);
    // The fold is closed after the cut, so that the lint line renders.
    expect(body.lastIndexOf('</details>')).toBeGreaterThan(body.indexOf('The plan is cut here'));
    expect(body.match(/```/g)?.length ?? 0).toSatisfy((count: number) => count % 2 === 0);

    const output = server.checkRuns[0]?.output;
    expect(output?.text?.length).toBeLessThanOrEqual(CHECK_OUTPUT_TEXT_MAX);
    expect(output?.text).toContain('The plan is cut here');

    const summary = await readFile(input.environment.stepSummaryPath as string);
    expect(summary.length).toBeLessThanOrEqual(STEP_SUMMARY_BYTES_MAX);
    expect(summary.toString('utf8')).toContain('to fit GitHub\'s 1 MiB job summary. The whole plan is in the saved plan file `plan.out`.');
  });
});

describe('secrets', () => {
  it('never sends or prints the token or a secret from the environment', async () => {
    const server = await startFake({ forbid: ['comments'] });
    const env = { GITHUB_TOKEN: TOKEN, SIGMA_CLIENT_SECRET: 'sigma-secret-value-42', SNOWFLAKE_PASSWORD: 'hunter2hunter2', HOME: '/root' };
    const redact = redactor(secretValues(env));
    // A finding that (wrongly) quotes secrets: the last guard must catch it.
    const findings = findingsOf(3, { message: `leaked sigma-secret-value-42 and ${TOKEN} and hunter2hunter2` });
    const plan = planOf(1);
    const markdown = `${markdownOf(plan)}\npassword: hunter2hunter2\n`;
    const input = await inputFor(server, { findings, redact, plan: { document: plan, markdown, file: 'plan.out' } });
    const outcome = await reportToGitHub(input);
    const second = await reportToGitHub({ ...input, client: clientFor(server.url), environment: { ...input.environment } });

    const everything = [server.received(), outcome.output, second.output, await readFile(input.environment.stepSummaryPath as string, 'utf8')].join('\n');
    for (const secret of [TOKEN, 'sigma-secret-value-42', 'hunter2hunter2']) expect(everything).not.toContain(secret);
    expect(everything).toContain('leaked *** and *** and ***');
    // The token went where it belongs, and only there.
    expect(server.requests.every((request) => request.authorization === `token ${TOKEN}`)).toBe(true);
  });
});
