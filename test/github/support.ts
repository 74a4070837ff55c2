// Shared pieces of the GitHub tests: findings and plans of any size, an
// Actions environment pointing at the fake, a client as the CLI builds it.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createOctokitClient, type GitHubClient } from '../../src/github/client.js';
import type { ActionsEnvironment } from '../../src/github/environment.js';
import type { Finding } from '../../src/github/findings.js';
import type { DiagnosticsDocument, Diagnostic } from '../../src/model/generated/diagnostics-document.js';
import type { Change, PlanDocument } from '../../src/model/generated/plan-document.js';
import { undoAfterTest } from '../support/cleanup.js';

export const TOKEN = 'ghs_FAKEtoken0123456789abcdefABCDEF';
export const HEAD_SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
export const MERGE_SHA = 'ffffffffffffffffffffffffffffffffffffffff';

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'grantform-gh-'));
  undoAfterTest(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

export function diagnostic(index: number, overrides: Partial<Diagnostic> = {}): Diagnostic {
  const severity = (['error', 'warning', 'info'] as const)[index % 3] as Diagnostic['severity'];
  return {
    rule: 'redundant-grant',
    severity,
    message: `grant ${index} has no effect: team Sales already gives use-and-annotate`,
    file: 'access/sales.yaml',
    line: index + 1,
    column: 5,
    endLine: index + 1,
    endColumn: 21,
    ...overrides,
  };
}

export function findingsOf(count: number, overrides: Partial<Finding> = {}): Finding[] {
  return Array.from({ length: count }, (_, index) => {
    const entry = diagnostic(index);
    return {
      rule: entry.rule,
      severity: entry.severity,
      message: entry.message,
      path: entry.file,
      shownPath: entry.file,
      line: entry.line,
      column: entry.column,
      endLine: entry.endLine,
      endColumn: entry.endColumn,
      fixable: false,
      related: [],
      ...overrides,
    };
  });
}

export function documentOf(diagnostics: Diagnostic[]): DiagnosticsDocument {
  const count = (severity: Diagnostic['severity']) => diagnostics.filter((each) => each.severity === severity).length;
  return { diagnostics, summary: { errors: count('error'), warnings: count('warning'), infos: count('info') } };
}

export function planOf(creates: number, deletes = 0, replaces = 0): PlanDocument {
  const changes: Change[] = [];
  for (let index = 0; index < deletes; index += 1) {
    changes.push({ action: 'delete', type: 'grant', address: `grant.user.old${index}@example.com@snowflake-prod/ANALYTICS`, before: { level: 'use' }, after: null });
  }
  for (let index = 0; index < replaces; index += 1) {
    changes.push({
      action: 'replace',
      type: 'grant',
      address: `grant.team.Team${index}@snowflake-prod`,
      before: { level: 'use-and-annotate' },
      after: { level: 'use' },
      reason: 'lowered from use-and-annotate to use',
    });
  }
  for (let index = 0; index < creates; index += 1) {
    changes.push({ action: 'create', type: 'user', address: `user.new${index}@example.com`, before: null, after: { email: `new${index}@example.com`, accountType: 'Viewer' } });
  }
  return { formatVersion: 1, changes, summary: { create: creates, update: 0, delete: deletes, replace: replaces } };
}

/** A stand-in for the plan renderer's markdown: one block per change, deletions first. */
export function markdownOf(plan: PlanDocument): string {
  const lines = ['#### Changes', ''];
  for (const change of plan.changes) {
    lines.push(`- **${change.action}** \`${change.address}\``, '', '```diff', `- ${JSON.stringify(change.before)}`, `+ ${JSON.stringify(change.after)}`, '```', '');
  }
  return lines.join('\n');
}

export async function actionsEnvironment(apiUrl: string, overrides: Partial<ActionsEnvironment> = {}): Promise<ActionsEnvironment> {
  const dir = await tempDir();
  const stepSummaryPath = path.join(dir, 'step-summary.md');
  await writeFile(stepSummaryPath, '');
  return {
    owner: 'acme',
    repo: 'sigma-access',
    apiUrl,
    serverUrl: 'https://github.com',
    eventName: 'pull_request',
    headSha: HEAD_SHA,
    pullRequest: { number: 42, headSha: HEAD_SHA, fromFork: false },
    token: TOKEN,
    stepSummaryPath,
    runUrl: 'https://github.com/acme/sigma-access/actions/runs/7',
    ...overrides,
  };
}

export function clientFor(apiUrl: string, warnings: string[] = []): GitHubClient {
  return createOctokitClient({
    baseUrl: apiUrl,
    token: TOKEN,
    userAgent: 'grantform-test',
    log: { debug: () => {}, info: () => {}, warn: (message) => warnings.push(message), error: (message) => warnings.push(message) },
    retryBaseMs: 5,
    paceWrites: false,
  });
}
