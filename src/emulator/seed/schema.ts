// The JSON Schema of a seed file. Structure only: references between
// resources (a team member that is not a user, a grant on a path that is not
// in the tree) are checked while the organization is built.

import { ACCESS_LEVELS } from '../../model/levels.js';
import { WAREHOUSE_TYPES } from '../../model/warehouses.js';
import { FAULT_CONFIG_SCHEMA } from '../faults.js';

const name = { type: 'string', minLength: 1, maxLength: 256 } as const;
const id = { type: 'string', minLength: 1, maxLength: 128, pattern: '^[A-Za-z0-9_.:-]+$' } as const;
const email = { type: 'string', format: 'email' } as const;
const secret = {
  anyOf: [
    { type: 'string', minLength: 1 },
    { type: 'object', additionalProperties: false, required: ['env'], properties: { env: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' } } },
  ],
} as const;
const destination = { type: 'object', additionalProperties: { type: 'string', minLength: 1 } } as const;
const outcome = { enum: ['SUCCESS', 'FAILED'] } as const;
const managedBy = { enum: ['grantform', 'scim'] } as const;

export const SEED_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  additionalProperties: false,
  required: ['credentials'],
  properties: {
    organization: {
      type: 'object',
      additionalProperties: false,
      properties: { id, name, slug: { type: 'string', pattern: '^[a-z0-9-]+$' }, allMembersTeamId: id, createdAt: { type: 'string', format: 'date-time' } },
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        tokenLifetimeSeconds: { type: 'integer', minimum: 1 },
        defaultPageSize: { type: 'integer', minimum: 1, maximum: 1000 },
        grantsApiAcceptsAllLevels: { type: 'boolean' },
        invitationDefaultAccountType: name,
        rotateRefreshTokens: { type: 'boolean' },
        requestLogLimit: { type: 'integer', minimum: 0 },
      },
    },
    credentials: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['clientId', 'clientSecret', 'member'],
        properties: { clientId: { type: 'string', minLength: 1 }, clientSecret: secret, member: email },
      },
    },
    accountTypes: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'permissions'],
        properties: { name, id, description: { type: 'string' }, permissions: { type: 'array', uniqueItems: true, items: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' } } },
      },
    },
    connections: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'type'],
        properties: {
          name,
          type: { enum: [...WAREHOUSE_TYPES] },
          id,
          description: { type: 'string' },
          useOauth: { type: 'boolean' },
          details: { type: 'object' },
          secretsVersion: { type: 'integer', minimum: 1 },
          writeAccess: {
            type: 'object',
            additionalProperties: false,
            properties: {
              destination,
              destinations: { type: 'array', minItems: 1, items: destination },
              auditLog: destination,
              materializationWarehouse: { type: 'string', minLength: 1 },
              useDynamicTables: { type: 'boolean' },
            },
          },
          paths: { anyOf: [{ $ref: '#/$defs/tree' }, { type: 'array', items: { type: 'string', minLength: 1 } }] },
          test: { type: 'object', additionalProperties: false, properties: { read: outcome, write: outcome } },
          archived: { type: 'boolean' },
        },
      },
    },
    warehouses: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'type', 'paths'],
        properties: {
          name,
          type: { enum: [...WAREHOUSE_TYPES] },
          paths: { anyOf: [{ $ref: '#/$defs/tree' }, { type: 'array', items: { type: 'string', minLength: 1 } }] },
          test: { type: 'object', additionalProperties: false, properties: { read: outcome, write: outcome } },
        },
      },
    },
    users: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['email', 'accountType'],
        properties: {
          email,
          accountType: name,
          id,
          firstName: { type: 'string' },
          lastName: { type: 'string' },
          managedBy,
          status: { enum: ['active', 'deactivated', 'inactive'] },
          userKind: { enum: ['internal', 'guest', 'embed'] },
        },
      },
    },
    teams: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        properties: {
          name,
          id,
          description: { type: 'string' },
          members: { type: 'array', uniqueItems: true, items: email },
          admins: { type: 'array', uniqueItems: true, items: email },
          managedBy,
          visibility: { enum: ['public', 'private'] },
        },
      },
    },
    grants: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['object', 'access'],
        oneOf: [{ required: ['team'] }, { required: ['user'] }],
        properties: {
          team: name,
          user: email,
          object: {
            anyOf: [
              { type: 'string', minLength: 1 },
              {
                type: 'object',
                additionalProperties: false,
                required: ['connection'],
                properties: Object.fromEntries(['connection', 'database', 'catalog', 'project', 'schema', 'dataset', 'table', 'procedure'].map((key) => [key, { type: 'string', minLength: 1 }])),
              },
            ],
          },
          access: { enum: [...ACCESS_LEVELS] },
          id,
        },
      },
    },
    faults: FAULT_CONFIG_SCHEMA,
  },
  $defs: {
    tree: {
      type: 'object',
      additionalProperties: {
        anyOf: [{ $ref: '#/$defs/tree' }, { type: 'array', items: { type: 'string', minLength: 1 } }, { enum: ['table', 'procedure', null] }],
      },
    },
  },
} as const;
