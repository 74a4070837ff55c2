// Secrets never leave the process (DESIGN.md §2): every message that the
// client builds from a response, a request or an exception goes through the
// redactor, which knows each secret value the run has touched (the client
// secret, tokens, connection secrets resolved at apply time).

const MASK = '[redacted]';
/** Values shorter than this are not masked: masking "a" would garble every message. */
const MIN_LENGTH = 4;

export class Redactor {
  private readonly secrets = new Set<string>();

  /** Remembers a value to mask from now on (and its URL- and Base64-encoded forms). */
  add(secret: string | undefined): void {
    if (secret === undefined || secret.length < MIN_LENGTH) return;
    this.secrets.add(secret);
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) this.secrets.add(encoded);
    const json = JSON.stringify(secret).slice(1, -1);
    if (json !== secret) this.secrets.add(json);
  }

  /** `text` with every known secret, and anything that looks like an Authorization header or token, masked. */
  redact(text: string): string {
    let result = text;
    // Longest first, so that a secret containing another is masked whole.
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) {
      if (result.includes(secret)) result = result.split(secret).join(MASK);
    }
    return result
      .replace(/(authorization["']?\s*[:=]\s*["']?)(basic|bearer)\s+[^\s"',}]+/gi, `$1$2 ${MASK}`)
      .replace(/\b(access_token|refresh_token|client_secret|password|token)(["']?\s*[:=]\s*["']?)[^\s"'&,}]+/gi, `$1$2${MASK}`);
  }

  /** A copy of `error`'s message, redacted, for wrapping in our own errors. */
  messageOf(error: unknown): string {
    return this.redact(error instanceof Error ? error.message : String(error));
  }
}
