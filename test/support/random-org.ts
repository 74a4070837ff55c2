// A small organisation as a model of its files (people files with users and
// their grants, a file per team, All Members' grants, connections), rendered
// to YAML, and seeded random edits of it of the kinds an admin makes: grants
// added, removed, raised, duplicated; members and users added and removed;
// account types changed; a team renamed; lines shifted; YAML broken. Edits
// may leave references dangling (a validation error) until `heal` repairs
// them. For tests that compare an incremental analysis with a fresh one.

import { mulberry32 } from '../../src/emulator/faults.js';

export interface GrantItem {
  readonly principal: string; // `team: X` or `user: x@…`
  readonly object: string;
  readonly access: string;
}

export interface FileModel {
  readonly kind: 'people' | 'team' | 'everyone' | 'grants' | 'connections';
  readonly header: number; // comment lines at the top
  readonly users: readonly { readonly email: string; readonly type: string }[];
  readonly team?: { readonly name: string; readonly members: readonly string[]; readonly scim?: boolean };
  readonly grants: readonly GrantItem[];
  /** Connections file: write access on pg, and the Analyst type's permissions. */
  readonly pgWrites?: boolean;
  readonly analystAnnotates?: boolean;
}

export const OBJECTS = [
  'snow', 'snow/DB1', 'snow/DB1/S1', 'snow/DB1/S1/T1', 'snow/DB1/S2', 'snow/DB2', 'snow/SIGMA_WRITE/WRITEBACK',
  'pg', 'pg/public', 'pg/public/orders', 'lake', 'lake/main', 'lake/main/gold',
];
const TYPES = ['Creator', 'Creator', 'Viewer', 'Explorer', 'Explorer', 'Analyst', 'Admin'];
/** The edits each kind of file gets, as often as listed. */
const EDITS = {
  people: ['add', 'add', 'remove', 'level', 'duplicate', 'lines', 'user', 'user', 'type', 'type', 'type', 'swap'],
  team: ['add', 'add', 'remove', 'level', 'duplicate', 'lines', 'member', 'member', 'member', 'rename', 'scim'],
  everyone: ['add', 'remove', 'remove', 'level', 'duplicate'],
  grants: ['add', 'add', 'remove', 'level', 'duplicate', 'lines'],
  connections: ['connections'],
} as const;

export function render(model: FileModel): string {
  const lines = Array.from({ length: model.header }, (_, index) => `# note ${index}`);
  if (model.kind === 'connections') {
    lines.push(
      'connections:',
      '  - name: snow',
      '    type: snowflake',
      '    writeAccess:',
      '      destination: { database: SIGMA_WRITE, schema: WRITEBACK }',
      '  - name: pg',
      '    type: postgres',
      ...(model.pgWrites ? ['    writeAccess:', '      destination: { schema: sigma_write }'] : []),
      '  - name: lake',
      '    type: databricks',
      'accountTypes:',
      '  - name: Analyst',
      `    permissions: [view-connections, ${model.analystAnnotates ? 'annotate-tables, ' : ''}create-input-tables]`,
    );
  }
  if (model.users.length > 0) lines.push('users:', ...model.users.flatMap((user) => [`  - email: ${user.email}`, `    accountType: ${user.type}`]));
  if (model.team) {
    lines.push('teams:', `  - name: ${model.team.name}`);
    if (model.team.scim) lines.push('    managedBy: scim');
    lines.push(model.team.members.length > 0 ? '    members:' : '    members: []', ...model.team.members.map((email) => `      - ${email}`));
  }
  if (model.grants.length > 0) lines.push('grants:', ...model.grants.flatMap((grant) => [`  - ${grant.principal}`, `    object: ${grant.object}`, `    access: ${grant.access}`]));
  if (lines.length === 0) lines.push('grants: []');
  return `${lines.join('\n')}\n`;
}

export class RandomOrg {
  readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** The initial files: `people/p-N.yaml`, `teams/t-N.yaml`, `everyone.yaml`, `connections.yaml`. */
  initial(people = 3, perFile = 10, teams = 6): Map<string, FileModel> {
    const files = new Map<string, FileModel>();
    files.set('connections.yaml', { kind: 'connections', header: 0, users: [], grants: [], pgWrites: false, analystAnnotates: true });
    const emails: string[] = [];
    for (let file = 0; file < people; file += 1) {
      const users = Array.from({ length: perFile }, (_, index) => ({ email: `u${file}-${index}@example.com`, type: this.pick(TYPES) }));
      emails.push(...users.map((user) => user.email));
      const grants = Array.from({ length: perFile }, () => this.grantFor(`user: ${this.pick(users).email}`));
      files.set(`people/p-${file}.yaml`, { kind: 'people', header: 0, users, grants });
    }
    for (let team = 0; team < teams; team += 1) {
      // The last team starts empty; the others with members from any file (some users are in none).
      const members = team === teams - 1 ? [] : [...new Set(Array.from({ length: 2 + Math.floor(this.next() * 6) }, () => this.pick(emails)))];
      const name = `Team ${team}`;
      // A third of the teams have their grants elsewhere only (access/grants.yaml).
      const own = team % 3 === 2 ? 0 : 2 + Math.floor(this.next() * 5);
      files.set(`teams/t-${team}.yaml`, { kind: 'team', header: 1, users: [], team: { name, members }, grants: Array.from({ length: own }, () => this.grantFor(`team: ${name}`)) });
    }
    // Grants away from their principals' declarations, so that a team's members and its grants change apart.
    const teamNames = Array.from({ length: teams }, (_, team) => `Team ${team}`);
    files.set('access/grants.yaml', { kind: 'grants', header: 0, users: [], grants: Array.from({ length: 12 }, () => this.grantFor(this.chance(0.7) ? `team: ${this.pick(teamNames)}` : `user: ${this.pick(emails)}`)) });
    // All Members' grants reach everyone (no user is then without access): few, and none at first.
    files.set('everyone.yaml', { kind: 'everyone', header: 0, users: [], grants: [] });
    return files;
  }

  grantFor(principal: string): GrantItem {
    const object = this.pick(OBJECTS);
    const onConnection = !object.includes('/');
    const access = this.pick(onConnection ? ['use', 'use', 'use-and-annotate', 'write-only', 'admin'] : ['use', 'use', 'use-and-annotate']);
    return { principal, object, access };
  }

  /** One edit of one file's model; `emails` are the users declared anywhere (for members and grants). */
  edit(model: FileModel, emails: readonly string[], teams: readonly string[]): FileModel {
    const principals =
      model.kind === 'team' && model.team
        ? [`team: ${model.team.name}`]
        : model.kind === 'everyone'
          ? ['team: All Members']
          : model.kind === 'grants'
            ? teams.map((team) => `team: ${team}`)
            : model.users.map((user) => `user: ${user.email}`);
    const someone = () => (principals.length > 0 && this.chance(0.8) ? this.pick(principals) : `user: ${this.pick(emails)}`);
    const grants = [...model.grants];
    const at = Math.floor(this.next() * Math.max(1, grants.length));
    switch (this.pick<string>(EDITS[model.kind])) {
      case 'connections':
        return this.chance(0.5) ? { ...model, pgWrites: !model.pgWrites } : { ...model, analystAnnotates: !model.analystAnnotates };
      case 'add':
        grants.splice(at, 0, this.grantFor(someone()));
        return { ...model, grants };
      case 'remove':
        grants.splice(at, 1);
        return { ...model, grants };
      case 'level': {
        const grant = grants[at];
        if (grant) grants[at] = { ...grant, access: grant.access === 'use' ? 'use-and-annotate' : 'use' };
        return { ...model, grants };
      }
      case 'duplicate': {
        const grant = grants[at];
        if (grant) grants.splice(at, 0, { ...grant, access: this.pick(['use', 'use-and-annotate']) });
        return { ...model, grants };
      }
      case 'lines':
        return { ...model, header: this.chance(0.5) ? model.header + 1 : Math.max(0, model.header - 1) };
      case 'member': {
        if (!model.team) return { ...model, header: model.header + 1 };
        const members = [...model.team.members];
        if (members.length > 0 && this.chance(0.4)) members.splice(Math.floor(this.next() * members.length), 1);
        else members.splice(Math.floor(this.next() * (members.length + 1)), 0, this.pick(emails));
        return { ...model, team: { ...model.team, members: [...new Set(members)] } };
      }
      case 'user': {
        if (model.kind !== 'people') return { ...model, grants: [...grants, this.grantFor(someone())] };
        const users = [...model.users];
        if (users.length > 1 && this.chance(0.4)) users.splice(Math.floor(this.next() * users.length), 1);
        else users.splice(Math.floor(this.next() * (users.length + 1)), 0, { email: `new${Math.floor(this.next() * 1e6)}@example.com`, type: this.pick(TYPES) });
        return { ...model, users };
      }
      case 'type': {
        if (model.users.length === 0) return { ...model, grants: grants.map((grant, index) => (index === at ? { ...grant, object: this.pick(OBJECTS.filter((each) => each.includes('/'))) } : grant)) };
        const users = [...model.users];
        const index = Math.floor(this.next() * users.length);
        users[index] = { ...(users[index] as FileModel['users'][number]), type: this.pick(TYPES) };
        return { ...model, users };
      }
      case 'swap': {
        const users = [...model.users];
        const index = Math.floor(this.next() * Math.max(0, users.length - 1));
        if (users.length > 1) users.splice(index, 2, users[index + 1] as FileModel['users'][number], users[index] as FileModel['users'][number]);
        return { ...model, users };
      }
      case 'rename': {
        if (!model.team) return model;
        const name = model.team.name.endsWith("'") ? model.team.name.slice(0, -1) : `${model.team.name}'`;
        return { ...model, team: { ...model.team, name }, grants: grants.map((grant) => (grant.principal === `team: ${model.team?.name}` ? { ...grant, principal: `team: ${name}` } : grant)) };
      }
      default:
        return model.team ? { ...model, team: { ...model.team, scim: !model.team.scim, members: model.team.scim ? model.team.members : [] } } : model;
    }
  }

  /** The text broken in one of the ways typing breaks it. */
  broken(text: string): string {
    const at = Math.floor(this.next() * text.length);
    return this.pick([
      () => `${text.slice(0, at)}: [${text.slice(at)}`,
      () => `${text}  - team: Nobody\n    object: snow\n    access: use\n`,
      () => `${text}  - user: ghost@example.com\n    object: snow/DB1\n    access: use\n`,
      () => text.replace('object: ', 'object: nowhere/'),
      () => text.replace('access: use', 'access: usee'),
      () => `${text}\tbad: indentation\n`,
    ])();
  }
}

/** The models with dangling references removed: members and grants that name users or teams no file declares. */
export function heal(models: ReadonlyMap<string, FileModel>): Map<string, FileModel> {
  const emails = new Set([...models.values()].flatMap((model) => model.users.map((user) => user.email)));
  const teams = new Set([...models.values()].flatMap((model) => (model.team ? [model.team.name] : [])));
  const exists = (principal: string) => (principal.startsWith('user: ') ? emails.has(principal.slice(6)) : principal === 'team: All Members' || teams.has(principal.slice(6)));
  const healed = new Map<string, FileModel>();
  for (const [path, model] of models) {
    const team = model.team && { ...model.team, members: model.team.members.filter((email) => emails.has(email)) };
    healed.set(path, { ...model, ...(team && { team }), grants: model.grants.filter((grant) => exists(grant.principal)) });
  }
  return healed;
}
