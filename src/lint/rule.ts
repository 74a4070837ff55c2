// The shape every lint rule has (ESLint's habit): metadata, message
// templates keyed by message id, and a check that reports through its
// context. A rule never builds a Diagnostic itself: the runner does, so that
// severity, wording and fixes are applied the same way for every rule.

import type { AccessIndex, IndexedGrant } from '../access/access-index.js';
import type { GrantEffects, NoEffectReason } from '../access/grant-effects.js';
import type { RelatedLocation, Severity } from '../model/diagnostic.js';
import type { ConnectionDecl, GrantDecl, Project, TeamDecl, UserDecl } from '../model/project.js';
import type { SourceSpan } from '../model/source.js';

export interface RuleMeta {
  /** Kebab-case, as `lint.rules` and `--rule` name it. */
  readonly id: string;
  /** One line, for `--help`, docs and SARIF's `shortDescription`. */
  readonly description: string;
  readonly defaultSeverity: Severity;
  /**
   * Why a finding matters and how to fix it (what it finds is `description`):
   * SARIF's `help` for code scanning, and docs/lint.md#<id> says the same.
   */
  readonly help: { readonly why: string; readonly fix: string };
  /** Whether findings carry a fix; the runner refuses a fix from a rule that does not say so. */
  readonly fixable: boolean;
  /** Message templates by id; `{name}` is replaced by `data.name`. */
  readonly messages: Readonly<Record<string, string>>;
}

/** What fixes a finding. Every fix grantform makes removes a grant that has no effect. */
export interface GrantRemoval {
  readonly removeGrant: GrantDecl;
}

export interface RuleReport {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly span: SourceSpan;
  readonly related?: readonly RelatedLocation[];
  readonly fix?: GrantRemoval;
}

export interface NoEffectFinding {
  readonly rule: string;
  readonly reason: NoEffectReason;
}

export interface RuleContext {
  readonly project: Project;
  readonly access: AccessIndex;
  /**
   * What to check: every grant, user, team and connection of the project; or,
   * when the language server re-lints what an edit touched, one grant, user
   * or team at a time (LintOptions.scope). A rule reports only about these.
   */
  readonly grants: readonly IndexedGrant[];
  readonly users: readonly UserDecl[];
  readonly teams: readonly TeamDecl[];
  /** Every connection, or none: a rule that compares connections sees them together. */
  readonly connections: readonly ConnectionDecl[];
  readonly effects: GrantEffects;
  isEnabled(ruleId: string): boolean;
  /**
   * The one no-effect finding a grant gets: its most direct reason among the
   * enabled rules, so that a grant both redundant and shadowed is reported once.
   */
  noEffect(grant: IndexedGrant): NoEffectFinding | undefined;
  report(report: RuleReport): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Fills `{name}` placeholders; a missing value is a bug in the rule, not in the user's files. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  const parts = partsOf(template);
  // Joined once rather than appended to: a lint run keeps a message per finding, and appending builds a rope of small strings for each.
  const pieces: string[] = [parts[0] as string];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    if (!Object.hasOwn(data, name)) throw new Error(`message placeholder {${name}} has no value`);
    pieces.push(String(data[name]), parts[i + 1] as string);
  }
  return pieces.join('');
}

/** A template split once into text and placeholder names, alternating (a lint run formats thousands of messages from a few templates). */
const templateParts = new Map<string, readonly string[]>();
function partsOf(template: string): readonly string[] {
  let parts = templateParts.get(template);
  if (!parts) templateParts.set(template, (parts = template.split(/\{(\w+)\}/)));
  return parts;
}
