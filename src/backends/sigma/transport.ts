// HTTP/1.1 over node:http and node:https with keep-alive sockets, one pool
// per client sized to its concurrency. Why not the global fetch: profiled on
// a 1,647-request read, fetch (undici, web streams, an AbortSignal per
// request) cost about 1 ms of CPU per request, three times node:http; at
// concurrency 8 and 20 ms of network latency that CPU, not the network,
// bounded the read (docs/performance.md). No dependency is added.

import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';

export interface TransportRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly timeoutMs: number;
}

export interface TransportResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  /** Undefined when the connection dropped while the body was read. */
  readonly body: string | undefined;
}

/** A failure before any answer: `code` is the system's (ECONNRESET, ECONNREFUSED…) or ETIMEDOUT. */
export class TransportError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

export class Transport {
  private readonly agent: http.Agent;
  private readonly secure: boolean;

  constructor(baseUrl: string, maxSockets: number) {
    this.secure = new URL(baseUrl).protocol === 'https:';
    const options = { keepAlive: true, maxSockets, maxFreeSockets: maxSockets, scheduling: 'lifo' as const };
    this.agent = this.secure ? new https.Agent(options) : new http.Agent(options);
  }

  send(request: TransportRequest): Promise<TransportResponse> {
    return new Promise((resolve, reject) => {
      const body = request.body === undefined ? undefined : Buffer.from(request.body, 'utf8');
      const outgoing = (this.secure ? https : http).request(request.url, {
        method: request.method,
        agent: this.agent,
        headers: { ...request.headers, ...(body && { 'content-length': String(body.length) }) },
      });
      let answered = false;
      outgoing.setTimeout(request.timeoutMs, () => outgoing.destroy(new TransportError('no answer in time', 'ETIMEDOUT')));
      outgoing.on('error', (error: NodeJS.ErrnoException) => {
        if (!answered) reject(error instanceof TransportError ? error : new TransportError(error.message, error.code));
      });
      outgoing.on('response', (incoming) => {
        answered = true;
        const chunks: Buffer[] = [];
        let cut = false;
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('aborted', () => (cut = true));
        incoming.on('error', () => (cut = true));
        incoming.on('close', () => {
          const complete = incoming.complete && !cut;
          resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: complete ? Buffer.concat(chunks).toString('utf8') : undefined });
        });
      });
      outgoing.end(body);
    });
  }

  /** Closes idle sockets, so that a finished run does not keep the process alive. */
  close(): void {
    this.agent.destroy();
  }
}
