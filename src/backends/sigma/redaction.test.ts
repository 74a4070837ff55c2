import { describe, expect, it } from 'vitest';
import { Redactor } from './redaction.js';

describe('Redactor', () => {
  it('masks every value it was given, in plain, URL- and JSON-encoded forms', () => {
    const redactor = new Redactor();
    redactor.add('s3cr3t/pa ss"word');
    const text = `a s3cr3t/pa ss"word b ${encodeURIComponent('s3cr3t/pa ss"word')} c ${JSON.stringify('s3cr3t/pa ss"word')}`;
    const masked = redactor.redact(text);
    expect(masked).not.toContain('s3cr3t');
    expect(masked).toContain('[redacted]');
  });

  it('masks Authorization headers and token fields it was never told about', () => {
    const redactor = new Redactor();
    expect(redactor.redact('authorization: Bearer abc.def')).toBe('authorization: Bearer [redacted]');
    expect(redactor.redact('{"access_token":"xyz123","token_type":"bearer"}')).toBe('{"access_token":"[redacted]","token_type":"bearer"}');
    expect(redactor.redact('client_secret=hunter22&grant_type=client_credentials')).toBe('client_secret=[redacted]&grant_type=client_credentials');
  });

  it('leaves very short values alone rather than garble every message', () => {
    const redactor = new Redactor();
    redactor.add('a');
    expect(redactor.redact('a cat')).toBe('a cat');
  });
});
