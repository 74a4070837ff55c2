// The trimmed contract: current with the reference files (when they are
// around), complete for what grantform uses, served in full by the emulator,
// and lenient only where the published schemas contradict themselves.

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { OPERATIONS, TRIMMED_CONTRACT_PATH, readReferenceFiles, referenceDir, renderContract, trimOpenApi } from '../../scripts/trim-openapi.js';
import { HANDLERS } from '../../src/emulator/handlers/index.js';
import { contract } from './response-contract.js';

const reference = referenceDir([], process.env);

describe('the trimmed contract', () => {
  it.skipIf(!existsSync(reference))('equals a fresh trim of the reference files', async () => {
    const fresh = renderContract(trimOpenApi(await readReferenceFiles(reference)));
    expect(await readFile(TRIMMED_CONTRACT_PATH, 'utf8')).toBe(fresh);
  });

  it('holds every operation grantform uses, and nothing else', () => {
    const held = contract()
      .operations()
      .map((each) => `${each.method} ${each.template}`);
    expect(held.sort()).toEqual([...OPERATIONS].sort());
  });

  it('has no descriptions or examples left, but keeps properties that are called description', async () => {
    const text = await readFile(TRIMMED_CONTRACT_PATH, 'utf8');
    expect(text).not.toMatch(/"(summary|example|examples|externalDocs|x-[a-z-]+)":/);
    const json = JSON.parse(text) as { paths: Record<string, Record<string, unknown>> };
    const teams = JSON.stringify(json.paths['/v2/teams']);
    // The Team object's `description` property (string or null) survives the trim.
    expect(teams).toContain('"description":{"type":["string","null"]}');
  });

  it('is served in full: one handler per operation', () => {
    expect(Object.keys(HANDLERS).sort()).toEqual([...OPERATIONS].sort());
  });

  it('routes a literal segment before a parameter', () => {
    expect(contract().match('GET', '/v2/connections/paths')?.operation.template).toBe('/v2/connections/paths');
    expect(contract().match('GET', '/v2/connections/abc')?.operation.template).toBe('/v2/connections/{connectionId}');
    expect(contract().match('POST', '/v2/connection/abc/lookup')?.params).toEqual({ connectionId: 'abc' });
  });
});

describe('leniency where the published schemas contradict themselves', () => {
  const operation = (key: string) => {
    const [method, template] = key.split(' ') as ['GET', string];
    const found = contract().operation(method, template);
    if (!found) throw new Error(key);
    return found;
  };
  const grant = {
    grantId: 'g',
    inodeId: 'i',
    organizationId: 'o',
    memberId: null,
    teamId: 't',
    createdBy: 'm',
    updatedBy: 'm',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
  };

  it('accepts annotate, which two branches of the permission oneOf list', () => {
    const list = operation('GET /v2/connections/{connectionId}/grants');
    expect(contract().checkResponseBody(list, 200, { entries: [{ ...grant, permission: 'annotate' }], nextPage: null })).toEqual([]);
    expect(contract().checkResponseBody(list, 200, { entries: [{ ...grant, permission: 'usage' }], nextPage: null })).toEqual([]);
    expect(contract().checkResponseBody(list, 200, { entries: [{ ...grant, permission: 'owner' }], nextPage: null })).not.toEqual([]);
  });

  it('accepts a null team visibility, which the type allows and the enum forgot', () => {
    const team = { teamId: 't', createdBy: 'm', updatedBy: 'm', createdAt: grant.createdAt, updatedAt: grant.createdAt, name: 'n', description: null, visibility: null };
    expect(contract().checkResponseBody(operation('PATCH /v2/teams/{teamId}'), 200, team)).toEqual([]);
    expect(contract().checkResponseBody(operation('PATCH /v2/teams/{teamId}'), 200, { ...team, visibility: 'secret' })).not.toEqual([]);
  });

  it('accepts a null or named idpType in connection bodies, which type null beside a oneOf of strings forbade', () => {
    const body = (idpType: unknown) => ({ name: 'c', details: { type: 'snowflake', user: 'u', password: 'p', idpType } });
    const create = operation('POST /v2/connections');
    expect(contract().checkRequestBody(create, body(null))).toEqual([]);
    expect(contract().checkRequestBody(create, body('okta'))).toEqual([]);
    expect(contract().checkRequestBody(create, body('myspace'))).not.toEqual([]);
  });

  it('accepts a string connection description, which the refined files type as an object', () => {
    const create = operation('POST /v2/connections');
    expect(contract().checkRequestBody(create, { name: 'c', description: 'text', details: { type: 'postgres', host: 'h', database: 'd' } })).toEqual([]);
    expect(contract().checkRequestBody(create, { name: 'c', description: 3, details: { type: 'postgres', host: 'h', database: 'd' } })).not.toEqual([]);
  });

  it('accepts a Snowflake write destination, which matched both branches of its oneOf', () => {
    const create = operation('POST /v2/connections');
    const body = (writeAccess: unknown) => ({ name: 'c', details: { type: 'snowflake', user: 'u', password: 'p', writeAccess } });
    expect(contract().checkRequestBody(create, body({ writeDatabase: 'D', writeSchema: 'S' }))).toEqual([]);
    expect(contract().checkRequestBody(create, body({ materializationWarehouse: 'W' }))).toEqual([]);
    expect(contract().checkRequestBody(create, body({ materializationWarehouse: 3 }))).not.toEqual([]);
  });

  it('explains a bad body by the branch of its own warehouse type, not the others', () => {
    const create = operation('POST /v2/connections');
    const problems = contract().checkRequestBody(create, { name: 'c', details: { type: 'postgres', database: 'd' } });
    expect(problems).toEqual(["body/details must have required property 'host'"]);
  });
});
