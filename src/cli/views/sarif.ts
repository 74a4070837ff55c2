// Diagnostics as SARIF 2.1.0, the format GitHub code scanning uploads
// (github/codeql-action/upload-sarif), typed by @types/sarif. What code
// scanning needs beyond the schema (`sarif-multitool validate --rule-kind
// "Sarif;Gh"` checks it): every rule has `help` (text and Markdown: what it
// finds, why, how to fix) and a `helpUri`; every result has
// `partialFingerprints`, so that an alert survives unrelated lines moving;
// URIs are relative to the repository root through `%SRCROOT%`, wherever
// grantform ran from. Validation checks that are not lint rules get a rule
// entry too, so that every result's ruleIndex resolves.

import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Location, Log, ReportingDescriptor, Result } from 'sarif';
import type { Diagnostic, Severity } from '../../model/diagnostic.js';
import { jsonPieces, jsonText } from '../../model/json-pieces.js';
import type { SourceSpan } from '../../model/source.js';

export interface SarifRuleInfo {
  readonly id: string;
  readonly description: string;
  readonly defaultSeverity: Severity;
  readonly help: { readonly why: string; readonly fix: string };
}

export interface SarifContext {
  readonly version: string;
  /** The folder diagnostics' relative paths start from. */
  readonly cwd: string;
  /** Absolute path of the repository root (`%SRCROOT%`). */
  readonly sourceRoot: string;
  /** The text of a file by the path diagnostics name it with; fingerprints read what a finding points at. */
  readonly textOf: (file: string) => string | undefined;
  /** What a span declares, when it is a resource's: `grant use on snowflake-prod for team Sales`, `team Sales`. */
  readonly identityOf?: (span: SourceSpan) => string | undefined;
  /** At most this many results (default: what code scanning accepts in one run, `CODE_SCANNING_MAX_RESULTS`). */
  readonly maxResults?: number;
}

/**
 * GitHub code scanning rejects a SARIF run with more results than this
 * ("Results per run: 25,000", About code scanning limits on SARIF results).
 * Beyond it grantform keeps the most severe, in their order, and says in
 * the run's notifications how many it left out, rather than write a file
 * that the upload refuses whole.
 */
export const CODE_SCANNING_MAX_RESULTS = 25_000;

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/grantform/grantform';
const DOCS_URI = `${INFORMATION_URI}/blob/main/docs/lint.md`;
const SOURCE_ROOT = '%SRCROOT%';
/** Versioned: a change of what the hash covers must not match old alerts by accident. */
export const FINGERPRINT_KEY = 'grantformFinding/v1';

/** Checks of `grantform validate` (schema, references…) share one help: they are fixed in the files the same way. */
function validationRule(id: string): SarifRuleInfo {
  return {
    id,
    description: `grantform validation: ${id}`,
    defaultSeverity: 'error',
    help: {
      why: 'grantform cannot read the project as it is (YAML syntax, the JSON Schemas, references between resources, the project folder itself), so it can neither lint nor plan it.',
      fix: 'Edit the file as the message says; `grantform validate` lists every problem with its file:line:column.',
    },
  };
}

export function sarifLog(diagnostics: readonly Diagnostic[], rules: readonly SarifRuleInfo[], context: SarifContext): Log {
  const known = new Map(rules.map((rule) => [rule.id, rule]));
  const ruleList: SarifRuleInfo[] = [...rules];
  for (const diagnostic of diagnostics) {
    if (known.has(diagnostic.rule)) continue;
    const info = validationRule(diagnostic.rule);
    known.set(info.id, info);
    ruleList.push(info);
  }
  const indexOf = new Map(ruleList.map((rule, index) => [rule.id, index]));
  // Fingerprints count identical findings over all of them, so that a result keeps its fingerprint whatever is left out.
  const fingerprints = fingerprintsOf(diagnostics, context);
  const kept = mostSevere(diagnostics, context.maxResults ?? CODE_SCANNING_MAX_RESULTS);
  const left = diagnostics.length - kept.length;
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'grantform', version: context.version, informationUri: INFORMATION_URI, rules: ruleList.map(descriptor) } },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: directoryUri(context.sourceRoot) } },
        ...(left > 0 && {
          invocations: [
            {
              executionSuccessful: true,
              toolExecutionNotifications: [
                {
                  level: 'warning' as const,
                  message: {
                    text: `${left} of ${diagnostics.length} findings are left out: code scanning accepts at most ${kept.length} results in a run, so the most severe are kept. \`grantform lint\` lists them all.`,
                  },
                },
              ],
            },
          ],
        }),
        results: kept.map((index) => resultOf(diagnostics[index] as Diagnostic, indexOf.get((diagnostics[index] as Diagnostic).rule) as number, fingerprints[index] as string, context)),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}

function resultOf(diagnostic: Diagnostic, ruleIndex: number, fingerprint: string, context: SarifContext): Result {
  return {
    ruleId: diagnostic.rule,
    ruleIndex,
    level: LEVEL[diagnostic.severity],
    message: { text: diagnostic.message },
    locations: [location(diagnostic.span, context)],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    ...(diagnostic.related && {
      relatedLocations: diagnostic.related.map((related, id) => ({ id, ...location(related.span, context), message: { text: related.message } })),
    }),
  };
}

/** The indices of at most `limit` findings, errors before warnings before infos, each kind in order; the kept ones in their order. */
function mostSevere(diagnostics: readonly Diagnostic[], limit: number): number[] {
  const all = diagnostics.map((_diagnostic, index) => index);
  if (diagnostics.length <= limit) return all;
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const chosen = all.sort((a, b) => rank[(diagnostics[a] as Diagnostic).severity] - rank[(diagnostics[b] as Diagnostic).severity] || a - b).slice(0, limit);
  return chosen.sort((a, b) => a - b);
}

export function renderSarif(diagnostics: readonly Diagnostic[], rules: readonly SarifRuleInfo[], context: SarifContext): string {
  return jsonText(sarifLog(diagnostics, rules, context));
}

/** The same text in pieces, the results a batch at a time. */
export function renderSarifPieces(diagnostics: readonly Diagnostic[], rules: readonly SarifRuleInfo[], context: SarifContext): Iterable<string> {
  return jsonPieces(sarifLog(diagnostics, rules, context), [['runs', 0, 'results']]);
}

function descriptor(rule: SarifRuleInfo): ReportingDescriptor {
  const helpUri = `${DOCS_URI}#${anchorOf(rule)}`;
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description} ${rule.help.why}` },
    help: {
      text: `${rule.description}\n\nWhy: ${rule.help.why}\n\nHow to fix: ${rule.help.fix}\n\nSee ${helpUri}`,
      markdown: `**${rule.id}**: ${rule.description}\n\n**Why it matters.** ${rule.help.why}\n\n**How to fix.** ${rule.help.fix}\n\n[Documentation](${helpUri})`,
    },
    helpUri,
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: { tags: ['access-control'] },
  };
}

/** docs/lint.md has a heading per lint rule (its id) and one for the validation checks. */
function anchorOf(rule: SarifRuleInfo): string {
  return rule.description.startsWith('grantform validation:') ? 'validation-checks' : rule.id;
}

function location(span: SourceSpan, context: SarifContext): Location {
  const absolute = path.resolve(context.cwd, span.file);
  const relative = path.relative(context.sourceRoot, absolute);
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return {
    physicalLocation: {
      artifactLocation: inside ? { uri: encodeURI(relative.split(path.sep).join('/')), uriBaseId: SOURCE_ROOT } : { uri: pathToFileURL(absolute).href },
      region: {
        startLine: span.start.line,
        startColumn: span.start.column,
        endLine: Math.max(span.end.line, span.start.line),
        endColumn: span.end.line > span.start.line || span.end.column > span.start.column ? span.end.column : span.start.column + 1,
      },
    },
  };
}

/**
 * A hash of the rule, the file (from the repository root) and what the
 * finding is about: the resource it points at (a grant's principal, object
 * and level; a team's or user's name), else the YAML text it points at with
 * whitespace collapsed, else the message for a finding on no text. Never the line number, so that an alert stays the
 * same alert when lines above it move. Identical findings in one file are
 * told apart by their order.
 */
function fingerprintsOf(diagnostics: readonly Diagnostic[], context: SarifContext): string[] {
  const seen = new Map<string, number>();
  return diagnostics.map((diagnostic) => {
    const { span } = diagnostic;
    const file = path.relative(context.sourceRoot, path.resolve(context.cwd, span.file)).split(path.sep).join('/');
    const text = context.textOf(span.file)?.slice(span.start.offset, span.end.offset).replace(/\s+/g, ' ').trim();
    const subject = context.identityOf?.(span) ?? (text !== undefined && text !== '' ? text : diagnostic.message);
    const key = `${diagnostic.rule}\u0000${file}\u0000${subject}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return `${createHash('sha256').update(key).digest('hex').slice(0, 32)}:${occurrence}`;
  });
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_match, _dash: string, letter: string) => letter.toUpperCase());
}
