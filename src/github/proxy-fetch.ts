// The GitHub client through an HTTP proxy: octokit calls `fetch`, and the
// global fetch ignores HTTPS_PROXY / HTTP_PROXY / NO_PROXY on Node 20 and 22.
// When the environment names a proxy, requests that it applies to go through
// undici's ProxyAgent (a CONNECT tunnel for https, absolute URLs for http; keep-alive), read by the same rules
// as the Sigma client's (src/net/proxy-env.ts); the others, and every request
// when no proxy is set, use the global fetch as before.

import { fetch as undiciFetch, ProxyAgent } from 'undici';
import { proxyFor, type ProxyEnvironment } from '../net/proxy-env.js';

/** A fetch that honours the proxy variables of `env`; undefined when none is set, so that octokit keeps its default. */
export function proxiedFetch(env: ProxyEnvironment): typeof fetch | undefined {
  const named = ['https_proxy', 'http_proxy'].some((name) => env[name]?.trim() || env[name.toUpperCase()]?.trim());
  if (!named) return undefined;
  const agents = new Map<string, ProxyAgent>();
  const proxied = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const proxy = proxyFor(url, env);
    if (!proxy) return fetch(input, init);
    // https:// goes through a CONNECT tunnel; http:// is sent to the proxy as an
    // absolute URL, as the Sigma client does and as proxies expect (squid's
    // default configuration refuses CONNECT to any port but 443).
    const tunnel = url.protocol === 'https:';
    const key = `${tunnel ? 'tunnel' : 'forward'} ${proxy.href}`;
    let agent = agents.get(key);
    if (!agent) {
      // Credentials in the proxy URL become Proxy-Authorization (undici reads them from `uri`).
      agent = new ProxyAgent({ uri: proxy.href, proxyTunnel: tunnel });
      agents.set(key, agent);
    }
    return undiciFetch(input as Parameters<typeof undiciFetch>[0], { ...(init as Parameters<typeof undiciFetch>[1]), dispatcher: agent }) as unknown as Promise<Response>;
  };
  return proxied as typeof fetch;
}
