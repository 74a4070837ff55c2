// Words shared by rule messages, so that every finding names grants the same way.

import type { IndexedGrant } from '../access/access-index.js';
import { formatObjectPath } from '../model/object-path.js';
import { describePrincipal, type GrantDecl } from '../model/project.js';
import { formatFileLine } from '../model/source.js';

/** `use on snowflake-prod for user radhika@example.com`; an indexed grant's object is its node's key, already written. */
export function describeGrant(grant: GrantDecl | IndexedGrant): string {
  if ('node' in grant) return `${grant.grant.access} on ${grant.node.key} for ${describePrincipal(grant.grant.principal)}`;
  return `${grant.access} on ${formatObjectPath(grant.object)} for ${describePrincipal(grant.principal)}`;
}

/** `sales.yaml:14` */
export function whereIs(grant: IndexedGrant | GrantDecl): string {
  return formatFileLine('grant' in grant ? grant.grant.span : grant.span);
}

/** `a, b, c and 4 more` */
export function listSome(items: readonly string[], shown = 3): string {
  if (items.length <= shown) return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  return `${items.slice(0, shown).join(', ')} and ${items.length - shown} more`;
}
