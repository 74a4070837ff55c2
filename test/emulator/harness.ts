// A test client for the emulator over real loopback HTTP. Every JSON
// response is checked against the trimmed contract's response schema for its
// operation and status, so every test is also a contract test; a mismatch
// fails the test that made the request.

import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach, expect } from 'vitest';
import { parseSeed, startEmulator, type RunningEmulator, type Seed } from '../../src/emulator/index.js';
import { checkResponse } from '../contract/response-contract.js';

export const EXAMPLE_SEED = fileURLToPath(new URL('../../examples/emulator/org.yaml', import.meta.url));

// Response bodies default to `any` here, and only here: each one has just
// been checked against the contract at run time, and tests read them through
// assertions, where a static shape would only add casts.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = any;

export interface ApiResponse<T = Body> {
  readonly status: number;
  readonly body: T;
  readonly text: string;
  readonly headers: Headers;
}

export interface RequestOptions {
  readonly json?: unknown;
  readonly form?: Record<string, string>;
  readonly headers?: Record<string, string>;
  /** Override the client's token; null sends none. */
  readonly token?: string | null;
}

export class ApiClient {
  token: string | undefined;

  constructor(readonly baseUrl: string) {}

  async request<T = Body>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    const token = options.token === undefined ? this.token : options.token;
    if (token !== undefined && token !== null) headers.authorization = `Bearer ${token}`;
    let body: string | undefined;
    if (options.json !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.form !== undefined) {
      headers['content-type'] ??= 'application/x-www-form-urlencoded';
      body = new URLSearchParams(options.form).toString();
    }
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, ...(body !== undefined ? { body } : {}) });
    const text = await response.text();
    const isJson = (response.headers.get('content-type') ?? '').startsWith('application/json');
    const parsed = isJson ? (JSON.parse(text) as T) : (text as unknown as T);
    if (isJson) {
      const pathname = new URL(`${this.baseUrl}${path}`).pathname;
      const check = checkResponse(method, pathname, response.status, parsed);
      expect(check.problems, `${method} ${path} → ${response.status} breaks the contract`).toEqual([]);
    }
    return { status: response.status, body: parsed, text, headers: response.headers };
  }

  get<T = Body>(path: string, options?: RequestOptions): Promise<ApiResponse<T>> {
    return this.request<T>('GET', path, options);
  }

  post<T = Body>(path: string, json?: unknown, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    return this.request<T>('POST', path, { ...options, json });
  }

  put<T = Body>(path: string, json?: unknown, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    return this.request<T>('PUT', path, { ...options, json });
  }

  patch<T = Body>(path: string, json?: unknown, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    return this.request<T>('PATCH', path, { ...options, json });
  }

  delete<T = Body>(path: string, options?: RequestOptions): Promise<ApiResponse<T>> {
    return this.request<T>('DELETE', path, options);
  }

  /** Client-credentials login with HTTP Basic; keeps the token for later requests. */
  async login(clientId: string, clientSecret: string): Promise<ApiResponse> {
    const response = await this.request('POST', '/v2/auth/token', {
      form: { grant_type: 'client_credentials' },
      headers: { authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}` },
      token: null,
    });
    expect(response.status).toBe(200);
    this.token = response.body.access_token as string;
    return response;
  }

  /** All entries of a page/limit list, following nextPage. */
  async all<T = Body>(path: string, limit = 1000): Promise<T[]> {
    const entries: T[] = [];
    let page: string | null = null;
    for (let guard = 0; guard < 10_000; guard += 1) {
      const separator = path.includes('?') ? '&' : '?';
      const response: ApiResponse = await this.get(`${path}${separator}limit=${limit}${page ? `&page=${encodeURIComponent(page)}` : ''}`);
      expect(response.status, `${path}: ${response.text}`).toBe(200);
      entries.push(...(response.body.entries as T[]));
      page = response.body.nextPage as string | null;
      if (page === null) return entries;
    }
    throw new Error(`${path} never ended`);
  }
}

export interface Started {
  readonly emulator: RunningEmulator;
  readonly api: ApiClient;
  /** Resets the emulator to its seed and logs in again. */
  reset(): Promise<void>;
}

/** Starts an emulator (default: the example org) and logs in with the seed's first credentials. */
export async function start(seed: Seed | string = EXAMPLE_SEED): Promise<Started> {
  const emulator = await startEmulator({ seed, env: {} });
  const api = new ApiClient(emulator.url);
  const [credentials] = emulator.credentials;
  if (!credentials) throw new Error('the seed has no credentials');
  await api.login(credentials.clientId, credentials.clientSecret);
  return {
    emulator,
    api,
    async reset() {
      emulator.control.reset();
      await api.login(credentials.clientId, credentials.clientSecret);
    },
  };
}

export type Ids = ReturnType<typeof ids>;

/**
 * One emulator on the example org for a whole test file, reset to its seed
 * (and logged in again) before each test; registers the hooks itself.
 */
export function exampleOrgPerFile(): { readonly started: Started; readonly id: Ids } {
  let started: Started | undefined;
  let id: Ids | undefined;
  beforeEach(async () => {
    started ??= await start();
    await started.reset();
    id = ids(started.emulator);
  });
  afterAll(async () => {
    await started?.emulator.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the emulator starts before each test: use it inside tests');
    return value;
  };
  return {
    get started() {
      return ready(started);
    },
    get id() {
      return ready(id);
    },
  };
}

/** A seed from YAML text, for tests that need their own organization. */
export function seedFrom(yaml: string): Seed {
  return parseSeed(yaml, 'test-seed.yaml');
}

/** Ids by natural key from the state dump, so that tests speak in names. */
export function ids(emulator: RunningEmulator) {
  const state = emulator.control.state() as unknown as {
    members: Array<{ memberId: string; email: string }>;
    teams: Array<{ teamId: string; name: string }>;
    connections: Array<{ connectionId: string; name: string; rootInodeId: string; paths: Array<{ inodeId: string; urlId: string; path: string[] }> }>;
    organization: { allMembersTeamId: string };
  };
  const find = <T>(items: T[], predicate: (item: T) => boolean, what: string): T => {
    const found = items.find(predicate);
    if (!found) throw new Error(`no ${what}`);
    return found;
  };
  return {
    member: (email: string) => find(state.members, (each) => each.email === email, email).memberId,
    team: (name: string) => find(state.teams, (each) => each.name === name, name).teamId,
    allMembers: state.organization.allMembersTeamId,
    connection: (name: string) => find(state.connections, (each) => each.name === name, name).connectionId,
    root: (name: string) => find(state.connections, (each) => each.name === name, name).rootInodeId,
    path: (name: string, ...path: string[]) => {
      const connection = find(state.connections, (each) => each.name === name, name);
      return find(connection.paths, (each) => each.path.join('/') === path.join('/'), path.join('/'));
    },
  };
}
