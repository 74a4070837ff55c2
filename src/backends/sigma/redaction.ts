// Secrets never leave the process (DESIGN.md §2): every message that the
// client builds from a response, a request or an exception goes through the
// redactor, which knows each secret value the run has touched (the client
// secret, tokens, connection secrets resolved at apply time).

import { secretMasker, type SecretMasker } from '../../model/secret-forms.js';

const MASK = '[redacted]';
/** Values shorter than this are not masked: masking "a" would garble every message. */
const MIN_LENGTH = 4;

export class Redactor {
  private readonly secrets = new Set<string>();
  private masker: SecretMasker | undefined;

  /** Remembers a value to mask from now on, with its encoded forms (Basic, base64, URL, JSON). */
  add(secret: string | undefined): void {
    if (secret === undefined || secret.length < MIN_LENGTH || this.secrets.has(secret)) return;
    this.secrets.add(secret);
    this.masker = undefined;
  }

  /** `text` with every known secret, and anything that looks like an Authorization header or token, masked. */
  redact(text: string): string {
    this.masker ??= secretMasker(this.secrets, MASK);
    return this.masker(text)
      .replace(/(authorization["']?\s*[:=]\s*["']?)(basic|bearer)\s+[^\s"',}]+/gi, `$1$2 ${MASK}`)
      .replace(/\b(access_token|refresh_token|client_secret|password|token)(["']?\s*[:=]\s*["']?)[^\s"'&,}]+/gi, `$1$2${MASK}`);
  }

  /** A copy of `error`'s message, redacted, for wrapping in our own errors. */
  messageOf(error: unknown): string {
    return this.redact(error instanceof Error ? error.message : String(error));
  }
}
