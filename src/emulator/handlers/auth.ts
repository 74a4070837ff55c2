// POST /v2/auth/token and GET /v2/whoami.
//
// The token endpoint takes a form-encoded body (auth → POST /v2/auth/token)
// with `grant_type=client_credentials` or `grant_type=refresh_token`. The
// spec's security is HTTP Basic; Sigma's token reference and "API
// authentication with cURL" page send `client_id`/`client_secret` form
// fields (sigma-api.md §2). Which of the two the emulator takes is
// `tokenAuth` (`--token-auth`): `both` (the default), `form` or `basic`, so
// that a client can be tried against a service that takes only one.
// Undocumented, assumed here: bad or missing credentials, credentials sent the
// way this emulator does not take, an unknown refresh token and credentials
// of a deactivated member are 401; Basic and form credentials that disagree
// are 401; impersonation (token exchange) is not emulated (400).

import { timingSafeEqual } from 'node:crypto';
import { ApiError, badRequest } from '../api-error.js';
import { callerMember, ok, type HandlerTable, type RequestContext, type Reply, type TokenAuth } from '../http/context.js';

interface ClientCredentials {
  readonly clientId: string | undefined;
  readonly clientSecret: string | undefined;
}

function postToken(context: RequestContext): Reply {
  const form = (context.body ?? {}) as Record<string, string | undefined>;
  const { clientId, clientSecret } = clientCredentials(context.headers.authorization, form, context.tokenAuth);
  const { org, tokens } = context;
  switch (form.grant_type) {
    case 'client_credentials': {
      if (clientId === undefined || clientSecret === undefined) {
        throw new ApiError(401, 'Client credentials are required: HTTP Basic, or client_id and client_secret');
      }
      const credential = org.credentials.get(clientId);
      if (!credential || !sameSecret(credential.clientSecret, clientSecret)) throw new ApiError(401, 'Invalid client credentials');
      requireActiveOwner(context, credential.memberId);
      return ok(tokens.issue({ clientId, memberId: credential.memberId }));
    }
    case 'refresh_token': {
      const refreshToken = form.refresh_token ?? '';
      const owner = tokens.refreshOwner(refreshToken);
      if (!owner) throw new ApiError(401, 'Invalid refresh token');
      if (clientId !== undefined && clientId !== owner.clientId) throw new ApiError(401, 'The refresh token belongs to other client credentials');
      const credential = org.credentials.get(owner.clientId);
      if (clientSecret !== undefined && (!credential || !sameSecret(credential.clientSecret, clientSecret))) throw new ApiError(401, 'Invalid client credentials');
      requireActiveOwner(context, owner.memberId);
      const issued = tokens.refreshWith(refreshToken);
      if (!issued) throw new ApiError(401, 'Invalid refresh token');
      return ok(issued);
    }
    default:
      throw badRequest('The emulator supports grant_type client_credentials and refresh_token; impersonation (token exchange) is not emulated');
  }
}

/** Deactivated members' credentials stop working (help: "Deactivate users"). */
function requireActiveOwner(context: RequestContext, memberId: string): void {
  const member = context.org.members.get(memberId);
  if (!member || !context.org.isActive(member)) throw new ApiError(401, 'The client credentials belong to a deactivated member');
}

const TAKES: Record<Exclude<TokenAuth, 'both'>, string> = {
  form: 'client_id and client_secret form fields',
  basic: 'HTTP Basic',
};

function clientCredentials(authorization: string | undefined, form: Record<string, string | undefined>, mode: TokenAuth): ClientCredentials {
  const basic = parseBasic(authorization);
  const formId = form.client_id;
  const formSecret = form.client_secret;
  const viaForm = formId !== undefined || formSecret !== undefined;
  if ((mode === 'form' && basic) || (mode === 'basic' && viaForm)) {
    throw new ApiError(401, `This server takes the client credentials as ${TAKES[mode]} only`);
  }
  if (basic && ((formId !== undefined && formId !== basic.clientId) || (formSecret !== undefined && formSecret !== basic.clientSecret))) {
    throw new ApiError(401, 'The client credentials of the Authorization header and of the body differ');
  }
  return basic ?? { clientId: formId, clientSecret: formSecret };
}

function parseBasic(header: string | undefined): ClientCredentials | undefined {
  const match = header === undefined ? null : /^Basic\s+(\S+)\s*$/i.exec(header);
  if (!match) return undefined;
  const decoded = Buffer.from(match[1] as string, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon === -1) throw new ApiError(401, 'Malformed HTTP Basic credentials');
  // RFC 6749 §2.3.1: the id and secret are form-encoded before base64.
  const decode = (text: string): string => {
    try {
      return decodeURIComponent(text.replaceAll('+', ' '));
    } catch {
      return text;
    }
  };
  return { clientId: decode(decoded.slice(0, colon)), clientSecret: decode(decoded.slice(colon + 1)) };
}

function sameSecret(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** `accountType` is not in the spec; Sigma's own skills say the live response carries it ([skills]). */
function whoami(context: RequestContext): Reply {
  const member = callerMember(context);
  return ok({ userId: member.memberId, organizationId: context.org.info.organizationId, accountType: member.memberType });
}

export const AUTH_HANDLERS: HandlerTable = {
  'POST /v2/auth/token': postToken,
  'GET /v2/whoami': whoami,
};
