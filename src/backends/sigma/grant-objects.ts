// Which object each live grant is on. A grant names its object by an id:
// a connection's id, or an inode id that the path list may not show (it
// lists `urlId`s; grants may carry the canonical `inodeId` instead). Placing
// them costs requests, so the cheapest sources go first and each step runs
// only if ids are still unplaced (docs/sigma-backend.md, "Placing grants"):
//   1. connection ids, free;
//   2. each connection's root inode, one lookup of the empty path each;
//   3. the first page of the path list: if it places any grant, grants carry
//      `urlId`s and the rest of the list places them all, in a few pages;
//   4. otherwise the objects the files name ("hints"), one lookup each,
//      which the plan needs anyway (missing objects, write targets);
//   5. the path list, then the table endpoint, then lookups of listed
//      containers and tables, for grants on objects the files do not name.

import type { ObjectPath } from '../../model/object-path.js';
import { WAREHOUSES } from '../../model/warehouses.js';
import type { IdIndex } from './id-index.js';
import type { ObjectPaths } from './object-paths.js';
import type { WireGrant } from './wire.js';

export async function placeGrantObjects(grants: readonly WireGrant[], index: IdIndex, paths: ObjectPaths, hints: readonly ObjectPath[]): Promise<void> {
  const ids = [...new Set(grants.map((grant) => grant.inodeId))];
  const unplaced = () => ids.filter((id) => !index.connectionById(id) && !paths.locate(id));
  if (unplaced().length === 0) return;

  const connections = index.connections();
  await Promise.all(connections.map((known) => paths.rootOf(known.id)));
  if (unplaced().length === 0) return;

  if (await paths.firstPagePlacesAny(unplaced())) {
    await paths.listAllPaths();
    if (unplaced().length === 0) return;
  }

  const named = hints.flatMap((object) => {
    const known = index.connection(object.connection);
    return known && object.path.length > 0 ? [{ connectionId: known.id, object }] : [];
  });
  await paths.lookUp(named);
  if (unplaced().length === 0) return;

  await paths.listAllPaths();
  if (unplaced().length === 0) return;
  const typeOf = new Map(grants.map((grant) => [grant.inodeId, grant.inodeType]));
  const tables = unplaced().filter((id) => typeOf.get(id) === 'table');
  await paths.locateTables(tables);
  for (const known of connections) {
    if (unplaced().length === 0) return;
    await paths.lookUpListed(known.id, WAREHOUSES[known.type].containers.length, () => unplaced().length === 0);
  }
}
