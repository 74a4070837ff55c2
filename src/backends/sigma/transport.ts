// HTTP/1.1 over node:http and node:https with keep-alive sockets, one pool
// per client sized to its concurrency. Why not the global fetch: profiled on
// a 1,647-request read, fetch (undici, web streams, an AbortSignal per
// request) cost about 1 ms of CPU per request, three times node:http; at
// concurrency 8 and 20 ms of network latency that CPU, not the network,
// bounded the read (docs/performance.md). No dependency is added.
// HTTPS_PROXY / HTTP_PROXY / NO_PROXY are honoured through the same pools
// (proxy.ts).

import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import { displayProxy, proxyFor, type ProxyEnvironment } from '../../net/proxy-env.js';
import { directRoute, PROXY_FAILURE, ProxyError, proxiedRoute, type Route } from './proxy.js';

export interface TransportRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly timeoutMs: number;
}

export interface TransportResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  /** Undefined when the connection dropped while the body was read. */
  readonly body: string | undefined;
}

/** A failure before any answer: `code` is the system's (ECONNRESET, ECONNREFUSED…) or ETIMEDOUT. */
export class TransportError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/** Connection failures that, through a proxy that takes absolute URLs, are the proxy's. */
const CONNECT_FAILURES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

export class Transport {
  private readonly routes = new Map<string, Route>();
  private readonly pool: { keepAlive: true; maxSockets: number; maxFreeSockets: number; scheduling: 'lifo' };

  /** `env` is read once per origin for HTTPS_PROXY, HTTP_PROXY and NO_PROXY (lowercase first). */
  constructor(
    baseUrl: string,
    maxSockets: number,
    private readonly env: ProxyEnvironment = {},
  ) {
    this.pool = { keepAlive: true, maxSockets, maxFreeSockets: maxSockets, scheduling: 'lifo' };
    this.route(new URL(baseUrl));
  }

  /** The proxy requests to `url` go through, undefined when direct; for messages. */
  proxyOf(url: URL): string | undefined {
    const proxy = this.route(url).proxy;
    return proxy && displayProxy(proxy);
  }

  private route(url: URL): Route {
    const known = this.routes.get(url.origin);
    if (known) return known;
    const proxy = proxyFor(url, this.env);
    const route = proxy ? proxiedRoute(url, proxy, this.pool) : directRoute(url.protocol === 'https:', this.pool);
    this.routes.set(url.origin, route);
    return route;
  }

  send(request: TransportRequest): Promise<TransportResponse> {
    const route = this.route(request.url);
    return new Promise((resolve, reject) => {
      const body = request.body === undefined ? undefined : Buffer.from(request.body, 'utf8');
      const via = route.options(request.url);
      const outgoing = (route.secure ? https : http).request(request.url, {
        ...via,
        method: request.method,
        agent: route.agent,
        headers: { ...request.headers, ...via.headers, ...(body && { 'content-length': String(body.length) }) },
      });
      let answered = false;
      outgoing.setTimeout(request.timeoutMs, () => outgoing.destroy(new TransportError('no answer in time', 'ETIMEDOUT')));
      outgoing.on('error', (error: NodeJS.ErrnoException) => {
        if (answered) return;
        if (error instanceof TransportError) reject(error);
        else if (error instanceof ProxyError) reject(new TransportError(error.message, PROXY_FAILURE));
        else if (route.proxy && !route.secure && CONNECT_FAILURES.has(error.code ?? '')) reject(new TransportError(`cannot reach the proxy ${displayProxy(route.proxy)} (${error.code})`, PROXY_FAILURE));
        else reject(new TransportError(error.message, error.code));
      });
      outgoing.on('response', (incoming) => {
        answered = true;
        if (route.proxy && !route.secure && incoming.statusCode === 407) {
          incoming.resume();
          reject(new TransportError(`the proxy ${displayProxy(route.proxy)} asks for credentials (HTTP 407): put them in the proxy URL, http://user:password@host:port`, PROXY_FAILURE));
          return;
        }
        const chunks: Buffer[] = [];
        let cut = false;
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('aborted', () => (cut = true));
        incoming.on('error', () => (cut = true));
        incoming.on('close', () => {
          const complete = incoming.complete && !cut;
          resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: complete ? Buffer.concat(chunks).toString('utf8') : undefined });
        });
      });
      outgoing.end(body);
    });
  }

  /** Closes idle sockets, so that a finished run does not keep the process alive. */
  close(): void {
    for (const route of this.routes.values()) route.agent.destroy();
  }
}
