// Secrets in connection details are `{ env: NAME }` references; the value is
// read from the environment only inside a backend's execute. Both the
// planner and the backends need to tell a reference from a plain detail.

import type { DetailValue, SecretRef } from './project.js';

export function isSecretRef(value: DetailValue | undefined): value is SecretRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1 &&
    typeof (value as { env?: unknown }).env === 'string'
  );
}

/** Details without their secret fields: all that a live side or a state file may hold. */
export function detailsWithoutSecrets(details: Readonly<Record<string, DetailValue>>): Record<string, DetailValue> {
  const result: Record<string, DetailValue> = {};
  for (const [key, value] of Object.entries(details)) if (!isSecretRef(value)) result[key] = value;
  return result;
}

/** The `{ env }` references of a connection's details, by field. */
export function secretRefsOf(details: Readonly<Record<string, DetailValue>>): [field: string, ref: SecretRef][] {
  return Object.entries(details).filter((entry): entry is [string, SecretRef] => isSecretRef(entry[1]));
}
