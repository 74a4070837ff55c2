// The Sigma client through HTTP_PROXY: a loopback forward proxy (absolute-URI
// requests, and CONNECT) that records what it forwards; NO_PROXY bypasses it.

import { createServer, request as httpRequest, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startSigma } from '../../support/sigma-emulator.js';
import { smallOrg } from './fixtures.js';

interface ForwardProxy {
  readonly url: string;
  readonly seen: string[];
  close(): Promise<void>;
}

async function startForwardProxy(): Promise<ForwardProxy> {
  const seen: string[] = [];
  const server: Server = createServer((incoming, outgoing) => {
    seen.push(`${incoming.method} ${incoming.url}`);
    const target = new URL(incoming.url ?? '/');
    const upstream = httpRequest(target, { method: incoming.method, headers: incoming.headers }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    });
    upstream.on('error', () => outgoing.destroy());
    incoming.pipe(upstream);
  });
  server.on('connect', (incoming, socket, head) => {
    seen.push(`CONNECT ${incoming.url}`);
    const [host, port] = (incoming.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      socket.write('HTTP/1.1 200 Connection established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

const proxies: ForwardProxy[] = [];
afterEach(async () => void (await Promise.all(proxies.splice(0).map((proxy) => proxy.close()))));

describe('the Sigma client behind a proxy', () => {
  it('sends every request through HTTP_PROXY, as absolute URLs', async () => {
    const sigma = await startSigma(smallOrg());
    const proxy = await startForwardProxy();
    proxies.push(proxy);
    const snapshot = await sigma.backend({ env: { ...sigma.env, HTTP_PROXY: proxy.url } }).read();
    expect(snapshot.users.length).toBe(6);
    const served = sigma.emulator.control.requests().length;
    expect(proxy.seen.length).toBe(served);
    expect(proxy.seen).toContain(`POST ${sigma.emulator.url}/v2/auth/token`);
    expect(proxy.seen.every((line) => line.includes(sigma.emulator.url))).toBe(true);
  });

  it('bypasses the proxy for hosts in NO_PROXY', async () => {
    const sigma = await startSigma(smallOrg());
    const proxy = await startForwardProxy();
    proxies.push(proxy);
    await sigma.backend({ env: { ...sigma.env, http_proxy: proxy.url, NO_PROXY: 'localhost,127.0.0.1' } }).read();
    expect(proxy.seen).toEqual([]);
  });

  it('says in one sentence when the proxy cannot be reached', async () => {
    const sigma = await startSigma(smallOrg());
    const proxy = await startForwardProxy();
    await proxy.close();
    await expect(sigma.backend({ env: { ...sigma.env, HTTP_PROXY: `${proxy.url.replace('http://', 'http://user:pw@')}` } }).read()).rejects.toThrow(/^Cannot reach Sigma at http:\/\/127\.0\.0\.1:\d+ \(the proxy failed: see HTTPS_PROXY, HTTP_PROXY and NO_PROXY\)[^]*$/);
  });
});
