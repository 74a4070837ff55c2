// The request log that tests and benchmarks read: what was asked and what
// was answered, never a secret. Only method, path, query (with secret-looking
// parameters masked), status and timing are kept; no headers, no bodies.

export interface RequestLogEntry {
  readonly seq: number;
  readonly at: string;
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  /** The contract operation served, e.g. `GET /v2/teams/{teamId}`; absent for unknown routes. */
  readonly operation: string | undefined;
  /** null when the connection was dropped. */
  readonly status: number | null;
  readonly fault: string | undefined;
  readonly durationMs: number;
}

const SECRET_PARAMETER = /secret|password|passphrase|^token$|access_token|refresh_token|api_?key|private/i;

export function redactQuery(query: URLSearchParams): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of query) result[key] = SECRET_PARAMETER.test(key) ? '[redacted]' : value;
  return result;
}

export class RequestLog {
  private entries: RequestLogEntry[] = [];
  private seq = 0;

  constructor(
    private readonly limit: number,
    private readonly listener?: (entry: RequestLogEntry) => void,
  ) {}

  add(entry: Omit<RequestLogEntry, 'seq'>): void {
    this.seq += 1;
    const logged = { seq: this.seq, ...entry };
    this.entries.push(logged);
    this.listener?.(logged);
    // Bounded, so that a long benchmark does not grow memory without end.
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
  }

  list(): readonly RequestLogEntry[] {
    return this.entries;
  }

  clear(): void {
    this.entries = [];
  }
}
