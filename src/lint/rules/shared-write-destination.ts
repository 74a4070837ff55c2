// Two connections to the same warehouse that write into the same place (or
// one inside the other): Sigma reserves a write destination for one
// connection's input tables, uploads and materializations, so the two would
// overwrite and hide each other's objects.

import { formatObjectPath } from '../../model/object-path.js';
import type { ConnectionDecl } from '../../model/project.js';
import type { Rule } from '../rule.js';

// The details that say which warehouse a connection reaches; a connection
// that gives none of them is compared by type alone.
const IDENTITY_FIELDS = ['host', 'account', 'server', 'database', 'projectId', 'port', 'workspaceUrl'];

function identityOf(connection: ConnectionDecl): string {
  return JSON.stringify([connection.type, ...IDENTITY_FIELDS.map((field) => connection.details[field] ?? null)]);
}

function overlaps(a: readonly string[], b: readonly string[]): boolean {
  const length = Math.min(a.length, b.length);
  return a.slice(0, length).every((name, index) => b[index] === name);
}

export const sharedWriteDestination: Rule = {
  meta: {
    id: 'shared-write-destination',
    description: 'Two connections to the same warehouse with overlapping write destinations.',
    help: {
      why: "Sigma reserves a write destination for one connection's input tables, uploads and materializations; two connections writing into the same schema overwrite and hide each other's objects.",
      fix: 'Give each connection its own write destination schema (and audit log), then run grantform warehouse sql for the grants.',
    },
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      shared: 'the write destination {destination} of {connection} overlaps {other}, the write destination of {otherConnection} on the same warehouse; give each connection its own schema',
    },
  },
  check(context) {
    const seen: { connection: ConnectionDecl; path: readonly string[] }[] = [];
    for (const connection of context.connections) {
      const access = connection.writeAccess;
      if (!access) continue;
      const places = [...access.destinations, ...(access.auditLog ? [access.auditLog] : [])];
      for (const path of places) {
        const clash = seen.find((each) => each.connection !== connection && identityOf(each.connection) === identityOf(connection) && overlaps(each.path, path));
        if (clash) {
          context.report({
            messageId: 'shared',
            data: {
              destination: formatObjectPath({ connection: connection.name, path: [...path] }),
              connection: connection.name,
              other: formatObjectPath({ connection: clash.connection.name, path: [...clash.path] }),
              otherConnection: clash.connection.name,
            },
            span: access.span,
            related: [{ message: `write access of ${clash.connection.name}`, span: clash.connection.writeAccess!.span }],
          });
          break;
        }
      }
      for (const path of places) seen.push({ connection, path });
    }
  },
};
