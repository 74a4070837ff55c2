// The handler registry: one entry per contract operation the emulator serves,
// keyed `METHOD template` exactly as the trimmed contract writes it.

import type { HandlerTable } from '../http/context.js';
import { ACCOUNT_TYPE_HANDLERS } from './account-types.js';
import { AUTH_HANDLERS } from './auth.js';
import { CONNECTION_GRANT_HANDLERS } from './connection-grants.js';
import { CONNECTION_HANDLERS } from './connections.js';
import { GRANT_HANDLERS } from './grants.js';
import { MEMBER_HANDLERS } from './members.js';
import { PATH_HANDLERS } from './paths.js';
import { TEAM_HANDLERS } from './teams.js';

export const HANDLERS: HandlerTable = {
  ...AUTH_HANDLERS,
  ...MEMBER_HANDLERS,
  ...TEAM_HANDLERS,
  ...ACCOUNT_TYPE_HANDLERS,
  ...CONNECTION_HANDLERS,
  ...PATH_HANDLERS,
  ...CONNECTION_GRANT_HANDLERS,
  ...GRANT_HANDLERS,
};
