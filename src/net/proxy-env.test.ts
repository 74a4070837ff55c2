import { describe, expect, it } from 'vitest';
import { bypassed, proxyFor } from './proxy-env.js';

describe('proxyFor', () => {
  it('reads HTTPS_PROXY for https (falling back to HTTP_PROXY), HTTP_PROXY for http, lowercase first', () => {
    const env = { HTTPS_PROXY: 'http://upper:1', https_proxy: 'http://lower:2', HTTP_PROXY: 'plain:3' };
    expect(proxyFor(new URL('https://api.sigmacomputing.com'), env)?.host).toBe('lower:2');
    expect(proxyFor(new URL('http://127.0.0.1:4010'), env)?.href).toBe('http://plain:3/');
    expect(proxyFor(new URL('https://x.example'), { HTTP_PROXY: 'http://only:4' })?.host).toBe('only:4');
    expect(proxyFor(new URL('https://x.example'), {})).toBeUndefined();
  });

  it('leaves NO_PROXY hosts, their subdomains and * direct', () => {
    const target = new URL('https://aws-api.sigmacomputing.com');
    expect(bypassed(target, 'sigmacomputing.com')).toBe(true);
    expect(bypassed(target, '.sigmacomputing.com')).toBe(true);
    expect(bypassed(target, 'localhost, *.sigmacomputing.com')).toBe(true);
    expect(bypassed(target, 'sigmacomputing.com:8443')).toBe(false);
    expect(bypassed(target, 'computing.com')).toBe(false);
    expect(bypassed(target, '*')).toBe(true);
    expect(proxyFor(target, { HTTPS_PROXY: 'http://p:1', no_proxy: 'sigmacomputing.com' })).toBeUndefined();
  });

  it('refuses a proxy URL that is not http:// in one sentence', () => {
    expect(() => proxyFor(new URL('https://x.example'), { HTTPS_PROXY: 'socks5://p:1' })).toThrow(/^\$HTTPS_PROXY must be an http:\/\/ proxy URL/);
  });
});
