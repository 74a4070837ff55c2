// Contract tests' helper: finds the operation a response answers (method +
// path template of the trimmed contract) and checks the body against that
// operation's response schema for the status (`default`, Sigma's ApiError,
// for errors). Lenient only where the published schemas contradict
// themselves: see `lenient()` in src/emulator/contract.ts.

import { Contract } from '../../src/emulator/contract.js';

let shared: Contract | undefined;

export function contract(): Contract {
  shared ??= Contract.load();
  return shared;
}

export interface ContractCheck {
  /** The operation, `METHOD template`, or undefined for a path the contract does not have. */
  readonly operation: string | undefined;
  readonly problems: readonly string[];
}

export function checkResponse(method: string, pathname: string, status: number, body: unknown): ContractCheck {
  const match = contract().match(method.toUpperCase(), pathname);
  if (!match) return { operation: undefined, problems: [] };
  return { operation: `${match.operation.method} ${match.operation.template}`, problems: contract().checkResponseBody(match.operation, status, body) };
}
