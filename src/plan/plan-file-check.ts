// The shape of each change read back from a plan file, checked before
// anything is applied: a damaged or hand-edited file is refused with the
// place of the problem rather than half-applied.

import { RESOURCE_TYPES } from '../model/changes.js';
import { isAccessLevel } from '../model/levels.js';
import { isWarehouseType } from '../model/warehouses.js';
import { PlanFileError } from './errors.js';

type Json = Record<string, unknown>;

const ACTIONS: Record<(typeof RESOURCE_TYPES)[number], readonly string[]> = {
  user: ['create', 'update', 'delete'],
  team: ['create', 'update', 'delete'],
  membership: ['create', 'delete'],
  connection: ['create', 'update', 'delete'],
  grant: ['create', 'update', 'delete', 'replace'],
};

export function checkPlannedChange(value: unknown, where: string): void {
  const fail = (what: string): never => {
    throw new PlanFileError(`${where} is damaged: ${what}; make the plan again`);
  };
  const planned = isObject(value) ? value : fail('it is not an object');
  if (planned.manual !== undefined && !(isObject(planned.manual) && typeof planned.manual.instructions === 'string')) fail('manual has no instructions');
  const change = isObject(planned.change) ? planned.change : fail('it has no change');
  const type = change.type;
  if (!(RESOURCE_TYPES as readonly unknown[]).includes(type)) fail(`"${String(type)}" is not a resource type`);
  const actions = ACTIONS[type as keyof typeof ACTIONS];
  if (!actions.includes(change.action as string)) fail(`"${String(change.action)}" is not an action on a ${String(type)}`);
  if (typeof change.address !== 'string') fail('it has no address');
  const action = change.action as string;
  const sides = [...(action !== 'create' ? ['before'] : []), ...(action !== 'delete' ? ['after'] : [])];
  for (const side of sides) {
    const spec = isObject(change[side]) ? (change[side] as Json) : fail(`it has no ${side}`);
    const problem = specProblem(type as string, spec);
    if (problem) fail(`${side} ${problem}`);
  }
  if (type === 'grant' && action !== 'create') {
    if (!Array.isArray(change.liveIds) || !change.liveIds.every((id) => typeof id === 'string')) fail('liveIds is not a list of ids');
  }
}

function specProblem(type: string, spec: Json): string | undefined {
  switch (type) {
    case 'user':
      return typeof spec.email === 'string' && typeof spec.accountType === 'string' ? undefined : 'is not a user';
    case 'team':
      return typeof spec.name === 'string' ? undefined : 'is not a team';
    case 'membership':
      return typeof spec.team === 'string' && typeof spec.email === 'string' ? undefined : 'is not a membership';
    case 'connection':
      return typeof spec.name === 'string' && isWarehouseType(spec.type) && isObject(spec.details) ? undefined : 'is not a connection';
    case 'grant': {
      const principal = spec.principal;
      const object = spec.object;
      const principalOk = isObject(principal) && ((principal.kind === 'team' && typeof principal.name === 'string') || (principal.kind === 'user' && typeof principal.email === 'string'));
      const objectOk = isObject(object) && typeof object.connection === 'string' && Array.isArray(object.path) && object.path.every((name) => typeof name === 'string');
      return principalOk && objectOk && isAccessLevel(spec.level) ? undefined : 'is not a grant';
    }
    default:
      return 'is of an unknown type';
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
