// Encoded forms of a secret (#17): each redactor must mask a secret however
// it is written, as it would travel in a git config, a header, a URL or a body.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Redactor } from '../../src/backends/sigma/redaction.js';
import { redactor } from '../../src/github/redaction.js';
import { secretMasker } from '../../src/model/secret-forms.js';

const SECRET = 'ghs_Xy9+/unit=Secret~value!';
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

const FORMS: Readonly<Record<string, string>> = {
  plain: `token is ${SECRET}.`,
  'HTTP Basic of x-access-token:secret (a checkout credential)': `extraheader = AUTHORIZATION: basic ${b64(`x-access-token:${SECRET}`)}`,
  'HTTP Basic of id:secret': `Authorization: Basic ${b64(`client-123:${SECRET}`)}`,
  'HTTP Basic with a one-byte id': `Basic ${b64(`a:${SECRET}`)}`,
  'plain base64': `value=${b64(SECRET)}`,
  'base64 without padding': `value=${b64(SECRET).replace(/=+$/, '')}`,
  'base64url': `jwt.${b64url(`{"s":"${SECRET}"}`)}.sig`,
  'URL-encoded': `https://example.com/?t=${encodeURIComponent(SECRET)}`,
  'URL-encoded, lower-case hex': `?t=${encodeURIComponent(SECRET).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase())}`,
  'form-encoded': `client_id=x&${new URLSearchParams({ client_secret: SECRET }).toString()}`,
  'JSON-escaped': JSON.stringify({ value: `"${SECRET}"` }),
};

/** Every substring of the secret (and of its base64) long enough to identify it. */
function leaks(text: string, secret: string): boolean {
  if (text.includes(secret.slice(0, 8)) || text.includes(secret.slice(-8))) return true;
  return [b64(secret), b64(`x-access-token:${secret}`)].some((encoded) => text.includes(encoded.slice(4, 16)));
}

describe('secret forms', () => {
  it.each(Object.entries(FORMS))('the GitHub redactor masks the secret %s', (_name, text) => {
    const masked = redactor([SECRET])(text);
    expect(masked).toContain('***');
    expect(leaks(masked, SECRET), masked).toBe(false);
  });

  it.each(Object.entries(FORMS))('the Sigma client redactor masks the secret %s', (_name, text) => {
    const sigma = new Redactor();
    sigma.add(SECRET);
    const masked = sigma.redact(text);
    expect(masked).toContain('[redacted]');
    expect(leaks(masked, SECRET), masked).toBe(false);
  });

  it('masks the whole base64 run, prefix included, and leaves the text around it', () => {
    const header = `AUTHORIZATION: basic ${b64(`x-access-token:${SECRET}`)}`;
    expect(redactor([SECRET])(`${header} (end)`)).toBe('AUTHORIZATION: basic *** (end)');
  });

  it('leaves text that holds no form of a secret unchanged', () => {
    const text = `plan: 3 changes; Basic ${b64('someone:else-entirely')}; ${encodeURIComponent('a b/c')}`;
    expect(redactor([SECRET])(text)).toBe(text);
  });

  it('masks any secret of 8 characters or more behind any Basic id', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 8, maxLength: 40 }), fc.string({ maxLength: 20 }), (secret, id) => {
        const masked = secretMasker([secret], '#')(`Basic ${b64(`${id}:${secret}`)} ${b64(secret)}`);
        return !masked.includes(b64(`${id}:${secret}`)) && !masked.includes(b64(secret));
      }),
      { numRuns: 300 },
    );
  });
});
