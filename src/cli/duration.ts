// Durations on the command line (`--lock-timeout 5m`): Terraform's and Go's
// form, a sequence of number+unit (`90s`, `1m30s`, `500ms`, `1h`); a bare
// number means seconds.

import { UsageError } from '../model/errors.js';

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

export function parseDuration(text: string, option: string): number {
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const pattern = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
  let total = 0;
  let end = 0;
  for (const match of trimmed.matchAll(pattern)) {
    total += Number(match[1]) * (UNITS[match[2] as string] as number);
    end = (match.index ?? 0) + match[0].length;
  }
  if (end === 0 || end !== trimmed.length) throw new UsageError(`${option} takes a duration such as 30s, 5m or 1m30s, not "${text}"`);
  return Math.round(total);
}
