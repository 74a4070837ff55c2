// Resource addresses (DESIGN.md §3): how plans, --target and messages name
// a resource. Built from names and emails, never from a backend's ids, so
// that the same resource has the same address on every backend.

import { formatObjectPath, type ObjectPath } from '../model/object-path.js';
import { principalKey, type Principal } from '../model/project.js';

export const connectionAddress = (name: string): string => `connection.${name}`;
export const userAddress = (email: string): string => `user.${email}`;
export const teamAddress = (name: string): string => `team.${name}`;
export const membershipAddress = (team: string, email: string): string => `membership.${team}.${email}`;

/** `team.Sales@snowflake-prod/ANALYTICS`: a grant's identity, (principal, object). */
export function grantKey(principal: Principal, object: ObjectPath): string {
  return `${principalKey(principal)}@${formatObjectPath(object)}`;
}

export const grantAddress = (principal: Principal, object: ObjectPath): string => `grant.${grantKey(principal, object)}`;

/** Code-unit order: the same on every machine and locale, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
