// Ids. Seeded resources get ids derived from their natural keys, so that the
// same seed always yields the same ids (tests can predict them, and two runs
// of a benchmark compare). Resources created through the API get random ones,
// as Sigma's would be. Every id is opaque to clients.

import { createHash, randomBytes, randomUUID } from 'node:crypto';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function digest(parts: readonly string[]): Buffer {
  return createHash('sha256').update(parts.join('\u0000')).digest();
}

/** A version-4-shaped UUID derived from `parts`. */
export function stableUuid(...parts: string[]): string {
  return formatUuid(digest(parts));
}

/** A short url id (Sigma's `urlId`) derived from `parts`. */
export function stableUrlId(...parts: string[]): string {
  return toBase62(digest(['urlId', ...parts]), 22);
}

export function freshUuid(): string {
  return randomUUID();
}

export function freshUrlId(): string {
  return toBase62(randomBytes(32), 22);
}

/** An unguessable token (access and refresh tokens). */
export function opaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

function formatUuid(bytes: Buffer): string {
  const b = Buffer.from(bytes.subarray(0, 16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

function toBase62(bytes: Buffer, length: number): string {
  let out = '';
  for (let i = 0; out.length < length; i += 1) out += BASE62[(bytes[i % bytes.length] ?? 0) % 62];
  return out;
}
