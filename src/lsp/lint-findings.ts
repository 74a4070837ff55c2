// The lint findings of the project as the last lint left them, kept by the
// subject they are about (a grant, a user, a team, the connections), so that
// an incremental lint replaces those of the subjects it checked again and
// keeps the rest; and by file, so that a file's list is rebuilt only when one
// of its findings changed.

import type { LintSubject, SubjectFindings } from '../lint/runner.js';
import { compareDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import type { GrantDecl } from '../model/project.js';

interface Kept {
  readonly diagnostics: readonly Diagnostic[];
}

export class LintFindings {
  private readonly byGrant = new Map<GrantDecl, Kept>();
  private readonly byUser = new Map<string, Kept>();
  private readonly byTeam = new Map<string, Kept>();
  private connections: Kept | undefined;
  private readonly byFile = new Map<string, Set<Diagnostic>>();
  private readonly sorted = new Map<string, readonly Diagnostic[]>();
  /** The grant each fixable finding removes (its fix is computed from the current text when asked: see withoutFix). */
  private readonly removes = new Map<Diagnostic, GrantDecl>();

  /** Drops the findings of `stale` subjects, keeps those of `checked`; returns the files whose findings changed. */
  replace(stale: { readonly grants: readonly GrantDecl[]; readonly users: readonly string[]; readonly teams: readonly string[] }, checked: ReadonlyMap<LintSubject, SubjectFindings>): Set<string> {
    const touched = new Set<string>();
    for (const grant of stale.grants) this.drop(this.byGrant, grant, touched);
    for (const email of stale.users) this.drop(this.byUser, email, touched);
    for (const name of stale.teams) this.drop(this.byTeam, name, touched);
    if (checked.has('connections') && this.connections) this.forget(this.connections, touched);
    for (const [subject, findings] of checked) {
      const kept = this.keep(findings, touched);
      if (subject === 'connections') this.connections = kept;
      else if ('grant' in subject) this.byGrant.set(subject.grant, kept);
      else if ('email' in subject) this.byUser.set(subject.email, kept);
      else this.byTeam.set(subject.name, kept);
    }
    for (const file of touched) this.sorted.delete(file);
    return touched;
  }

  /** Forgets every finding; returns the files that had some. */
  clear(): Set<string> {
    const touched = new Set(this.byFile.keys());
    for (const map of [this.byGrant, this.byUser, this.byTeam, this.byFile, this.sorted, this.removes]) map.clear();
    this.connections = undefined;
    return touched;
  }

  /** One file's findings (display path), in the order `lint` prints them. */
  of(file: string): readonly Diagnostic[] {
    let list = this.sorted.get(file);
    if (!list) {
      list = [...(this.byFile.get(file) ?? [])].sort(compareDiagnostics);
      this.sorted.set(file, list);
    }
    return list;
  }

  files(): IterableIterator<string> {
    return this.byFile.keys();
  }

  /** The grant that a fixable finding removes. */
  removalOf(diagnostic: Diagnostic): GrantDecl | undefined {
    return this.removes.get(diagnostic);
  }

  /** The grants that `lint --fix` removes in one file. */
  removalsIn(file: string): Set<GrantDecl> {
    const removals = new Set<GrantDecl>();
    for (const diagnostic of this.of(file)) {
      const grant = this.removes.get(diagnostic);
      if (grant) removals.add(grant);
    }
    return removals;
  }

  private keep(findings: SubjectFindings, touched: Set<string>): Kept {
    const removals = [...findings.removals];
    const diagnostics = findings.diagnostics.map((diagnostic) => {
      const kept = withoutFix(diagnostic);
      // The runner gives a fix exactly to the findings whose removal it records, in the same order.
      if (diagnostic.fixable) this.removes.set(kept, removals.shift() as GrantDecl);
      let set = this.byFile.get(kept.span.file);
      if (!set) this.byFile.set(kept.span.file, (set = new Set()));
      set.add(kept);
      touched.add(kept.span.file);
      return kept;
    });
    return { diagnostics };
  }

  private drop<K>(map: Map<K, Kept>, key: K, touched: Set<string>): void {
    const kept = map.get(key);
    if (!kept) return;
    map.delete(key);
    this.forget(kept, touched);
  }

  private forget(kept: Kept, touched: Set<string>): void {
    for (const diagnostic of kept.diagnostics) {
      const set = this.byFile.get(diagnostic.span.file);
      set?.delete(diagnostic);
      if (set?.size === 0) this.byFile.delete(diagnostic.span.file);
      this.removes.delete(diagnostic);
      touched.add(diagnostic.span.file);
    }
  }
}

/**
 * The diagnostic without its `fix`, which the runner's finding computes when
 * first read from the grants list layout of the lint that made it: kept, it
 * would hold that file's layout for as long as the finding lives, one copy
 * per lint. Its own properties only (not the class's getter, nor its
 * private fields), so that nothing is computed.
 */
function withoutFix(diagnostic: Diagnostic): Diagnostic {
  const descriptors = Object.getOwnPropertyDescriptors(diagnostic) as Record<string, PropertyDescriptor>;
  delete descriptors.fix;
  return Object.defineProperties({}, descriptors) as Diagnostic;
}
