// The Sigma client through HTTP_PROXY: a loopback forward proxy (absolute-URI
// requests, and CONNECT) that records what it forwards; NO_PROXY bypasses it.

import { afterEach, describe, expect, it } from 'vitest';
import { startForwardProxy, type ForwardProxy } from '../../support/forward-proxy.js';
import { startSigma } from '../../support/sigma-emulator.js';
import { smallOrg } from './fixtures.js';

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
