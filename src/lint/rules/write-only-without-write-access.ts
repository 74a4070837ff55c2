// `write-only` lets a user write to the connection's write destination and
// nothing else: on a connection whose write access is disabled it gives nothing.

import type { Rule } from '../rule.js';
import { describePrincipal } from '../../model/project.js';

export const writeOnlyWithoutWriteAccess: Rule = {
  meta: {
    id: 'write-only-without-write-access',
    description: 'A write-only grant on a connection with no write destination.',
    help: {
      why: 'Write-only (Can write only) gives the ability to write to the connection\'s write destination; on a connection without one it gives nothing.',
      fix: 'Configure `writeAccess.destination` on the connection, or remove the grant.',
    },
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      noWriteAccess: 'write-only on {connection} for {principal} gives nothing: the connection has no write access; add writeAccess with its destination to connection {connection}, or remove this grant',
    },
  },
  check(context) {
    for (const grant of context.grants) {
      const decl = grant.grant;
      if (decl.access !== 'write-only') continue;
      const connection = context.project.connections.get(decl.object.connection);
      if (!connection || connection.writeAccess) continue;
      context.report({
        messageId: 'noWriteAccess',
        data: { connection: connection.name, principal: describePrincipal(decl.principal) },
        span: decl.accessSpan,
        related: [{ message: `connection ${connection.name}, declared without writeAccess`, span: connection.nameSpan }],
      });
    }
  },
};
