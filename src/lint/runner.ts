// Runs the enabled rules over a loaded project: builds the access index and
// the no-effect analysis once, gives every rule the same context, and turns
// reports into diagnostics. A rule that reports a fix without saying it is
// fixable, or an unknown message id, is a bug: the runner refuses it.

import { AccessIndex, type IndexedGrant } from '../access/access-index.js';
import { analyzeGrantEffects, noEffectReasons, type GrantEffects } from '../access/grant-effects.js';
import { compareDiagnostics, type Diagnostic, type RelatedLocation, type Severity, type TextEdit } from '../model/diagnostic.js';
import type { GrantDecl, Project, TeamDecl, UserDecl } from '../model/project.js';
import type { SourceSpan } from '../model/source.js';
import { FileLines } from './fix/file-lines.js';
import { GrantListLayout } from './fix/grant-removal.js';
import { RULE_OF_REASON } from './no-effect.js';
import { RULES } from './registry.js';
import { formatMessage, type NoEffectFinding, type Rule, type RuleContext, type RuleReport } from './rule.js';
import { resolveSeverities, type RuleSeverity } from './severities.js';

export interface LintOptions {
  /** Severity overrides, applied in order after each rule's default (grantform.yaml, then the command line). */
  readonly severities?: readonly Readonly<Record<string, RuleSeverity>>[];
  /** The rules to run; default: the registry. */
  readonly rules?: readonly Rule[];
  /** An index already built for this project (explain and lint share one). */
  readonly access?: AccessIndex;
  /**
   * Check only these subjects, each on its own, and say whose each finding is
   * (`bySubject`): the language server re-lints only what an edit touched.
   * Default: everything at once.
   */
  readonly scope?: LintScope;
}

/** The grants, users and teams to check, and whether to check the connections (together: shared-write-destination compares them). */
export interface LintScope {
  readonly grants: readonly IndexedGrant[];
  readonly users: readonly UserDecl[];
  readonly teams: readonly TeamDecl[];
  readonly connections: boolean;
}

/** What a finding is about. */
export type LintSubject = IndexedGrant | UserDecl | TeamDecl | 'connections';

export interface SubjectFindings {
  readonly diagnostics: Diagnostic[];
  /** The grants that `--fix` removes for these findings. */
  readonly removals: GrantDecl[];
}

type Subjects = Pick<RuleContext, 'grants' | 'users' | 'teams' | 'connections'>;

export interface LintResult {
  /** By file, then position. */
  readonly diagnostics: readonly Diagnostic[];
  /** The grants that `--fix` removes, by file (display path). */
  readonly removals: ReadonlyMap<string, ReadonlySet<GrantDecl>>;
  /** The rule whose finding removes each of those grants. */
  readonly removedBy: ReadonlyMap<GrantDecl, string>;
  /** With `scope`: the findings of each subject checked that has any. */
  readonly bySubject?: ReadonlyMap<LintSubject, SubjectFindings>;
}

export class RuleContractError extends Error {
  override readonly name = 'RuleContractError';
}

export function lintProject(project: Project, options: LintOptions = {}): LintResult {
  const rules = options.rules ?? RULES;
  const severities = resolveSeverities(rules, ...(options.severities ?? [project.settings.lintRules]));
  const enabled = (id: string) => (severities.get(id) ?? 'off') !== 'off';
  const access = options.access ?? new AccessIndex(project);
  let effects: GrantEffects | undefined;
  const effectsOf = () => (effects ??= analyzeGrantEffects(access));
  // A scoped run asks about a few grants: working out every grant's effects first would cost what the scope saves.
  const reasonsOf = options.scope ? (grant: IndexedGrant) => noEffectReasons(access, grant) : (grant: IndexedGrant) => effectsOf().get(grant);
  // Every rule asks about every grant: the answer is the same for all of them, so it is worked out once per grant.
  const findings = new Map<IndexedGrant, NoEffectFinding | null>();

  const diagnostics: Diagnostic[] = [];
  const removals = new Map<string, Set<GrantDecl>>();
  const removedBy = new Map<GrantDecl, string>();
  const fixes = new FixBuilder(project);
  const everything: Subjects = { grants: access.grants, users: [...project.users.values()], teams: [...project.teams.values()], connections: [...project.connections.values()] };
  const units = options.scope ? unitsOf(options.scope, everything) : [{ subjects: everything }];
  const bySubject = options.scope ? new Map<LintSubject, SubjectFindings>() : undefined;
  let unit: Unit = units[0] as Unit;
  const findingsOfUnit = (): SubjectFindings | undefined => {
    if (!bySubject || unit.subject === undefined) return undefined;
    let found = bySubject.get(unit.subject);
    if (!found) bySubject.set(unit.subject, (found = { diagnostics: [], removals: [] }));
    return found;
  };

  for (const rule of rules) {
    const severity = severities.get(rule.meta.id) ?? 'off';
    if (severity === 'off') continue;
    const context: RuleContext = {
      project,
      access,
      get grants() {
        return unit.subjects.grants;
      },
      get users() {
        return unit.subjects.users;
      },
      get teams() {
        return unit.subjects.teams;
      },
      get connections() {
        return unit.subjects.connections;
      },
      get effects() {
        return effectsOf();
      },
      isEnabled: enabled,
      noEffect(grant): NoEffectFinding | undefined {
        let finding = findings.get(grant);
        if (finding === undefined) {
          const reason = reasonsOf(grant)?.find((each) => enabled(RULE_OF_REASON[each.kind]));
          findings.set(grant, (finding = reason ? { rule: RULE_OF_REASON[reason.kind], reason } : null));
        }
        return finding ?? undefined;
      },
      report(report: RuleReport) {
        const template = rule.meta.messages[report.messageId];
        if (template === undefined) throw new RuleContractError(`rule ${rule.meta.id} reported unknown message id "${report.messageId}"`);
        if (report.fix && !rule.meta.fixable) throw new RuleContractError(`rule ${rule.meta.id} reported a fix, but its meta does not say it is fixable`);
        const removal = report.fix && fixes.canRemove(report.fix.removeGrant) ? report.fix.removeGrant : undefined;
        if (removal && report.fix) {
          const file = report.fix.removeGrant.span.file;
          let set = removals.get(file);
          if (!set) removals.set(file, (set = new Set()));
          set.add(report.fix.removeGrant);
          removedBy.set(report.fix.removeGrant, rule.meta.id);
        }
        const message = formatMessage(template, report.data);
        const span = fixes.trim(report.span);
        const related = report.related?.map((each) => ({ message: each.message, span: fixes.trim(each.span) }));
        const diagnostic: Diagnostic = removal
          ? new FixableFinding(rule.meta.id, severity, message, report.messageId, span, related, fixes.layoutFor(removal), removal)
          : { rule: rule.meta.id, severity, message, messageId: report.messageId, span, ...(related && { related }) };
        diagnostics.push(diagnostic);
        const own = findingsOfUnit();
        own?.diagnostics.push(diagnostic);
        if (removal) own?.removals.push(removal);
      },
    };
    for (unit of units) rule.check(context);
  }
  diagnostics.sort(compareDiagnostics);
  return { diagnostics, removals, removedBy, ...(bySubject && { bySubject }) };
}

/** One check of a rule: everything at once, or one subject. */
interface Unit {
  readonly subject?: LintSubject;
  readonly subjects: Subjects;
}

function unitsOf(scope: LintScope, everything: Subjects): Unit[] {
  const none: Subjects = { grants: [], users: [], teams: [], connections: [] };
  return [
    ...scope.grants.map((grant) => ({ subject: grant, subjects: { ...none, grants: [grant] } })),
    ...scope.users.map((user) => ({ subject: user, subjects: { ...none, users: [user] } })),
    ...scope.teams.map((team) => ({ subject: team, subjects: { ...none, teams: [team] } })),
    ...(scope.connections ? [{ subject: 'connections' as const, subjects: { ...none, connections: everything.connections } }] : []),
  ];
}

/**
 * A finding that a fix removes: its edits are computed on first read of
 * `fix` (only `--fix` and the editor's quick fixes read them; `fixable`
 * says there are some). A class, not an object with a getter of its own:
 * a lint run keeps tens of thousands of these.
 */
class FixableFinding implements Diagnostic {
  readonly fixable = true;
  readonly related?: readonly RelatedLocation[];
  readonly #layout: GrantListLayout;
  readonly #grant: GrantDecl;
  #edits: readonly TextEdit[] | undefined;

  constructor(
    readonly rule: string,
    readonly severity: Severity,
    readonly message: string,
    readonly messageId: string,
    readonly span: SourceSpan,
    related: readonly RelatedLocation[] | undefined,
    layout: GrantListLayout,
    grant: GrantDecl,
  ) {
    if (related) this.related = related;
    this.#layout = layout;
    this.#grant = grant;
  }

  get fix(): readonly TextEdit[] {
    return (this.#edits ??= this.#layout.edits(new Set([this.#grant])) ?? []);
  }
}

/**
 * Edits that remove one grant. Each file's grants list is read once, on the
 * first fixable finding in it (most files have none); the edits themselves
 * are computed only when a caller reads a diagnostic's `fix` (lint without
 * `--fix` only asks whether there is one).
 */
class FixBuilder {
  private readonly grantsByFile = new Map<string, GrantDecl[]>();
  private readonly lines = new Map<string, FileLines>();
  private readonly layouts = new Map<string, GrantListLayout | undefined>();
  private readonly texts: ReadonlyMap<string, string>;

  constructor(project: Project) {
    this.texts = new Map(project.files.map((file) => [file.displayPath, file.text]));
    for (const grant of project.grants) {
      const list = this.grantsByFile.get(grant.span.file);
      if (list) list.push(grant);
      else this.grantsByFile.set(grant.span.file, [grant]);
    }
  }

  canRemove(grant: GrantDecl): boolean {
    return this.layoutOf(grant.span.file)?.canRemove(grant) ?? false;
  }

  /** The layout of the grants list that holds `grant` (there is one: `canRemove` said so). */
  layoutFor(grant: GrantDecl): GrantListLayout {
    return this.layoutOf(grant.span.file) as GrantListLayout;
  }

  private layoutOf(file: string): GrantListLayout | undefined {
    if (this.layouts.has(file)) return this.layouts.get(file);
    const lines = this.linesOf(file);
    const layout = lines && new GrantListLayout(file, lines, this.grantsByFile.get(file) ?? []);
    this.layouts.set(file, layout);
    return layout;
  }

  /**
   * A span that ends at the start of a line (a block mapping takes its line
   * break) ends instead at the end of the line before, so that an editor or a
   * code-scanning region does not mark a line the finding is not about.
   */
  trim(span: SourceSpan): SourceSpan {
    if (span.end.column !== 1 || span.end.line <= span.start.line) return span;
    const lines = this.linesOf(span.file);
    if (!lines) return span;
    const line = span.end.line - 2;
    const text = lines.line(line);
    const offset = lines.start(line) + text.length;
    return { file: span.file, start: span.start, end: { line: line + 1, column: text.length + 1, offset } };
  }

  private linesOf(file: string): FileLines | undefined {
    let lines = this.lines.get(file);
    if (!lines) {
      const text = this.texts.get(file);
      if (text === undefined) return undefined;
      this.lines.set(file, (lines = new FileLines(text)));
    }
    return lines;
  }
}
