// Creates are not idempotent, and Sigma has no lock: a connection posted
// twice exists twice, whether by a retry after a failure that Sigma carried
// out anyway (a 5xx, a dropped connection) or by a second apply running at
// the same time (docs/untrusted-pull-requests.md: the CI concurrency group
// is the lock). So a create of something keyed by name
//
// 1. reads by name first: one that appeared since the plan is adopted when
//    it is what the plan would create, and stops the change otherwise;
// 2. posts (a retryable failure starts again at 1; after a 409, the one
//    that took the name is adopted as in 1);
// 3. reads by name again: when two runs raced, every run keeps the oldest
//    copy (creation time, then id) and the run that made a younger copy
//    deletes its own, so that one remains.

import { BackendError } from '../backend.js';
import { SigmaApiError } from './errors.js';

export interface CreateByName<T> {
  /** `connection bigquery-marketing`, for messages. */
  readonly what: string;
  /** Every live, unarchived object under this name, now. */
  readonly find: () => Promise<readonly T[]>;
  readonly post: () => Promise<T>;
  readonly id: (item: T) => string;
  /** ISO 8601, as Sigma answers it (`createdAt`); absent sorts last. */
  readonly createdAt: (item: T) => string | undefined;
  /** Why an object already there is not what the plan would create; undefined when it is. */
  readonly differs: (item: T) => string | undefined;
  /** Deletes this run's own younger copy. */
  readonly remove: (item: T) => Promise<void>;
  /** Records the object's id for the changes that depend on it. */
  readonly learn: (item: T) => void;
  /** Skip step 3 where Sigma itself refuses a second object of the name (members' emails: 409). */
  readonly nameIsUnique?: boolean;
}

const ATTEMPTS = 3;

export async function createByName<T>(spec: CreateByName<T>): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    const existing = spec.nameIsUnique === true && attempt === 1 ? [] : await spec.find();
    if (existing.length > 0) return adopt(spec, oldest(spec, existing));
    let created: T;
    try {
      created = await spec.post();
    } catch (error) {
      if (!(error instanceof SigmaApiError)) throw error;
      if (error.status === 409) {
        // Taken since step 1 (by another run): adopt it; a refusal for another reason stands.
        const taken = await spec.find();
        if (taken.length > 0) return adopt(spec, oldest(spec, taken));
        throw error;
      }
      if (!error.retryable || attempt >= ATTEMPTS) throw error;
      continue;
    }
    if (spec.nameIsUnique === true) return spec.learn(created);
    const now = await spec.find();
    const candidates = now.some((each) => spec.id(each) === spec.id(created)) ? now : [...now, created];
    const keep = oldest(spec, candidates);
    if (spec.id(keep) === spec.id(created)) return spec.learn(created);
    // Another run made the same object first: ours goes, theirs is used.
    await spec.remove(created);
    return adopt(spec, keep);
  }
}

function adopt<T>(spec: CreateByName<T>, existing: T): void {
  const why = spec.differs(existing);
  if (why !== undefined) {
    throw new BackendError(`${spec.what} appeared in Sigma since the plan (id ${spec.id(existing)}) and ${why}: grantform leaves it alone; run plan again to see the difference`);
  }
  spec.learn(existing);
}

function oldest<T>(spec: CreateByName<T>, items: readonly T[]): T {
  const key = (item: T) => spec.createdAt(item) ?? '\uffff';
  return [...items].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    if (x !== y) return x < y ? -1 : 1;
    return spec.id(a) < spec.id(b) ? -1 : spec.id(a) > spec.id(b) ? 1 : 0;
  })[0] as T;
}
