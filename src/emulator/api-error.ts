// Every error the emulator answers is Sigma's documented error body
// `{ message, code, requestId }` (components.responses.ApiError). The status
// codes are not in the OpenAPI files; the ones used here follow the [skills]
// notes in reference/sigma-api.md §3.1 (400 invalid body, 401 missing or
// expired token, 403 not allowed, 404 missing object). 409 for a name or email
// already taken, and the `code` strings themselves, are undocumented: the
// emulator assumes them.

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 429 | 500 | 502 | 503 | 504;

const CODES: Record<ErrorStatus, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  429: 'too_many_requests',
  500: 'internal_error',
  502: 'bad_gateway',
  503: 'service_unavailable',
  504: 'gateway_timeout',
};

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: ErrorStatus,
    message: string,
  ) {
    super(message);
  }
}

export interface ErrorBody {
  readonly message: string;
  readonly code: string;
  readonly requestId: string;
}

export function errorBody(status: ErrorStatus, message: string, requestId: string): ErrorBody {
  return { message, code: CODES[status], requestId };
}

export const badRequest = (message: string): ApiError => new ApiError(400, message);
export const notFound = (message: string): ApiError => new ApiError(404, message);
export const forbidden = (message: string): ApiError => new ApiError(403, message);
export const conflict = (message: string): ApiError => new ApiError(409, message);
