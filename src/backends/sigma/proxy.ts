// The Sigma client through an HTTP proxy (HTTPS_PROXY, HTTP_PROXY,
// NO_PROXY: src/net/proxy-env.ts), over the same keep-alive node:http pool:
//
// - https:// targets go through a CONNECT tunnel: an https.Agent whose
//   sockets are TLS over a tunnel the proxy opened, so keep-alive and the
//   pool's size (the client's concurrency) stay what they are without one;
// - http:// targets (the emulator, a local test) are sent to the proxy with
//   the absolute URL as the request target (RFC 9112 §3.2.2), over a
//   keep-alive pool to the proxy.
//
// A proxy that cannot be reached, refuses the tunnel or asks for credentials
// fails as `EPROXY`, named by its address only (never its credentials).

import http, { type ClientRequestArgs } from 'node:http';
import https from 'node:https';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';
import { displayProxy, proxyAuthorization } from '../../net/proxy-env.js';

export const PROXY_FAILURE = 'EPROXY';

export class ProxyError extends Error {
  readonly code = PROXY_FAILURE;
}

interface PoolOptions {
  readonly keepAlive: true;
  readonly maxSockets: number;
  readonly maxFreeSockets: number;
  readonly scheduling: 'lifo';
}

/** An https.Agent whose connections are TLS inside a CONNECT tunnel through `proxy`. */
export class TunnelAgent extends https.Agent {
  constructor(
    private readonly proxy: URL,
    options: PoolOptions,
  ) {
    super(options);
  }

  override createConnection(options: ClientRequestArgs & tls.ConnectionOptions, callback?: (err: Error | null, stream: Duplex) => void): Duplex | null | undefined {
    const done = callback ?? (() => undefined);
    const host = options.host ?? options.hostname ?? 'localhost';
    const port = Number(options.port ?? 443);
    const authority = `${host.includes(':') ? `[${host}]` : host}:${port}`;
    const authorization = proxyAuthorization(this.proxy);
    const connect = http.request({
      host: this.proxy.hostname.replace(/^\[|\]$/g, ''),
      port: Number(this.proxy.port || 80),
      method: 'CONNECT',
      path: authority,
      headers: { host: authority, ...(authorization && { 'proxy-authorization': authorization }) },
      agent: false,
    });
    connect.setTimeout(30_000, () => connect.destroy(new ProxyError(`the proxy ${displayProxy(this.proxy)} did not open a tunnel in time`)));
    connect.once('connect', (response, socket) => {
      if (response.statusCode !== 200) {
        socket.destroy();
        done(new ProxyError(`the proxy ${displayProxy(this.proxy)} refused a tunnel to ${authority} (HTTP ${response.statusCode})`), undefined as never);
        return;
      }
      // The pool's TLS options (servername, CA, verification) apply inside the tunnel as they would without it.
      const { path: _path, host: _host, port: _port, ...tlsOptions } = options;
      const secure = tls.connect({ ...tlsOptions, socket, servername: options.servername ?? (isIp(host) ? undefined : host) } as tls.ConnectionOptions);
      done(null, secure);
    });
    connect.once('error', (error: NodeJS.ErrnoException) => done(error instanceof ProxyError ? error : new ProxyError(`cannot reach the proxy ${displayProxy(this.proxy)} (${error.code ?? error.message})`), undefined as never));
    connect.end();
    return undefined;
  }
}

/** Where one request goes: an agent, and how to address the target through it. */
export interface Route {
  readonly agent: http.Agent;
  readonly secure: boolean;
  /** Request options that send `url` along this route. */
  options(url: URL): http.RequestOptions;
  /** Set when the route is a proxy, for its failures. */
  readonly proxy?: URL;
}

export function directRoute(secure: boolean, pool: PoolOptions): Route {
  const agent = secure ? new https.Agent(pool) : new http.Agent(pool);
  return { agent, secure, options: () => ({}) };
}

export function proxiedRoute(target: URL, proxy: URL, pool: PoolOptions): Route {
  if (target.protocol === 'https:') return { agent: new TunnelAgent(proxy, pool), secure: true, proxy, options: () => ({}) };
  const authorization = proxyAuthorization(proxy);
  return {
    agent: new http.Agent(pool),
    secure: false,
    proxy,
    options: (url) => ({
      host: proxy.hostname.replace(/^\[|\]$/g, ''),
      port: Number(proxy.port || 80),
      path: url.href,
      headers: { host: url.host, ...(authorization && { 'proxy-authorization': authorization }) },
    }),
  };
}

function isIp(host: string): boolean {
  return /^[\d.]+$/.test(host) || host.includes(':');
}
