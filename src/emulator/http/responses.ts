// Writing responses: JSON always, except the HTML throttle page that Sigma's
// edge serves to clients that go too fast ([skills], sigma-api.md §9).

import type { ServerResponse } from 'node:http';

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

const THROTTLE_PAGE = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Just a moment...</title></head>
<body>
<h1>Too many requests</h1>
<p>Checking your browser before accessing the Sigma API. This request was rate limited; please retry later.</p>
</body>
</html>
`;

export function sendThrottlePage(response: ServerResponse, status: number, retryAfterSeconds: number | undefined): void {
  const headers: Record<string, string | number> = { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(THROTTLE_PAGE) };
  if (retryAfterSeconds !== undefined) headers['retry-after'] = String(retryAfterSeconds);
  response.writeHead(status, headers);
  response.end(THROTTLE_PAGE);
}
