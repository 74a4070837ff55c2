// The plan for machines: schemas/plan.schema.json (`formatVersion` 1).
// before/after are the resources in the files' vocabulary; a connection's
// secrets appear only as `{ env: NAME }` references.

import type { Change } from '../../model/changes.js';
import { formatObjectPath } from '../../model/object-path.js';
import type { PlanDocument } from '../../model/generated/plan-document.js';
import { jsonPieces, jsonText } from '../../model/json-pieces.js';
import type { GrantSpec, MembershipSpec } from '../../model/resources.js';
import type { Plan } from '../plan.js';
import { summarizePlan } from '../plan.js';

export interface JsonPlanContext {
  readonly grantformVersion: string;
  readonly backend: 'local' | 'sigma';
}

export function planDocument(plan: Plan, context: JsonPlanContext): PlanDocument {
  const summary = summarizePlan(plan.changes);
  return {
    formatVersion: 1,
    grantformVersion: context.grantformVersion,
    backend: context.backend,
    changes: plan.changes.map(({ change, manual }) => ({
      action: change.action,
      type: change.type,
      address: change.address,
      before: side(change, 'before'),
      after: side(change, 'after'),
      ...(change.reason !== undefined && { reason: change.reason }),
      ...(manual && { manual: { instructions: manual.instructions } }),
    })),
    ...(plan.accessChanges && { accessChanges: [...plan.accessChanges] }),
    summary,
  };
}

export function renderPlanJson(plan: Plan, context: JsonPlanContext): string {
  return jsonText(planDocument(plan, context));
}

/** The same text in pieces, the changes a batch at a time (the plan of a whole large org is a hundred megabytes). */
export function renderPlanJsonPieces(plan: Plan, context: JsonPlanContext): Iterable<string> {
  return jsonPieces(planDocument(plan, context), [['changes'], ['accessChanges']]);
}

function side(change: Change, which: 'before' | 'after'): Record<string, unknown> | null {
  const spec = (change as unknown as Partial<Record<'before' | 'after', object>>)[which];
  if (spec === undefined) return null;
  if (change.type === 'grant') {
    const grant = spec as GrantSpec;
    return {
      ...(grant.principal.kind === 'team' ? { team: grant.principal.name } : { user: grant.principal.email }),
      object: formatObjectPath(grant.object),
      access: grant.level,
    };
  }
  if (change.type === 'membership') {
    const membership = spec as MembershipSpec;
    return { team: membership.team, user: membership.email };
  }
  return { ...spec };
}
