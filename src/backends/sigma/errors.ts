// What the Sigma client throws: a BackendError whose message is one
// sentence, carrying Sigma's own `message`, `code` and `requestId` so that an
// admin can quote them to Sigma's support. Never a secret (redaction.ts).

import { BackendError } from '../backend.js';
import { EXIT } from '../../model/errors.js';

export interface SigmaFailure {
  /** `GET /v2/grants`: the endpoint, never the query string or ids. */
  readonly endpoint: string;
  /** HTTP status; undefined when no response arrived. */
  readonly status?: number;
  readonly sigmaMessage?: string;
  readonly code?: string;
  readonly requestId?: string;
}

export class SigmaApiError extends BackendError {
  override readonly name = 'BackendError';
  constructor(
    message: string,
    readonly failure: SigmaFailure,
    retryable = false,
  ) {
    super(message, retryable);
  }

  get status(): number | undefined {
    return this.failure.status;
  }
}

/**
 * No answer from Sigma at all: connection refused, host not found, a TLS
 * certificate that fails, or timeouts and dropped connections until the
 * client gave up. grantform could not run (exit 3), whatever the files say.
 */
export class SigmaUnreachableError extends SigmaApiError {
  override readonly exitCode = EXIT.couldNotRun;
}

/** Sigma refused the client credentials (or every token it issued): exit 3, as for any run that cannot start. */
export class SigmaCredentialsRefusedError extends SigmaApiError {
  override readonly exitCode = EXIT.couldNotRun;
}

/** "Sigma refused POST /v2/teams (HTTP 400, code bad_request, request abc): name is taken." */
export function describeFailure(failure: SigmaFailure, what = `${failure.endpoint}`): string {
  const facts = [
    failure.status !== undefined ? `HTTP ${failure.status}` : undefined,
    failure.code ? `code ${failure.code}` : undefined,
    failure.requestId ? `request ${failure.requestId}` : undefined,
  ].filter((fact): fact is string => fact !== undefined);
  const reason = failure.sigmaMessage ? `: ${failure.sigmaMessage.replace(/\.$/, '')}` : '';
  return `Sigma refused ${what}${facts.length > 0 ? ` (${facts.join(', ')})` : ''}${reason}`;
}
