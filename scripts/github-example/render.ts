// Renders docs/pull-request.md (and the HTML page behind its screenshot)
// from a real run: a repository with an access folder whose live state was
// applied, a pull request that changes it, `grantform plan --out`, then
// `grantform report github` against the loopback fake GitHub of the tests.
// Everything shown is what grantform sent; nothing is written by hand.
//
//   npx tsx scripts/github-example/render.ts [--html FILE]
//
// The picture, docs/pull-request.png, is a screenshot of that HTML page:
//   (cd /tmp/marked && npm install marked)
//   GRANTFORM_MARKED=/tmp/marked/node_modules/marked/lib/marked.esm.js \
//     npx tsx scripts/github-example/render.ts --html /tmp/pr.html
//   chromium --headless=new --hide-scrollbars --window-size=1080,2030 \
//     --screenshot=docs/pull-request.png file:///tmp/pr.html

import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { CliContext, InputStream } from '../../src/cli/context.js';
import { runCli } from '../../src/cli/main.js';
import { startFakeGitHub, type FakeAnnotation } from '../../test/support/fake-github.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TOKEN = 'ghs_example_token_never_shown_0123456789';
const HEAD_SHA = '3f9c2e1a7b4d5c6e8f90a1b2c3d4e5f6a7b8c9d0';

const BEFORE = `connections:
  - name: snowflake-prod
    type: snowflake
users:
  - email: radhika@example.com
    accountType: Creator
  - email: john@example.com
    accountType: Creator
  - email: mei@example.com
    accountType: Viewer
  - email: sam@example.com
    accountType: Creator
teams:
  - name: Sales
    members: [radhika@example.com]
grants:
  - team: Sales
    object: snowflake-prod
    access: use-and-annotate
  - user: john@example.com
    object: snowflake-prod/ANALYTICS/FINANCE
    access: use-and-annotate
  - user: sam@example.com
    object: snowflake-prod
    access: use
`;

// The pull request: Mei joins Sales, John's FINANCE grant is lowered, Sam's
// grant goes; and two mistakes for the linter (a grant Sales already gives,
// a grant written twice).
const AFTER = `connections:
  - name: snowflake-prod
    type: snowflake
users:
  - email: radhika@example.com
    accountType: Creator
  - email: john@example.com
    accountType: Creator
  - email: mei@example.com
    accountType: Viewer
  - email: sam@example.com
    accountType: Creator
teams:
  - name: Sales
    members: [radhika@example.com, mei@example.com]
grants:
  - team: Sales
    object: snowflake-prod
    access: use-and-annotate
  - user: john@example.com
    object: snowflake-prod/ANALYTICS/FINANCE
    access: use
  - user: radhika@example.com
    object: snowflake-prod
    access: use
  - user: john@example.com
    object: snowflake-prod/ANALYTICS/FINANCE
    access: use
`;

interface Captured {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function grantform(argv: string[], cwd: string, env: Record<string, string> = {}): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const context: CliContext = {
    cwd,
    env,
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    stdin: Object.assign(Readable.from([]) as unknown as InputStream, { isTTY: false }),
  };
  return { exitCode: await runCli(argv, context), stdout, stderr };
}

function check(run: Captured, what: string, allowed: number[] = [0]): Captured {
  if (!allowed.includes(run.exitCode)) throw new Error(`${what} exited ${run.exitCode}: ${run.stderr}${run.stdout}`);
  return run;
}

export interface ExampleRun {
  readonly comment: string;
  readonly annotations: readonly FakeAnnotation[];
  readonly checkRun: { conclusion: string | null; title?: string; summary?: string };
  readonly summary: string;
  readonly stdout: string;
  readonly exitCode: number;
  /** The changed file as the pull request has it. */
  readonly file: { readonly path: string; readonly text: string };
}

export async function runExample(): Promise<ExampleRun> {
  const repo = await mkdtemp(path.join(tmpdir(), 'grantform-example-'));
  const fake = await startFakeGitHub({ token: TOKEN });
  try {
    await mkdir(path.join(repo, 'access/teams'), { recursive: true });
    await writeFile(path.join(repo, 'access/grantform.yaml'), 'backend:\n  type: local\n  path: .grantform/state.json\n');
    await writeFile(path.join(repo, 'access/teams/sales.yaml'), BEFORE);
    execFileSync('git', ['init', '-q', repo]);
    check(await grantform(['apply', 'access', '--auto-approve'], repo), 'apply (the live state before the pull request)');
    await writeFile(path.join(repo, 'access/teams/sales.yaml'), AFTER);
    check(await grantform(['plan', 'access', '--out', 'grantform.plan'], repo), 'plan');

    await writeFile(path.join(repo, 'event.json'), JSON.stringify({ pull_request: { number: 12, head: { sha: HEAD_SHA, repo: { full_name: 'acme/sigma-access' } }, base: { repo: { full_name: 'acme/sigma-access' } } } }));
    await writeFile(path.join(repo, 'summary.md'), '');
    const env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'acme/sigma-access',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: path.join(repo, 'event.json'),
      GITHUB_SHA: 'f'.repeat(40),
      GITHUB_API_URL: fake.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '4242',
      GITHUB_STEP_SUMMARY: path.join(repo, 'summary.md'),
      GITHUB_TOKEN: TOKEN,
    };
    const report = check(await grantform(['report', 'github', 'access', '--plan', 'grantform.plan'], repo, env), 'report github', [0, 1]);
    if (fake.violations.length > 0) throw new Error(`the fake GitHub refused requests: ${fake.violations.join('; ')}`);
    const [run] = fake.checkRuns;
    const comment = fake.comments[0]?.body;
    if (run === undefined || comment === undefined) throw new Error('report github wrote no check run or no comment');
    const received = fake.received();
    if (received.includes(TOKEN) || report.stdout.includes(TOKEN)) throw new Error('the token leaked');
    return {
      comment,
      annotations: run.annotations,
      checkRun: { conclusion: run.conclusion, ...run.output },
      summary: await readFile(env.GITHUB_STEP_SUMMARY, 'utf8'),
      stdout: report.stdout,
      exitCode: report.exitCode,
      file: { path: 'access/teams/sales.yaml', text: AFTER },
    };
  } finally {
    await fake.close();
    await rm(repo, { recursive: true, force: true });
  }
}

function fence(text: string, info = ''): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}${info}\n${text.trimEnd()}\n${marks}`;
}

export function pullRequestMarkdown(example: ExampleRun): string {
  const annotationRows = example.annotations.map(
    (annotation) =>
      `| ${annotation.annotation_level} | \`${annotation.path}\` line ${annotation.start_line}${annotation.end_line !== annotation.start_line ? `–${annotation.end_line}` : ''} | \`${annotation.title}\` | ${annotation.message.replace(/\|/g, '\\|')} |`,
  );
  return [
    '# What a reviewer sees on a pull request',
    '',
    '<!-- Generated by `npx tsx scripts/github-example/render.ts` from a real run of',
    '     `grantform plan --out` and `grantform report github` against the fake GitHub',
    '     of the tests. Do not edit by hand: run the script again. -->',
    '',
    'A pull request changes `access/teams/sales.yaml`: Mei joins Sales, John\'s',
    'FINANCE grant is lowered, Sam\'s grant is removed, and two mistakes slipped in',
    '(a grant that Sales already gives, and a grant written twice). The workflow in',
    '[`examples/github/grantform.yml`](../examples/github/grantform.yml) runs',
    '`grantform plan --out grantform.plan` and `grantform report github access',
    '--plan grantform.plan`. Everything below is what grantform sent to GitHub.',
    '',
    '![The pull request page: the grantform comment, and the findings on their lines in Files changed](pull-request.png)',
    '',
    '## 1. The pull request comment',
    '',
    'One comment, found again by its hidden first line and edited in place on every',
    'push. As GitHub renders it:',
    '',
    '---',
    '',
    example.comment.trimEnd(),
    '',
    '---',
    '',
    '<details><summary>The comment\'s markdown, as sent</summary>',
    '',
    fence(example.comment, 'markdown'),
    '',
    '</details>',
    '',
    '## 2. The check run and its annotations',
    '',
    `The check run \`grantform\` on the pull request\'s head commit concludes **${example.checkRun.conclusion}** (errors fail it, warnings alone make it neutral). Its title: _${(example.checkRun.title ?? '').replace(/\.$/, '')}_.`,
    'Each finding is an annotation on its exact lines, shown in **Files changed** under the line and in the **Checks** tab:',
    '',
    '| level | where | title (the rule) | message |',
    '|---|---|---|---|',
    ...annotationRows,
    '',
    '## 3. The job summary',
    '',
    'The whole plan and every finding, linked to its line, on the workflow run\'s page:',
    '',
    '<details><summary>The job summary, as written to <code>GITHUB_STEP_SUMMARY</code></summary>',
    '',
    fence(example.summary, 'markdown'),
    '',
    '</details>',
    '',
    '## 4. The step\'s log',
    '',
    fence(example.stdout),
    '',
    `\`report github\` exits ${example.exitCode}: ${example.exitCode === 1 ? 'a lint error was found' : 'no lint error'}.`,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const example = await runExample();
  const target = path.join(ROOT, 'docs/pull-request.md');
  await writeFile(target, pullRequestMarkdown(example));
  process.stdout.write(`wrote ${path.relative(ROOT, target)}\n`);
  const htmlAt = process.argv.indexOf('--html');
  if (htmlAt >= 0) {
    const { pullRequestPage } = await import('./page.js');
    const file = process.argv[htmlAt + 1] ?? 'pull-request.html';
    await writeFile(file, await pullRequestPage(example));
    process.stdout.write(`wrote ${file}\n`);
  }
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
