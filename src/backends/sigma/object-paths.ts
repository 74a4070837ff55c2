// Warehouse objects by path ↔ Sigma's connection path ids ("inodes"), cached
// for the run. Two sources, chosen by cost (docs/sigma-backend.md):
//   - the path list, GET /v2/connections/paths (every browsable database,
//     schema and table of every connection, 1,000 a page, with its `urlId`);
//   - lookups, POST /v2/connection/{connectionId}/lookup (one path each,
//     the only way to a stored procedure, answering with `inodeId`).
// A grant may name its object by either id: both map to the same path.

import { formatObjectPath, type ObjectPath } from '../../model/object-path.js';
import { SigmaApiError } from './errors.js';
import type { SigmaHttp } from './http.js';
import { listAll, PAGE_LIMIT } from './pagination.js';
import type { InodePathResponse, LookupResponse, PageResponse, WireGrant, WirePathEntry } from './wire.js';

export interface PathLocation {
  readonly connectionId: string;
  readonly path: readonly string[];
}

const keyOf = (connectionId: string, path: readonly string[]) => `${connectionId}\u0000${path.join('\u0000')}`;

export class ObjectPaths {
  /** connection id + path → the id to use in grant endpoints (urlId or inodeId). */
  private readonly idByPath = new Map<string, string>();
  /** Any id Sigma used for an object (urlId, inodeId) → where it is. */
  private readonly pathById = new Map<string, PathLocation>();
  /** Paths a lookup found missing. */
  private readonly missing = new Set<string>();
  private readonly lookups = new Map<string, Promise<string | undefined>>();
  private readonly aliasLookups = new Set<string>();
  private readonly roots = new Map<string, Promise<string | undefined>>();
  /** False once GET /v2/connections/paths/{inodeId} proved unavailable. */
  private tableEndpoint = true;
  private listing: Promise<void> | undefined;
  private listed = false;
  /** Pages of the path list still unread after the first, when Sigma told the total. */
  private firstPage: Promise<{ remainingPages: number | undefined }> | undefined;
  private nextPage: string | undefined;

  constructor(private readonly http: SigmaHttp) {}

  /** Where an id that Sigma gave (in a grant, a lookup, the list) points, if known. */
  locate(id: string): PathLocation | undefined {
    return this.pathById.get(id);
  }

  get isListed(): boolean {
    return this.listed;
  }

  /** Reads the first page of the path list (once per run) and tells whether its `urlId`s include any of `ids`. */
  async firstPagePlacesAny(ids: readonly string[]): Promise<boolean> {
    await this.readFirstPage();
    return ids.some((id) => this.pathById.has(id));
  }

  /** Reads the whole path list once per run. */
  listAllPaths(): Promise<void> {
    this.listing ??= (async () => {
      await this.readFirstPage();
      if (this.nextPage !== undefined) {
        const rest = await listAll<WirePathEntry>(this.http, { path: '/v2/connections/paths', startPage: this.nextPage });
        this.remember(rest);
      }
      this.listed = true;
    })();
    return this.listing;
  }

  /**
   * The id to use for `object` in the path-grant endpoints, undefined when
   * the object does not exist. `connectionId` is the connection's live id.
   */
  async idOf(connectionId: string, object: ObjectPath): Promise<string | undefined> {
    const key = keyOf(connectionId, object.path);
    const known = this.idByPath.get(key);
    if (known !== undefined) return known;
    if (this.missing.has(key)) return undefined;
    let pending = this.lookups.get(key);
    if (!pending) {
      pending = this.lookup(connectionId, object);
      this.lookups.set(key, pending);
    }
    return pending;
  }

  /**
   * Looks up each object once per run, even one the path list holds: to
   * learn the `inodeId` that grants carry beside the listed `urlId`.
   */
  async lookUp(objects: readonly { readonly connectionId: string; readonly object: ObjectPath }[]): Promise<void> {
    await Promise.all(
      objects.map(async ({ connectionId, object }) => {
        const key = keyOf(connectionId, object.path);
        if (this.lookups.has(key) || this.aliasLookups.has(key) || this.missing.has(key)) return this.lookups.get(key);
        if (!this.idByPath.has(key)) return this.idOf(connectionId, object);
        this.aliasLookups.add(key);
        return this.lookup(connectionId, object, false);
      }),
    );
  }

  /**
   * The objects among `objects` that do not exist. Reads the first page of
   * the path list, then whichever costs fewer requests: the rest of the list,
   * or one lookup per object the first page did not hold.
   */
  async findMissing(objects: readonly { readonly connectionId: string; readonly object: ObjectPath }[]): Promise<Set<string>> {
    const unresolved = () => objects.filter(({ connectionId, object }) => !this.idByPath.has(keyOf(connectionId, object.path)) && !this.missing.has(keyOf(connectionId, object.path)));
    if (!this.listed && unresolved().length > 0) {
      const { remainingPages } = await this.readFirstPage();
      if (remainingPages === undefined || remainingPages < unresolved().length) await this.listAllPaths();
    }
    const missing = new Set<string>();
    await Promise.all(
      objects.map(async ({ connectionId, object }) => {
        if ((await this.idOf(connectionId, object)) === undefined) missing.add(formatObjectPath(object));
      }),
    );
    return missing;
  }

  /**
   * The inode id of a connection's root, which grants on the connection may
   * carry instead of the connection id: a lookup of the empty path (the
   * lookup body allows it), or failing that, the connection's grant list.
   */
  rootOf(connectionId: string): Promise<string | undefined> {
    let pending = this.roots.get(connectionId);
    if (!pending) {
      pending = (async () => {
        try {
          const answer = await this.http.request<LookupResponse>({ method: 'POST', path: '/v2/connection/{connectionId}/lookup', params: { connectionId }, body: { path: [] } });
          if (!answer || typeof answer.inodeId !== 'string') return undefined;
          this.pathById.set(answer.inodeId, { connectionId, path: [] });
          return answer.inodeId;
        } catch (error) {
          if (!(error instanceof SigmaApiError && isNotFound(error))) throw error;
          const grants = await listAll<WireGrant>(this.http, { path: '/v2/connections/{connectionId}/grants', params: { connectionId } });
          for (const grant of grants) if (grant && typeof grant.inodeId === 'string') this.pathById.set(grant.inodeId, { connectionId, path: [] });
          return grants[0]?.inodeId;
        }
      })();
      this.roots.set(connectionId, pending);
    }
    return pending;
  }

  /**
   * Where table inodes are (conn → GET /v2/connections/paths/{inodeId}, one
   * request each). Stops at the first 404 or 405: Sigma (or an emulator)
   * that does not serve the endpoint would refuse every one.
   */
  async locateTables(inodeIds: readonly string[]): Promise<void> {
    for (const inodeId of inodeIds) {
      if (!this.tableEndpoint) return;
      try {
        const answer = await this.http.request<InodePathResponse>({ method: 'GET', path: '/v2/connections/paths/{inodeId}', params: { inodeId } });
        if (answer && typeof answer.connectionId === 'string' && Array.isArray(answer.path)) this.pathById.set(inodeId, { connectionId: answer.connectionId, path: answer.path });
      } catch (error) {
        if (!(error instanceof SigmaApiError && error.status !== undefined && error.status < 500)) throw error;
        this.tableEndpoint = false;
      }
    }
  }

  /**
   * Looks up the listed paths of a connection, containers first, a batch at
   * a time, until `done()`: to learn the `inodeId` that a grant may use
   * instead of the listed `urlId`. Costly (one request each): only for ids
   * nothing cheaper could place.
   */
  async lookUpListed(connectionId: string, containerDepth: number, done: () => boolean): Promise<void> {
    const listed = [...this.idByPath.keys()]
      .map((key) => key.split('\u0000'))
      .filter(([owner, ...path]) => owner === connectionId && path.length > 0 && !this.aliasLookups.has(keyOf(connectionId, path)))
      .map(([, ...path]) => path)
      .sort((a, b) => Number(a.length > containerDepth) - Number(b.length > containerDepth) || a.length - b.length);
    const batch = 32;
    for (let start = 0; start < listed.length && !done(); start += batch) {
      await Promise.all(
        listed.slice(start, start + batch).map(async (path) => {
          this.aliasLookups.add(keyOf(connectionId, path));
          await this.lookup(connectionId, { connection: connectionId, path }, false);
        }),
      );
    }
  }

  /** Records a location learnt elsewhere (e.g. a create that answered with ids). */
  private remember(entries: readonly WirePathEntry[]): void {
    for (const entry of entries) {
      if (!entry || typeof entry.urlId !== 'string' || !Array.isArray(entry.path)) continue;
      const location = { connectionId: entry.connectionId, path: entry.path };
      this.idByPath.set(keyOf(entry.connectionId, entry.path), entry.urlId);
      this.pathById.set(entry.urlId, location);
    }
  }

  private readFirstPage(): Promise<{ remainingPages: number | undefined }> {
    this.firstPage ??= (async () => {
      const body = await this.http.request<unknown>({ method: 'GET', path: '/v2/connections/paths', query: { limit: PAGE_LIMIT } });
      const page = (Array.isArray(body) ? { entries: body, nextPage: null } : body) as Partial<PageResponse<WirePathEntry>>;
      if (!page || !Array.isArray(page.entries)) {
        throw new SigmaApiError('Sigma answered GET /v2/connections/paths with a list grantform cannot read', { endpoint: 'GET /v2/connections/paths' });
      }
      this.remember(page.entries);
      if (typeof page.nextPage !== 'string' || page.nextPage === '') {
        this.listed = true;
        this.listing = Promise.resolve();
        return { remainingPages: 0 };
      }
      this.nextPage = page.nextPage;
      const total = typeof page.total === 'number' && page.total >= page.entries.length ? page.total : undefined;
      return { remainingPages: total === undefined ? undefined : Math.max(1, Math.ceil(total / PAGE_LIMIT) - 1) };
    })();
    return this.firstPage;
  }

  /** POST …/lookup; `preferred` makes the answer the id used for writes (else only an alias to recognise). */
  private async lookup(connectionId: string, object: ObjectPath, preferred = true): Promise<string | undefined> {
    const key = keyOf(connectionId, object.path);
    if (object.path.length === 0) return connectionId;
    try {
      const answer = await this.http.request<LookupResponse>({
        method: 'POST',
        path: '/v2/connection/{connectionId}/lookup',
        params: { connectionId },
        body: { path: object.path },
      });
      if (!answer || typeof answer.inodeId !== 'string') return undefined;
      const location = { connectionId, path: object.path };
      if (preferred) this.idByPath.set(key, answer.inodeId);
      this.pathById.set(answer.inodeId, location);
      return answer.inodeId;
    } catch (error) {
      if (error instanceof SigmaApiError && isNotFound(error)) {
        this.missing.add(key);
        return undefined;
      }
      throw error;
    }
  }
}

/** A path that does not exist: Sigma answers 404 (or 400 for a path it cannot parse). */
function isNotFound(error: SigmaApiError): boolean {
  return error.status === 404 || error.status === 400;
}
