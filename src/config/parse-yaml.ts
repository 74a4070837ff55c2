// Parsing one file with the `yaml` package, keeping every node's range, and
// refusing what access files have no use for: several documents in a file,
// anchors and aliases (an alias bomb must not expand), merge keys and tags.
// Nothing is converted to plain values until these checks pass.
//
// A file may not be YAML at all (an include of a credentials file, a
// symlinked config): no message quotes its text until it is known to be an
// access file, one whose top level is a mapping of the schema's keys (#17).
// Syntax errors give their kind and position only, never the yaml package's
// wording where that embeds the source.

import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node, type Pair, type YAMLError } from 'yaml';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceFile } from '../model/project.js';
import type { SourceSpan } from '../model/source.js';
import { validationError } from './diagnostics.js';
import { spanFromOffsets } from './positions.js';
import { escapeUnsafe } from './unsafe-characters.js';

export interface ParsedFile {
  readonly file: SourceFile;
  readonly document: Document.Parsed;
  readonly counter: LineCounter;
  /** The document as plain values, for schema validation. */
  readonly value: unknown;
  /** The top level is a mapping of known keys: messages may quote the file's text. */
  readonly recognised: boolean;
}

export type ParseResult = { ok: true; parsed: ParsedFile } | { ok: false; diagnostics: Diagnostic[] };

/** `topLevelKeys`: the keys an access file of this kind may have at its top level. */
export function parseYamlFile(file: SourceFile, topLevelKeys: ReadonlySet<string> = new Set()): ParseResult {
  const counter = new LineCounter();
  const span = (start: number, end: number): SourceSpan => spanFromOffsets(file.displayPath, counter, start, end);
  // logLevel 'error': yaml would print its own warnings (a collection as a key) to stderr, beside the diagnostics that say the same.
  const parsed = parseAllDocuments(file.text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true, merge: false, strict: true, logLevel: 'error' });
  const documents = Array.isArray(parsed) ? parsed : [];
  const diagnostics: Diagnostic[] = [];

  const recognised = documents.length === 1 && isAccessFile(documents[0] as Document.Parsed, topLevelKeys);
  // The first syntax error only: in a file that is not YAML the rest are echoes of it.
  const first = documents.flatMap((document) => document.errors).sort((a, b) => a.pos[0] - b.pos[0])[0];
  if (first) return { ok: false, diagnostics: [syntaxDiagnostic(file, first, span, recognised)] };
  if (documents.length > 1) {
    const second = documents[1] as Document.Parsed;
    diagnostics.push(validationError('yaml-syntax', span(second.range[0], second.range[0] + 3), `${file.displayPath} holds several YAML documents: keep one per file, or split it into several files`));
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics: dedupeByPosition(diagnostics) };

  const document = documents[0];
  if (!document || document.contents === null || (isScalar(document.contents) && document.contents.value === null)) {
    return { ok: false, diagnostics: [validationError('yaml-syntax', span(0, 0), `${file.displayPath} is empty: declare something in it, or delete it`)] };
  }

  // One diagnostic per construct and file, at its first use: an alias bomb
  // has hundreds of aliases, and the fix is the same for all of them.
  const refused = new Map<string, { span: SourceSpan; message: string; count: number }>();
  const refuse = (kind: string, start: number, end: number, message: string) => {
    const seen = refused.get(kind);
    if (seen) seen.count += 1;
    else refused.set(kind, { span: span(start, end), message, count: 1 });
  };
  const checks = {
    node(node: Node) {
      if (isAlias(node)) {
        const name = recognised ? ` (*${truncate(escapeUnsafe(node.source))})` : '';
        refuse('alias', node.range?.[0] ?? 0, node.range?.[1] ?? 0, `aliases${name} are not supported: write the value out in full`);
        return;
      }
      const { anchor, tag } = node as Node & { anchor?: string; tag?: string };
      if (!anchor && !tag) return;
      const [start, end] = node.range ?? [0, 0];
      if (anchor) refuse('anchor', start, end, `anchors${recognised ? ` (&${truncate(escapeUnsafe(anchor))})` : ''} are not supported: write each value out in full`);
      // The parser sets `tag` only where the source writes one (`!foo`, `!!str`).
      if (tag) {
        const written = tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
        refuse('tag', start, end, `YAML tags${recognised ? ` (${truncate(escapeUnsafe(written))})` : ''} are not supported: write plain values`);
      }
    },
    pair(pair: Pair<unknown, unknown>) {
      if (isScalar(pair.key) && pair.key.value === '<<' && pair.key.type === 'PLAIN') {
        const [start, end] = pair.key.range ?? [0, 0];
        refuse('merge', start, end, 'merge keys (<<) are not supported: write the fields out in full');
      }
    },
  };
  const converted = checkedValue(document.contents, checks);
  for (const { span: where, message, count } of refused.values()) {
    const more = count > 1 ? ` (${count} in this file)` : '';
    diagnostics.push(validationError('yaml-syntax', where, `${message}${more}`));
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics: dedupeByPosition(diagnostics) };

  // No alias is left, so conversion cannot blow up; the limit is a second guard. A key that is itself a collection
  // (`? [a, b]: c`) is written as yaml writes it: that rare file is converted by yaml itself.
  const value = converted.complexKey ? (document.toJS({ maxAliasCount: 0 }) as unknown) : converted.value;
  return { ok: true, parsed: { file, document, counter, value, recognised } };
}

interface NodeChecks {
  node(node: Node): void;
  pair(pair: Pair<unknown, unknown>): void;
}

/**
 * The document's plain value, as yaml's `toJS` gives it, worked out in the
 * same walk that checks every node and pair (keys before values, in source
 * order): one walk instead of a walk for the checks and yaml's conversion
 * after it, which on a 90,000-line file was a tenth of the load beyond
 * parsing. `complexKey`: a mapping has a key that is a collection, whose
 * text as a key only yaml writes (the value is then not to be used).
 */
function checkedValue(root: unknown, checks: NodeChecks): { value: unknown; complexKey: boolean } {
  let complexKey = false;
  const valueOf = (node: unknown): unknown => {
    if (node == null || typeof node !== 'object') return node ?? null;
    checks.node(node as Node);
    if (isScalar(node)) return typeof node.value === 'bigint' ? Number(node.value) : node.value;
    if (isMap(node)) {
      const object: Record<string, unknown> = {};
      for (const pair of node.items) addPair(object, pair);
      return object;
    }
    if (isSeq(node)) {
      const list: unknown[] = [];
      for (const item of node.items) {
        // A pair in a flow sequence (`[a: b]`) is a one-pair mapping, as yaml converts it.
        if (isPair(item)) {
          const object: Record<string, unknown> = {};
          addPair(object, item);
          list.push(object);
        } else list.push(valueOf(item));
      }
      return list;
    }
    // An alias: refused by the checks above.
    return null;
  };
  const addPair = (object: Record<string, unknown>, pair: Pair<unknown, unknown>): void => {
    checks.pair(pair);
    const key = valueOf(pair.key);
    if (key !== null && typeof key === 'object') complexKey = true;
    // As yaml's addPairToJSMap: a null key is '', other scalars their String(); `__proto__` and the like become own properties.
    const name = key === null ? '' : String(key);
    const value = valueOf(pair.value);
    if (name in object) Object.defineProperty(object, name, { value, writable: true, enumerable: true, configurable: true });
    else object[name] = value;
  };
  const value = valueOf(root);
  return { value, complexKey };
}

function isAccessFile(document: Document.Parsed, topLevelKeys: ReadonlySet<string>): boolean {
  const contents = document.contents;
  return isMap(contents) && contents.items.every((pair) => isScalar(pair.key) && typeof pair.key.value === 'string' && topLevelKeys.has(pair.key.value));
}

function syntaxDiagnostic(file: SourceFile, error: YAMLError, span: (start: number, end: number) => SourceSpan, recognised: boolean): Diagnostic {
  const [start, end] = error.pos;
  // A span over the offending token, but not over a whole line of something that is not YAML.
  const where = span(start, Math.min(Math.max(start + 1, end), start + 200));
  return validationError('yaml-syntax', where, syntaxMessage(file, error, recognised));
}

function syntaxMessage(file: SourceFile, error: YAMLError, recognised: boolean): string {
  const [start, end] = error.pos;
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      if (!recognised) return 'duplicate key: a key may appear once in a mapping';
      // The error marks where the repeated key starts: read the key up to its colon.
      const key = /^("[^"]*"|'[^']*'|[^:\n]*)/.exec(file.text.slice(start, start + 200))?.[1]?.trim() || file.text.slice(start, end);
      return `duplicate key "${truncate(escapeUnsafe(key))}": a key may appear once in a mapping`;
    }
    case 'TAB_AS_INDENT':
      return 'tabs are not allowed for indentation in YAML: indent with spaces';
    case 'MULTIPLE_DOCS':
      return 'only one YAML document per file';
    case 'BAD_DQ_ESCAPE':
      return 'invalid escape in a double-quoted string: use single quotes, or escape the backslash as \\\\';
    case 'RESOURCE_EXHAUSTION':
      return 'the document is too deeply nested or too large to read';
    default:
      return sentence(error);
  }
}

/**
 * yaml's own wording where it is fixed text; where it quotes the source
 * ("Unexpected scalar token in YAML stream: \"…\"", "Invalid escape sequence
 * \\x…", "Unresolved tag: …", prettified excerpts), the kind of error alone.
 */
function sentence(error: YAMLError): string {
  const firstLine = (error.message.split('\n')[0] ?? '')
    .replace(/\s+at line \d+, column \d+:?$/, '')
    // "Unexpected scalar token in YAML stream: \"<the source>\"": the kind without the quote.
    .replace(/^(Unexpected [a-z-]+ token in YAML (stream|document)): .*$/, '$1')
    .replace(/[.:]\s*$/, '');
  if (SAFE_MESSAGES.some((safe) => safe.test(firstLine))) return firstLine.charAt(0).toLowerCase() + firstLine.slice(1);
  return KIND_OF_ERROR[error.code] ?? 'this is not valid YAML';
}

/** yaml messages made only of fixed words (the names of YAML constructs), with nothing from the source. */
const SAFE_MESSAGES: readonly RegExp[] = [
  /^(An alias node must not specify any properties|Alias cannot be an empty string|Anchor cannot be an empty string|All sequence items must start at the same column)$/,
  /^(A block sequence may not be used as an implicit map key|Nested mappings are not allowed in compact mappings|Map keys must be unique)$/,
  /^(Missing closing 'quote|Missing closing "quote|Missing directives-end indicator line|Missing directives-end\/doc-start indicator line)$/,
  /^(Block collection cannot start on same line with directives-end marker|Comments must be separated from other tokens by white space characters)$/,
  /^(Implicit map keys need to be followed by map values|Sequence item without - indicator|Tags and anchors must be separated from the next token by white space)$/,
  /^(Implicit keys need to be on a single line|Implicit keys of flow sequence pairs need to be on a single line|A node can have at most one (anchor|tag))$/,
  /^(Tabs are not allowed as indentation|Block scalar header not found|Map comment with trailing content)$/,
  /^Missing (,|, or :) between flow (sequence|map) items$|^Missing space after : in flow (sequence|map)$/,
  /^Unexpected (, |empty item )in flow (sequence|map)$/,
  /^Unexpected [a-z-]+ (at node end|token|token in YAML (stream|document))$/,
  /^Flow (sequence|map|collection) in block collection must be sufficiently indented and end with a [\]}]$/,
];

/** What each yaml error code means, for messages that quote the source. */
const KIND_OF_ERROR: Partial<Record<YAMLError['code'], string>> = {
  ALIAS_PROPS: 'an alias may not have an anchor or a tag',
  BAD_ALIAS: 'an alias or anchor name is not valid',
  BAD_DIRECTIVE: 'a YAML directive (%…) is not valid',
  BAD_INDENT: 'the indentation is not consistent',
  BAD_PROP_ORDER: 'anchors and tags must come after the indicator',
  BAD_SCALAR_START: 'a plain value cannot start with this character: quote the value',
  BLOCK_AS_IMPLICIT_KEY: 'a block collection may not be used as a key',
  BLOCK_IN_FLOW: 'a block collection may not appear inside [ ] or { }',
  IMPOSSIBLE: 'this is not valid YAML',
  KEY_OVER_1024_CHARS: 'a key longer than 1024 characters must be written as an explicit key',
  MISSING_CHAR: 'a character is missing here (a closing quote or bracket, a comma, or a space after a colon)',
  MULTILINE_IMPLICIT_KEY: 'a key must be on a single line',
  MULTIPLE_ANCHORS: 'a value may have one anchor at most',
  MULTIPLE_TAGS: 'a value may have one tag at most',
  NON_STRING_KEY: 'keys must be text',
  TAG_RESOLVE_FAILED: 'a YAML tag could not be resolved',
  UNEXPECTED_TOKEN: 'unexpected text here: this is not valid YAML',
  BAD_COLLECTION_TYPE: 'a tag does not fit the collection it is on',
};

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function dedupeByPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((diagnostic) => {
    const key = `${diagnostic.span.start.offset}:${diagnostic.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

