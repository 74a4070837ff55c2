import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ancestorsOf, formatObjectPath, isWithin, parseObjectPath, sameObject } from './object-path.js';

describe('parseObjectPath', () => {
  it('splits levels on "/"', () => {
    expect(parseObjectPath('snowflake-prod/ANALYTICS/FINANCE')).toEqual({ ok: true, value: { connection: 'snowflake-prod', path: ['ANALYTICS', 'FINANCE'] } });
    expect(parseObjectPath('snowflake-prod')).toEqual({ ok: true, value: { connection: 'snowflake-prod', path: [] } });
  });

  it('reads quoted names with "/", "." and doubled quotes', () => {
    expect(parseObjectPath('pg/"a/b"/"FY.2024"/"say ""hi"""')).toEqual({ ok: true, value: { connection: 'pg', path: ['a/b', 'FY.2024', 'say "hi"'] } });
  });

  it.each([
    ['', 0, 'is empty'],
    ['/ANALYTICS', 0, 'starts with "/"'],
    ['conn//X', 5, 'has an empty level ("//")'],
    ['conn/X/', 6, 'ends with "/"'],
    ['conn/ANALYTICS.FINANCE', 14, 'has "." in ANALYTICS.FINANCE: separate levels with "/" (conn/ANALYTICS/FINANCE)'],
    ['conn/"open', 5, 'unterminated quoted name'],
    ['conn/"a"b', 8, 'right after the quoted name "a"'],
    ['conn/a"b', 6, `has '"' inside the name a"b`],
    ['conn/ spaced', 5, 'starts or ends with a space'],
  ])('refuses %j at offset %i', (text, offset, message) => {
    const result = parseObjectPath(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.offset).toBe(offset);
    expect(result.error.message).toContain(message);
  });

  it('formats what it parses, and parses what it formats', () => {
    const name = fc.string({ minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(name, fc.array(name, { maxLength: 3 }), (connection, path) => {
        const object = { connection, path };
        const parsed = parseObjectPath(formatObjectPath(object));
        expect(parsed).toEqual({ ok: true, value: object });
      }),
    );
  });
});

describe('object tree relations', () => {
  const schema = { connection: 'c', path: ['DB', 'S'] };
  it('lists ancestors from the connection down', () => {
    expect(ancestorsOf(schema)).toEqual([
      { connection: 'c', path: [] },
      { connection: 'c', path: ['DB'] },
    ]);
  });
  it('knows what lies within what', () => {
    expect(isWithin({ connection: 'c', path: ['DB', 'S', 'T'] }, schema)).toBe(true);
    expect(isWithin(schema, schema)).toBe(true);
    expect(isWithin({ connection: 'c', path: ['DB'] }, schema)).toBe(false);
    expect(isWithin({ connection: 'c', path: ['DB', 'S2'] }, schema)).toBe(false);
    expect(isWithin({ connection: 'd', path: ['DB', 'S'] }, schema)).toBe(false);
    expect(sameObject(schema, { connection: 'c', path: ['DB', 'S'] })).toBe(true);
  });
});
