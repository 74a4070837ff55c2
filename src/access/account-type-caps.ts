// What an account type lets a user receive of each access level. Sigma's
// data access overview gives the minimum permissions per level; a grant that
// asks for more than the type allows gives the highest level the type does
// allow, possibly nothing (docs/access-model.md).

import { ADMIN_ACCOUNT_TYPE, BUILT_IN_ACCOUNT_TYPES, PERMISSIONS as P } from '../model/account-types.js';
import { ACCESS_LEVELS, type AccessLevel } from '../model/levels.js';
import type { AccountTypeDecl } from '../model/project.js';

/** Every clause must hold; a clause holds when the type has any one of its permissions. */
type Requirement = readonly (readonly string[])[];

const BROWSE = [P.viewConnections, P.manageConnections] as const;

export const LEVEL_REQUIREMENTS: Readonly<Record<AccessLevel, Requirement>> = {
  // Writing without browsing: any one of the features that write to the destination.
  'write-only': [[P.createInputTables, P.uploadCsv, P.scheduleMaterializations, P.createWarehouseViews]],
  use: [BROWSE],
  'use-and-annotate': [BROWSE, [P.manageConnections, P.annotateTables]],
  admin: [[P.manageConnections]],
};

interface TypeCaps {
  readonly permissions: ReadonlySet<string>;
  /** allowed[rank] for each level, lowest first. */
  readonly allowed: readonly boolean[];
}

export class AccountTypeCaps {
  private readonly types = new Map<string, TypeCaps>();

  constructor(declared: ReadonlyMap<string, AccountTypeDecl>) {
    for (const [name, permissions] of BUILT_IN_ACCOUNT_TYPES) this.types.set(name, capsOf(permissions));
    // A declared type of a built-in's name is the org's edited version of it.
    for (const [name, declaration] of declared) this.types.set(name, capsOf(declaration.permissions));
  }

  has(type: string): boolean {
    return this.types.has(type);
  }

  /** Members of the Admin type administer every connection without any grant. */
  isAdmin(type: string): boolean {
    return type === ADMIN_ACCOUNT_TYPE;
  }

  allows(level: AccessLevel, type: string): boolean {
    return this.types.get(type)?.allowed[ACCESS_LEVELS.indexOf(level)] === true;
  }

  /** What a grant of `level` gives a user of `type`: the highest allowed level at or below it. */
  cap(level: AccessLevel, type: string): AccessLevel | undefined {
    const caps = this.types.get(type);
    if (!caps) return undefined;
    for (let rank = ACCESS_LEVELS.indexOf(level); rank >= 0; rank -= 1) {
      if (caps.allowed[rank]) return ACCESS_LEVELS[rank];
    }
    return undefined;
  }

  /** The highest level a user of `type` can receive at all. */
  highest(type: string): AccessLevel | undefined {
    return this.cap('admin', type);
  }

  /** The permissions `type` lacks for `level`, in words for a message: "manage-connections or annotate-tables". */
  missingFor(level: AccessLevel, type: string): string {
    const permissions = this.types.get(type)?.permissions ?? new Set<string>();
    return LEVEL_REQUIREMENTS[level]
      .filter((clause) => !clause.some((permission) => permissions.has(permission)))
      .map((clause) => clause.join(' or '))
      .join(', and ');
  }
}

function capsOf(permissions: readonly string[]): TypeCaps {
  const set = new Set(permissions);
  const allowed = ACCESS_LEVELS.map((level) => LEVEL_REQUIREMENTS[level].every((clause) => clause.some((permission) => set.has(permission))));
  return { permissions: set, allowed };
}
