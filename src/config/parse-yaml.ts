// Parsing one file with the `yaml` package, keeping every node's range, and
// refusing what access files have no use for: several documents in a file,
// anchors and aliases (an alias bomb must not expand), merge keys and tags.
// Nothing is converted to plain values until these checks pass.

import { LineCounter, isAlias, isScalar, parseAllDocuments, visit, type Document, type Node, type YAMLError } from 'yaml';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceFile } from '../model/project.js';
import type { SourceSpan } from '../model/source.js';
import { validationError } from './diagnostics.js';
import { spanFromOffsets } from './positions.js';

export interface ParsedFile {
  readonly file: SourceFile;
  readonly document: Document.Parsed;
  readonly counter: LineCounter;
  /** The document as plain values, for schema validation. */
  readonly value: unknown;
}

export type ParseResult = { ok: true; parsed: ParsedFile } | { ok: false; diagnostics: Diagnostic[] };

export function parseYamlFile(file: SourceFile): ParseResult {
  const counter = new LineCounter();
  const span = (start: number, end: number): SourceSpan => spanFromOffsets(file.displayPath, counter, start, end);
  const parsed = parseAllDocuments(file.text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true, merge: false, strict: true });
  const documents = Array.isArray(parsed) ? parsed : [];
  const diagnostics: Diagnostic[] = [];

  for (const document of documents) {
    for (const error of document.errors) diagnostics.push(syntaxDiagnostic(file, error, span));
  }
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
  visit(document, {
    Alias(_key, node) {
      refuse('alias', node.range?.[0] ?? 0, node.range?.[1] ?? 0, `aliases (*${node.source}) are not supported: write the value out in full`);
    },
    Node(_key, node) {
      if (isAlias(node)) return;
      const { anchor, tag } = node as Node & { anchor?: string; tag?: string };
      const [start, end] = node.range ?? [0, 0];
      if (anchor) refuse('anchor', start, end, `anchors (&${anchor}) are not supported: write each value out in full`);
      // The parser sets `tag` only where the source writes one (`!foo`, `!!str`).
      if (tag) {
        const written = tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
        refuse('tag', start, end, `YAML tags (${written}) are not supported: write plain values`);
      }
    },
    Pair(_key, pair) {
      if (isScalar(pair.key) && pair.key.value === '<<' && pair.key.type === 'PLAIN') {
        const [start, end] = pair.key.range ?? [0, 0];
        refuse('merge', start, end, 'merge keys (<<) are not supported: write the fields out in full');
      }
    },
  });
  for (const { span: where, message, count } of refused.values()) {
    const more = count > 1 ? ` (${count} in this file)` : '';
    diagnostics.push(validationError('yaml-syntax', where, `${message}${more}`));
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics: dedupeByPosition(diagnostics) };

  // No alias is left, so conversion cannot blow up; the limit is a second guard.
  const value = document.toJS({ maxAliasCount: 0 }) as unknown;
  return { ok: true, parsed: { file, document, counter, value } };
}

function syntaxDiagnostic(file: SourceFile, error: YAMLError, span: (start: number, end: number) => SourceSpan): Diagnostic {
  const [start, end] = error.pos;
  const where = span(start, Math.max(start + 1, end));
  return validationError('yaml-syntax', where, syntaxMessage(file, error));
}

function syntaxMessage(file: SourceFile, error: YAMLError): string {
  const [start, end] = error.pos;
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      // The error marks where the repeated key starts: read the key up to its colon.
      const key = /^("[^"]*"|'[^']*'|[^:\n]*)/.exec(file.text.slice(start, start + 200))?.[1]?.trim() || file.text.slice(start, end);
      return `duplicate key "${truncate(key)}": a key may appear once in a mapping`;
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
      return sentence(error.message);
  }
}

/** yaml's messages start with a capital and may hold a code excerpt after a colon and newline. */
function sentence(message: string): string {
  const firstLine = (message.split('\n')[0] ?? message).replace(/\s+at line \d+, column \d+:?$/, '').replace(/[.:]\s*$/, '');
  return firstLine.charAt(0).toLowerCase() + firstLine.slice(1);
}

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

