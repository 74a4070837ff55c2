// Benchmark tasks of issue 13's targets, for any layout of the synthetic org:
// `plan-empty` (what `grantform plan` does against the local backend with no
// state yet: every resource is a create) and `explain-after-load` (load
// untimed, then what `explain --user` and `explain --on` of one object do
// after loading: build the access index, answer, render the answer as JSON,
// or as text with GRANTFORM_BENCH_EXPLAIN_FORMAT=text, the default format).

import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { AccessIndex } from '../../src/access/access-index.js';
import { accessOn, reachOf } from '../../src/access/effective-access.js';
import { renderAccessOnJson, renderUserReachJson } from '../../src/cli/views/explain-json.js';
import { renderAccessOnText, renderUserReachText } from '../../src/cli/views/explain-text.js';
import pc from 'picocolors';
import { LocalBackend } from '../../src/backends/local/local-backend.js';
import { loadProject } from '../../src/config/load-project.js';
import { makePlan } from '../../src/plan/make-plan.js';
import type { BenchTask } from './tasks.js';

async function loaded(orgDir: string) {
  const { project, diagnostics } = await loadProject(orgDir);
  if (!project) throw new Error(`synthetic org is invalid: ${diagnostics[0]?.message}`);
  return project;
}

export const LAYOUT_TASKS: readonly BenchTask[] = [
  {
    name: 'plan-empty',
    description: 'load + plan against the local backend with no state (every resource created; no output)',
    async run({ orgDir }) {
      const backend = new LocalBackend({ statePath: path.join(orgDir, '.grantform', 'no-state-yet.json'), env: {}, grantformVersion: 'bench' });
      const { plan } = await makePlan(await loaded(orgDir), backend);
      if (plan.changes.length === 0) throw new Error('an empty state gave no changes');
    },
  },
  {
    name: 'explain-after-load',
    description: 'after an untimed load: explain --user (the user with the most grants) and explain --on (the most granted table), each with its own access index, focused on what it asks about as the CLI builds it',
    async run({ orgDir }) {
      const project = await loaded(orgDir);
      // The user and the table most often named in grants: the largest answers, found without timing.
      const counts = new Map<string, number>();
      for (const grant of project.grants) {
        const key = grant.principal.kind === 'user' ? `u:${grant.principal.email}` : '';
        if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
        if (grant.object.path.length >= 3) counts.set(`o:${JSON.stringify(grant.object)}`, (counts.get(`o:${JSON.stringify(grant.object)}`) ?? 0) + 1);
      }
      const most = (prefix: string) => [...counts].filter(([key]) => key.startsWith(prefix)).sort((a, b) => b[1] - a[1])[0]?.[0].slice(2) ?? '';
      const user = project.users.get(most('u:'));
      const object = JSON.parse(most('o:')) as (typeof project.grants)[number]['object'];
      if (!user) throw new Error('no user has a grant');

      const text = process.env.GRANTFORM_BENCH_EXPLAIN_FORMAT === 'text';
      const colors = pc.createColors(false);
      let started = performance.now();
      const userIndex = new AccessIndex(project, { user: user.email });
      const reached = reachOf(userIndex, user);
      const userOutput = text ? renderUserReachText(user, reached, userIndex.caps.isAdmin(user.accountType), colors) : renderUserReachJson(user, reached);
      if (userOutput.length === 0) throw new Error('no output');
      const userSeconds = (performance.now() - started) / 1000;

      started = performance.now();
      const onIndex = new AccessIndex(project, { object });
      const result = accessOn(onIndex, object);
      // The pieces joined, as writing them out reads each one whole.
      const onOutput = text ? renderAccessOnText(result, colors) : [...renderAccessOnJson(result)].join('');
      if (result.users.length === 0 || onOutput.length === 0) throw new Error('nobody has access');
      const onSeconds = (performance.now() - started) / 1000;
      return { userSeconds, onSeconds };
    },
  },
];
