// Connections, by name. A rename with `previously:` is an update in place.
// Secrets are never compared (the live side never has them):
// `secretsVersion` forces the update that sends them again.

import type { ConnectionChange } from '../model/changes.js';
import { connectionAddress } from './addresses.js';
import { plural, type DiffContext } from './diff-context.js';
import { connectionDifferences, connectionSpecOf, mergedConnection } from './specs.js';

export function diffConnections({ desired, live, settings }: DiffContext): ConnectionChange[] {
  const changes: ConnectionChange[] = [];
  const declared = new Set<string>();
  for (const declaration of desired.connections) {
    declared.add(declaration.name);
    const { previously: _previously, ...spec } = declaration;
    const entry = live.connections.get(spec.name);
    const address = connectionAddress(spec.name);
    if (!entry) {
      changes.push({ type: 'connection', action: 'create', address, after: spec });
      continue;
    }
    const before = connectionSpecOf(entry.live);
    const differences = connectionDifferences(spec, before);
    if (entry.renamedFrom === undefined && differences.length === 0) continue;
    const reasons = [
      ...(entry.renamedFrom !== undefined ? [`renamed from ${entry.renamedFrom}`] : []),
      ...(differences.includes('secretsVersion') ? [`secretsVersion raised to ${spec.secretsVersion}: secrets are sent again`] : []),
    ];
    changes.push({
      type: 'connection',
      action: 'update',
      address,
      before,
      after: mergedConnection(spec, before),
      ...(entry.renamedFrom !== undefined && { renamedFrom: entry.renamedFrom }),
      ...(reasons.length > 0 && { reason: reasons.join('; ') }),
    });
  }
  if (settings.manage.connections !== 'authoritative') return changes;
  for (const [name, entry] of live.connections) {
    if (declared.has(name)) continue;
    let grants = 0;
    if (settings.manage.grants !== 'authoritative') {
      for (const group of live.grants.values()) if (group.object.connection === name) grants += group.grants.length;
    }
    changes.push({
      type: 'connection',
      action: 'delete',
      address: connectionAddress(name),
      before: connectionSpecOf(entry.live),
      ...(grants > 0 && { reason: `its ${plural(grants, 'grant')} go with it` }),
    });
  }
  return changes;
}
