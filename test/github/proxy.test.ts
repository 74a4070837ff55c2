// The GitHub client through HTTP_PROXY / HTTPS_PROXY: a loopback forward
// proxy that records what it forwards, in front of the fake GitHub (which
// checks every request against GitHub's OpenAPI description). NO_PROXY
// bypasses it. Loopback is proxied like any other host unless NO_PROXY names
// it (src/net/proxy-env.ts), as curl does: that is what lets this test work.

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOctokitClient, type GitHubClient } from '../../src/github/client.js';
import type { ProxyEnvironment } from '../../src/net/proxy-env.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { startForwardProxy, type ForwardProxy } from '../support/forward-proxy.js';
import { TOKEN } from './support.js';

const repository = { owner: 'acme', repo: 'sigma-access' };
let github: FakeGitHub;
let proxy: ForwardProxy;

beforeAll(async () => {
  github = await startFakeGitHub({ token: TOKEN });
  proxy = await startForwardProxy();
});
afterAll(async () => {
  await proxy.close();
  await github.close();
});
afterEach(() => {
  proxy.seen.length = 0;
});

function clientWith(env: ProxyEnvironment): GitHubClient {
  return createOctokitClient({
    baseUrl: github.url,
    token: TOKEN,
    userAgent: 'grantform-test',
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    retryBaseMs: 5,
    paceWrites: false,
    env,
  });
}

async function commentTwice(client: GitHubClient): Promise<void> {
  const created = await client.createIssueComment(repository, 7, 'first');
  await client.updateIssueComment(repository, created.id, 'second');
  expect((await client.listIssueComments(repository, 7)).map((comment) => comment.body)).toContain('second');
}

describe('the GitHub client behind a proxy', () => {
  it('sends every request through HTTP_PROXY, as absolute URLs, and GitHub accepts them', async () => {
    const before = github.requests.length;
    await commentTwice(clientWith({ HTTP_PROXY: proxy.url }));
    const served = github.requests.slice(before);
    expect(served.length).toBe(3);
    expect(proxy.seen).toEqual(served.map((request) => `${request.method} ${new URL(request.url, github.url).href}`));
    expect(github.violations).toEqual([]);
  });

  it('reads the lowercase https_proxy for an https API by the same rules (falls back to http_proxy)', async () => {
    // The fake GitHub is http://, so https_proxy alone must not apply to it.
    await commentTwice(clientWith({ https_proxy: proxy.url }));
    expect(proxy.seen).toEqual([]);
  });

  it('bypasses the proxy for hosts in NO_PROXY', async () => {
    const before = github.requests.length;
    await commentTwice(clientWith({ HTTP_PROXY: proxy.url, NO_PROXY: 'example.com, 127.0.0.1' }));
    expect(github.requests.length - before).toBe(3);
    expect(proxy.seen).toEqual([]);
  });

  it('uses the proxy when NO_PROXY names other hosts only', async () => {
    await commentTwice(clientWith({ http_proxy: proxy.url, no_proxy: 'localhost,.internal' }));
    expect(proxy.seen.length).toBe(3);
  });
});
