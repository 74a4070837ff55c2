// Which proxy a request goes through, from the environment as curl, undici
// and most tools read it: `https_proxy` / `HTTPS_PROXY` for https:// URLs
// (falling back to the http one), `http_proxy` / `HTTP_PROXY` for http://
// URLs, the lowercase form first; `no_proxy` / `NO_PROXY` lists hosts that
// are reached directly: comma- or space-separated names, each matching the
// host and its subdomains (`example.com`, `.example.com`, `*.example.com`),
// optionally with `:port`, or `*` for every host. Shared by the Sigma and
// GitHub clients so that both read the same variables the same way
// (docs/sigma-backend.md, "Proxies").

import { ConfigError } from '../model/errors.js';

export type ProxyEnvironment = Readonly<Record<string, string | undefined>>;

const DEFAULT_PORTS: Readonly<Record<string, string>> = { 'http:': '80', 'https:': '443' };

function variable(env: ProxyEnvironment, name: string): { name: string; value: string } | undefined {
  for (const each of [name.toLowerCase(), name.toUpperCase()]) {
    const value = env[each]?.trim();
    if (value) return { name: each, value };
  }
  return undefined;
}

/** The proxy for `target`, or undefined to connect directly. Throws one sentence for a proxy URL that is not one. */
export function proxyFor(target: URL, env: ProxyEnvironment): URL | undefined {
  const setting = target.protocol === 'https:' ? (variable(env, 'https_proxy') ?? variable(env, 'http_proxy')) : target.protocol === 'http:' ? variable(env, 'http_proxy') : undefined;
  if (!setting || bypassed(target, variable(env, 'no_proxy')?.value ?? '')) return undefined;
  let proxy: URL;
  try {
    // `proxy.internal:3128` without a scheme means http://, as curl reads it.
    proxy = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(setting.value) ? setting.value : `http://${setting.value}`);
  } catch {
    throw new ConfigError(`$${setting.name} is not a URL: use one such as http://proxy.internal:3128`);
  }
  if (proxy.protocol !== 'http:') throw new ConfigError(`$${setting.name} must be an http:// proxy URL (grantform tunnels https through it with CONNECT), not ${proxy.protocol}//`);
  return proxy;
}

/** Whether NO_PROXY says to reach `target` directly. */
export function bypassed(target: URL, noProxy: string): boolean {
  const host = target.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = target.port || DEFAULT_PORTS[target.protocol] || '';
  for (const raw of noProxy.split(/[\s,]+/)) {
    const entry = raw.trim().toLowerCase();
    if (entry === '') continue;
    if (entry === '*') return true;
    const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(entry);
    if (!match) continue;
    const name = (match[1] as string).replace(/^\[|\]$/g, '').replace(/^\*?\./, '');
    if (match[2] !== undefined && match[2] !== port) continue;
    if (host === name || host.endsWith(`.${name}`)) return true;
  }
  return false;
}

/** The proxy as messages may show it: no user name, no password. */
export function displayProxy(proxy: URL): string {
  return `${proxy.protocol}//${proxy.host}`;
}

/** Proxy-Authorization for a proxy URL with credentials (`http://user:pass@proxy:3128`), else undefined. */
export function proxyAuthorization(proxy: URL): string | undefined {
  if (proxy.username === '' && proxy.password === '') return undefined;
  const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return `Basic ${Buffer.from(credentials, 'utf8').toString('base64')}`;
}
