// Turning ajv's errors into one clear sentence per problem, at the key or
// value the user wrote. ajv reports every failed keyword (allErrors), which
// for composite schemas means noise: the branches of an anyOf that the value
// was never meant to match, the "must match then" of every if/then. This
// module keeps the errors a person would name and words them in YAML's terms.
// Values are quoted only from a file recognised as access YAML, never under
// a key that looks like a secret, and with control characters escaped (#17).

import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceSpan } from '../model/source.js';
import { validationError } from './diagnostics.js';
import type { ParsedFile } from './parse-yaml.js';
import { closestMatch, listChoices } from './suggest.js';
import { anchorSpan, findPair, keySpan, locate, valueSpan, type Located } from './yaml-nodes.js';
import { isMap } from 'yaml';
import { describeUnsafeCharacter, escapeUnsafe } from './unsafe-characters.js';

/** Keys whose values are never quoted: a value written there by mistake may be a real secret. */
const SECRET_KEY = /password|token|secret|authorization|key/i;

interface SchemaNode {
  readonly title?: string;
  readonly errorMessage?: string;
  readonly properties?: Record<string, SchemaNode>;
  readonly enum?: readonly unknown[];
  readonly type?: string | readonly string[];
}

/** An error to report, or several that one schema-authored sentence describes. */
interface Problem {
  readonly error: ErrorObject;
  readonly hint?: string;
  readonly group?: readonly ErrorObject[];
  /** For a value that matched none of several shapes only by its type. */
  readonly expectedTypes?: readonly string[];
}

export function schemaDiagnostics(errors: readonly ErrorObject[], parsed: ParsedFile): Diagnostic[] {
  const problems = dropRedundant(mergeHinted(selectProblems(errors)));
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const problem of problems) {
    const { message, span } = describe(problem, parsed);
    const key = `${span.start.offset}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push(validationError('schema', span, message));
  }
  return diagnostics;
}

function schemaOf(error: ErrorObject): SchemaNode {
  return (error.parentSchema ?? {}) as SchemaNode;
}

function segmentsOf(instancePath: string): string[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}

function isAtOrBelow(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}/`);
}

/**
 * Walks ajv's errors in order. ajv emits the errors of an anyOf/oneOf's
 * branches just before the anyOf error itself, so they are the run of
 * preceding errors at or below its instance path.
 */
function selectProblems(errors: readonly ErrorObject[]): Problem[] {
  const out: Problem[] = [];
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    if (error.keyword !== 'anyOf' && error.keyword !== 'oneOf') {
      const hint = schemaOf(error).errorMessage;
      out.push(hint ? { error, hint } : { error });
      continue;
    }
    const hint = schemaOf(error).errorMessage;
    if (Array.isArray((error.params as { passingSchemas?: unknown }).passingSchemas)) {
      out.push(hint ? { error, hint } : { error });
      continue;
    }
    let start = out.length;
    while (start > 0) {
      const previous = (out[start - 1] as Problem).error;
      if (!isAtOrBelow(previous.instancePath, error.instancePath)) break;
      // A schema-authored sentence covers only its own inline branches.
      if (hint && !previous.schemaPath.startsWith(`${error.schemaPath}/`)) break;
      start -= 1;
    }
    const branches = out.splice(start);
    if (hint) out.push({ error, hint, group: branches.map((branch) => branch.error) });
    else out.push(...chooseBranch(error, branches));
  }
  return out;
}

/** Keeps the errors of the branch the value was evidently meant to match. */
function chooseBranch(anyOf: ErrorObject, branches: Problem[]): Problem[] {
  const byBranch = new Map<string, Problem[]>();
  for (const problem of branches) {
    const key = branchKey(anyOf, problem.error);
    byBranch.set(key, [...(byBranch.get(key) ?? []), problem]);
  }
  const wrongTypeOnly = (problems: Problem[]) =>
    problems.every((problem) => problem.error.keyword === 'type' && problem.error.instancePath === anyOf.instancePath);
  const candidates = [...byBranch.values()].filter((problems) => !wrongTypeOnly(problems));
  if (candidates.length > 0) {
    return candidates.reduce((best, problems) => (problems.length < best.length ? problems : best));
  }
  const expectedTypes = [...new Set(branches.flatMap((problem) => [String((problem.error.params as { type?: unknown }).type ?? '')]))].filter(Boolean);
  return [{ error: anyOf, expectedTypes }];
}

function branchKey(anyOf: ErrorObject, error: ErrorObject): string {
  const prefix = `${anyOf.schemaPath}/`;
  if (error.schemaPath.startsWith(prefix)) return error.schemaPath.slice(prefix.length).split('/')[0] ?? '';
  // A branch behind a $ref reports paths inside the referenced definition.
  return error.schemaPath.split('/').slice(0, 3).join('/');
}

/**
 * Problems that say the same thing twice: "missing access" beside an unknown
 * "acess" (the typo explains both), an enum error beside the discriminator
 * error for the same tag, and a second `not` at the same place.
 */
function dropRedundant(problems: Problem[]): Problem[] {
  const typoTargets = new Set<string>();
  const discriminatorTags = new Set<string>();
  for (const { error } of problems) {
    if (error.keyword === 'additionalProperties') {
      const unknown = (error.params as { additionalProperty: string }).additionalProperty;
      const guess = closestMatch(unknown, Object.keys(schemaOf(error).properties ?? {}));
      if (guess) typoTargets.add(`${error.instancePath}\u0000${guess}`);
    }
    if (error.keyword === 'discriminator') discriminatorTags.add(`${error.instancePath}/${(error.params as { tag: string }).tag}`);
  }
  const notSeen = new Set<string>();
  return problems.filter(({ error, hint }) => {
    if (error.keyword === 'required' && typoTargets.has(`${error.instancePath}\u0000${(error.params as { missingProperty: string }).missingProperty}`)) return false;
    if (error.keyword === 'enum' && discriminatorTags.has(error.instancePath)) return false;
    if (error.keyword === 'not' && hint) {
      if (notSeen.has(error.instancePath)) return false;
      notSeen.add(error.instancePath);
    }
    return true;
  });
}

/** One problem per schema-authored sentence and place: its required, additional… errors together. */
function mergeHinted(problems: Problem[]): Problem[] {
  const merged: Problem[] = [];
  const index = new Map<string, number>();
  for (const problem of problems) {
    if (!problem.hint || problem.group) {
      merged.push(problem);
      continue;
    }
    const key = `${problem.hint}\u0000${problem.error.instancePath}`;
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, merged.length);
      merged.push({ ...problem, group: [problem.error] });
    } else {
      const existing = merged[at] as Problem;
      merged[at] = { ...existing, group: [...(existing.group ?? []), problem.error] };
    }
  }
  return merged;
}

function describe(problem: Problem, parsed: ParsedFile): { message: string; span: SourceSpan } {
  const { error } = problem;
  const file = parsed.file.displayPath;
  const segments = segmentsOf(error.instancePath);
  const located = locate(parsed.document, segments);
  const label = labelOf(segments);
  const quote = (value: unknown) => quoted(value, segments, parsed.recognised);

  // The most specific problem of a name first: a character it may not hold, then its length.
  const errors = problem.group ?? [error];
  const unsafe = typeof error.data === 'string' ? describeUnsafeCharacter(error.data) : undefined;
  if (unsafe && errors.some((each) => each.keyword === 'pattern' || each.keyword === 'format')) {
    return { message: `${subjectOf(segments) ?? label ?? 'value'} contains ${unsafe}`, span: valueSpan(file, parsed.counter, located) };
  }
  const tooLong = errors.find((each) => each.keyword === 'maxLength');
  if (tooLong && typeof tooLong.data === 'string') {
    const limit = (tooLong.params as { limit: number }).limit;
    return { message: `${subjectOf(segments) ?? label ?? 'value'} is ${[...tooLong.data].length} characters long; at most ${limit} allowed`, span: valueSpan(file, parsed.counter, located) };
  }

  if (problem.hint) {
    const unknownKey = (problem.group ?? [error]).find((each) => each.keyword === 'additionalProperties');
    const span = unknownKey ? unknownKeySpan(parsed, located, unknownKey) : error.keyword === 'type' ? valueSpan(file, parsed.counter, located) : anchorSpan(file, parsed.counter, located);
    const hint = problem.hint;
    const prefix = label && !label.endsWith(' item') && !hint.toLowerCase().includes(label.toLowerCase());
    const message = prefix ? `${label}: ${hint}` : hint;
    return { message, span };
  }
  if (problem.expectedTypes) {
    return { message: `${label ?? 'this value'} must be ${listChoices(problem.expectedTypes.map(typeWords))}`, span: valueSpan(file, parsed.counter, located) };
  }

  const thing = thingOf(error, label, parsed.recognised);
  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      const choices = schemaOf(error).properties?.[missing]?.enum;
      const suffix = choices ? `: one of ${listChoices(choices.map(String))}` : '';
      return { message: `${thing} is missing "${missing}"${suffix}`, span: anchorSpan(file, parsed.counter, located) };
    }
    case 'additionalProperties': {
      const property = (error.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys(schemaOf(error).properties ?? {});
      const guess = closestMatch(property, allowed);
      // A key close to a known one is a typo, safe to show; any other key of a file not yet known to be access YAML is not.
      const name = guess || (parsed.recognised && segments.length > 0) ? ` "${truncate(escapeUnsafe(property))}"` : '';
      const what = segments.length === 0 ? `unknown top-level key${name}` : `unknown property${name} in ${thing}`;
      const suffix = guess ? `; did you mean "${guess}"?` : allowed.length > 0 && allowed.length <= 10 ? `; expected ${listChoices(allowed.map((name) => `"${name}"`))}` : '';
      return { message: `${what}${suffix}`, span: unknownKeySpan(parsed, located, error) };
    }
    case 'enum': {
      const allowed = ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
      const value = error.data;
      const guess = typeof value === 'string' ? closestMatch(value, allowed) : undefined;
      const suffix = guess ? ` (did you mean "${guess}"?)` : '';
      return {
        message: `${label ?? 'value'}${quote(value)} is not one of ${listChoices(allowed)}${suffix}`,
        span: valueSpan(file, parsed.counter, located),
      };
    }
    case 'const':
      return { message: `${label ?? 'value'} must be "${truncate(String((error.params as { allowedValue: unknown }).allowedValue))}"`, span: valueSpan(file, parsed.counter, located) };
    case 'type': {
      if (segments.length === 0) {
        const lists = Object.keys(schemaOf(error).properties ?? {});
        return { message: `the file must be a mapping of ${listChoices(lists.map((name) => `${name}:`), 'and')}`, span: valueSpan(file, parsed.counter, located) };
      }
      const expected = String((error.params as { type: string }).type);
      return { message: typeMessage(label, expected, error.data), span: valueSpan(file, parsed.counter, located) };
    }
    case 'format':
      return {
        message: `${label ?? 'value'}${quote(error.data)} is not a valid ${(error.params as { format: string }).format === 'email' ? 'email address' : (error.params as { format: string }).format}`,
        span: valueSpan(file, parsed.counter, located),
      };
    case 'minLength':
      return { message: `${label ?? 'value'} must not be empty`, span: valueSpan(file, parsed.counter, located) };
    case 'maxLength':
      return { message: `${label ?? 'value'} is longer than ${(error.params as { limit: number }).limit} characters`, span: valueSpan(file, parsed.counter, located) };
    case 'minimum':
    case 'maximum': {
      const { comparison, limit } = error.params as { comparison: string; limit: number };
      return { message: `${label ?? 'value'} must be ${comparison === '>=' ? 'at least' : comparison === '<=' ? 'at most' : comparison} ${limit}`, span: valueSpan(file, parsed.counter, located) };
    }
    case 'minItems': {
      const limit = (error.params as { limit: number }).limit;
      return { message: `${label ?? 'list'} must list at least ${limit} item${limit === 1 ? '' : 's'}`, span: anchorSpan(file, parsed.counter, located) };
    }
    case 'uniqueItems': {
      const { i, j } = error.params as { i: number; j: number };
      const duplicate = locate(parsed.document, [...segments, Math.max(i, j)]);
      const items = Array.isArray(error.data) ? (error.data as unknown[]) : [];
      const item = quote(items[Math.max(i, j)]);
      return { message: item ? `${item.trim()} appears twice in ${label ?? 'this list'}` : `an item appears twice in ${label ?? 'this list'}`, span: valueSpan(file, parsed.counter, duplicate) };
    }
    case 'discriminator': {
      const { error: kind, tag, tagValue } = error.params as { error: string; tag: string; tagValue?: unknown };
      const choices = listChoices(Object.values(schemaOf(error).properties?.[tag]?.enum ?? []).map(String));
      if (kind === 'tag' && tagValue === undefined) return { message: `${label ?? 'this'} needs a ${tag}: ${choices}`, span: anchorSpan(file, parsed.counter, located) };
      const tagNode = locate(parsed.document, [...segments, tag]);
      return { message: `${label ?? ''} ${tag}${quote(tagValue)} is not one of ${choices}`.trim(), span: valueSpan(file, parsed.counter, tagNode) };
    }
    case 'oneOf':
      return { message: `${thing} matches more than one allowed form`, span: anchorSpan(file, parsed.counter, located) };
    case 'pattern':
      return { message: `${label ?? 'value'} is not in the expected form`, span: valueSpan(file, parsed.counter, located) };
    default:
      return { message: `${label ?? 'value'} ${error.message ?? 'is not valid'}`, span: valueSpan(file, parsed.counter, located) };
  }
}

function unknownKeySpan(parsed: ParsedFile, located: Located, error: ErrorObject): SourceSpan {
  const property = (error.params as { additionalProperty: string }).additionalProperty;
  const pair = isMap(located.node) ? findPair(located.node.items, property) : undefined;
  return pair ? keySpan(parsed.file.displayPath, parsed.counter, pair) : anchorSpan(parsed.file.displayPath, parsed.counter, located);
}

/** The property a value belongs to, for messages: `access`, `members`… (undefined at the root). */
function labelOf(segments: readonly string[]): string | undefined {
  for (let i = segments.length - 1; i >= 0; i -= 1) {
    const segment = segments[i] as string;
    if (!/^\d+$/.test(segment)) return i === segments.length - 1 ? segment : `${segment} item`;
  }
  return undefined;
}

/** The object an error is about, by its schema title and the name the user gave it. */
function thingOf(error: ErrorObject, label: string | undefined, recognised: boolean): string {
  const title = schemaOf(error).title ?? label ?? 'this file';
  const data = error.data as Record<string, unknown> | undefined;
  const name = data && typeof data === 'object' ? (data.name ?? data.email) : undefined;
  return recognised && typeof name === 'string' && name.length <= 80 ? `${title} "${escapeUnsafe(name)}"` : title;
}

const KINDS: Readonly<Record<string, string>> = { connections: 'connection', users: 'user', teams: 'team', accountTypes: 'account type', grants: 'grant' };
const FIELDS: Readonly<Record<string, string>> = { members: 'member', previously: 'former name', accountType: 'account type' };

/** What a name is, for messages about it: "team name", "team member", "grant team", "user account type". */
function subjectOf(segments: readonly string[]): string | undefined {
  const kind = KINDS[segments[0] ?? ''];
  const field = [...segments].reverse().find((segment) => !/^\d+$/.test(segment));
  if (!kind || !field || field === segments[0]) return undefined;
  const within = segments.includes('object') && field !== 'object' ? 'object ' : '';
  return `${kind} ${within}${FIELDS[field] ?? field}`;
}

function typeWords(type: string): string {
  switch (type) {
    case 'array':
      return 'a list';
    case 'object':
      return 'a mapping';
    case 'string':
      return 'text';
    case 'integer':
      return 'a whole number';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'null':
      return 'empty';
    default:
      return type;
  }
}

const YAML11_BOOLEANS = new Set(['yes', 'no', 'on', 'off', 'y', 'n']);

function typeMessage(label: string | undefined, expected: string, value: unknown): string {
  const subject = label ?? 'this value';
  if (value === null) return `${subject} is empty: give it ${typeWords(expected.split(',')[0] ?? expected)} or remove it`;
  const base = `${subject} must be ${listChoices(expected.split(',').map(typeWords))}`;
  if (expected === 'boolean' && typeof value === 'string' && YAML11_BOOLEANS.has(value.toLowerCase())) {
    return `${base}: YAML 1.2 reads ${value} as text, so write true or false`;
  }
  return base;
}

/** ` "value"` for a message, or nothing where the value may not be shown; `"***"` under a secret-looking key. */
function quoted(value: unknown, segments: readonly string[], recognised: boolean): string {
  if (!recognised) return '';
  if (segments.some((segment) => SECRET_KEY.test(segment))) return ' "***"';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return ` "${truncate(escapeUnsafe(text ?? ''))}"`;
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
