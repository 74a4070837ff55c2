// AccessIndex.derive: the index of a later version of a project, sharing what
// did not change, must answer every query as an index built at once does
// (same lists in the same order, same no-effect reasons), over a chain of
// random versions in which files change, appear and go.

import { describe, expect, it } from 'vitest';
import { loadProject } from '../config/load-project.js';
import type { GrantDecl, Project } from '../model/project.js';
import { writeProject } from '../../test/support/temp-project.js';
import { heal, RandomOrg, render, type FileModel } from '../../test/support/random-org.js';
import { AccessIndex, ALL_MEMBERS_KEY } from './access-index.js';
import { noEffectReasons } from './grant-effects.js';

async function load(models: ReadonlyMap<string, FileModel>): Promise<Project> {
  const files: Record<string, string> = { 'grantform.yaml': 'backend:\n  type: local\n' };
  for (const [file, model] of models) files[file] = render(model);
  const dir = await writeProject(files);
  const { project, diagnostics } = await loadProject(dir, { cwd: dir });
  if (!project) throw new Error(diagnostics.map((each) => each.message).join('; '));
  return project;
}

/** Everything the engine and the rules ask an index, with grants named by their place in project.grants. */
function answers(index: AccessIndex, project: Project) {
  const place = new Map<GrantDecl, number>(project.grants.map((grant, position) => [grant, position]));
  const named = (list: readonly { grant: GrantDecl }[]) => list.map((each) => place.get(each.grant));
  const principals = [...new Set(index.grants.map((each) => each.principal)), ALL_MEMBERS_KEY];
  return {
    grants: named(index.grants),
    byPrincipal: principals.map((principal) => [...index.grantsOf(principal)].map(([node, list]) => [node.key, named(list)])),
    byNode: [...new Set(index.grants.map((each) => each.node))].map((node) => [node.key, named(index.grantsOn(node))]),
    teams: [...project.users.keys()].map((email) => index.teamsOf(email)),
    // The declarations themselves: a member's account type is what team-grant-capped reads.
    members: [...project.teams.keys(), 'All Members'].map((team) => index.membersOf(team).map((user) => [user.email, user === project.users.get(user.email)])),
    effects: index.grants.map((grant) =>
      noEffectReasons(index, grant).map((reason) => [reason.kind, 'by' in reason ? place.get(reason.by.grant) : 'kept' in reason ? place.get(reason.kept.grant) : undefined]),
    ),
  };
}

describe('AccessIndex.derive', () => {
  it('answers as an index built at once, along a chain of random versions', async () => {
    const random = new RandomOrg(7);
    let models = random.initial(2, 8, 5);
    let project = await load(models);
    let index = new AccessIndex(project);
    for (let version = 0; version < 25; version += 1) {
      // A few files edited, sometimes one added or removed; repaired so that the project loads.
      const next = new Map(models);
      const emails = [...models.values()].flatMap((model) => model.users.map((user) => user.email));
      const teams = [...models.values()].flatMap((model) => (model.team ? [model.team.name] : []));
      const editable = [...models.keys()].filter((file) => file !== 'connections.yaml');
      for (let edits = 1 + Math.floor(random.next() * 3); edits > 0; edits -= 1) {
        const file = random.pick(editable);
        next.set(file, random.edit(next.get(file) as FileModel, emails, teams));
      }
      if (random.chance(0.2)) next.set(`teams/extra-${version}.yaml`, { kind: 'grants', header: 0, users: [], grants: [random.grantFor(`team: ${random.pick(teams)}`)] });
      if (random.chance(0.2)) next.delete(random.pick([...next.keys()].filter((file) => file.startsWith('teams/extra-'))) ?? '');
      const healed = heal(next);
      const fresh = await load(healed);

      // The later project as the language server has it: unchanged files keep their declarations.
      const kept = new Map<string, GrantDecl[]>();
      for (const grant of project.grants) kept.set(grant.span.file, [...(kept.get(grant.span.file) ?? []), grant]);
      const changed = new Set([...healed.keys()].filter((file) => render(healed.get(file) as FileModel) !== (models.has(file) ? render(models.get(file) as FileModel) : undefined)));
      const unchanged = <T extends { span: { file: string } }>(fresh: T, old: T | undefined): T => (changed.has(fresh.span.file) || !old ? fresh : old);
      const later: Project = {
        ...fresh,
        connections: project.connections,
        accountTypes: project.accountTypes,
        users: new Map([...fresh.users].map(([email, user]) => [email, unchanged(user, project.users.get(email))])),
        teams: new Map([...fresh.teams].map(([name, team]) => [name, unchanged(team, project.teams.get(name))])),
        grants: fresh.grants.map((grant) => (changed.has(grant.span.file) ? grant : (kept.get(grant.span.file)?.shift() as GrantDecl))),
      };

      const derived = index.derive(later);
      expect(answers(derived, later), `version ${version}`).toEqual(answers(new AccessIndex(later), later));
      const orders = derived.grants.map((each) => each.order);
      expect(orders.every((order, position) => position === 0 || order > (orders[position - 1] as number))).toBe(true);
      [models, project, index] = [healed, later, derived];
    }
  });
});
