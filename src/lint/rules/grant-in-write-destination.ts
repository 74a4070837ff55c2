// The write destination (and the input-table audit log) is where Sigma writes
// input tables, uploads and materializations; Sigma hides it from the
// connection explorer, so a grant on it or inside it gives nothing to browse.
// A grant on a container above it is fine: the destination is simply not shown.

import { formatObjectPath } from '../../model/object-path.js';
import { describePrincipal, type WriteAccess } from '../../model/project.js';
import type { Rule } from '../rule.js';

export const grantInWriteDestination: Rule = {
  meta: {
    id: 'grant-in-write-destination',
    description: 'A grant on the write destination or an object inside it (not browsable).',
    help: {
      why: 'The write destination is where Sigma writes input tables, uploads and materializations; it is not browsable, and grants on it or inside it are mistakes that suggest it holds data people read.',
      fix: 'Remove the grant, or grant the objects people should browse, outside the write destination.',
    },
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      inDestination: '{object} is inside the write destination {destination} of {connection}, which Sigma does not show to anyone; grant {principal} access to the data people browse instead, or remove this grant',
      inAuditLog: '{object} is inside the input-table audit log {destination} of {connection}, which Sigma does not show to anyone; remove this grant',
    },
  },
  check(context) {
    // The places of each connection, listed once rather than for every grant on it.
    const placesOf = new Map<string, { readonly writeAccess: WriteAccess; readonly places: readonly { readonly path: readonly string[]; readonly messageId: string }[] } | null>();
    for (const grant of context.grants) {
      const decl = grant.grant;
      if (decl.object.path.length === 0) continue;
      let known = placesOf.get(decl.object.connection);
      if (known === undefined) {
        const writeAccess = context.project.connections.get(decl.object.connection)?.writeAccess;
        known = writeAccess ? { writeAccess, places: [...writeAccess.destinations.map((path) => ({ path, messageId: 'inDestination' })), ...(writeAccess.auditLog ? [{ path: writeAccess.auditLog, messageId: 'inAuditLog' }] : [])] } : null;
        placesOf.set(decl.object.connection, known);
      }
      if (!known) continue;
      const { writeAccess, places } = known;
      const hit = places.find(({ path }) => path.length <= decl.object.path.length && path.every((name, index) => decl.object.path[index] === name));
      if (!hit) continue;
      context.report({
        messageId: hit.messageId,
        data: {
          object: formatObjectPath(decl.object),
          destination: formatObjectPath({ connection: decl.object.connection, path: [...hit.path] }),
          connection: decl.object.connection,
          principal: describePrincipal(decl.principal),
        },
        span: decl.objectSpan,
        related: [{ message: `write access of ${decl.object.connection}`, span: writeAccess.span }],
      });
    }
  },
};
