// A loopback HTTP proxy between the Sigma client and the emulator that
// records every request the client sends (method, path, query, body), so
// that tests can check them against Sigma's contract. Real HTTP both ways:
// nothing in the client is mocked.

import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly contentType: string | undefined;
  readonly authorization: string | undefined;
  /** Parsed JSON or form fields; undefined without a body. */
  readonly body: unknown;
  readonly rawBody: string;
}

export interface RecordingProxy {
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** The most requests that were in flight at once. */
  readonly peakInFlight: () => number;
  close(): Promise<void>;
}

export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const upstream = new URL(target);
  const requests: RecordedRequest[] = [];
  let inFlight = 0;
  let peak = 0;
  const server: Server = createServer((incoming: IncomingMessage, outgoing) => {
    inFlight += 1;
    peak = Math.max(peak, inFlight);
    outgoing.on('close', () => (inFlight -= 1));
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const url = new URL(incoming.url ?? '/', 'http://proxy');
      const contentType = incoming.headers['content-type'];
      requests.push({
        method: incoming.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        contentType,
        authorization: incoming.headers.authorization,
        body: parseBody(rawBody, contentType),
        rawBody,
      });
      const forwarded = httpRequest(
        { host: upstream.hostname, port: upstream.port, method: incoming.method, path: incoming.url, headers: { ...incoming.headers, host: upstream.host } },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      // The emulator drops connections on purpose: drop ours too.
      forwarded.on('error', () => outgoing.destroy());
      forwarded.end(rawBody);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    peakInFlight: () => peak,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (raw === '') return undefined;
  if (contentType?.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(raw));
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}
