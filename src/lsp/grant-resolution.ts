// References resolved again only where an edit can change the answer. The
// declarations of every file are merged again on each load (names into maps:
// cheap), but the grants, 20,000 in a large org, are resolved again only in
// the files whose parse changed and in those whose grants name a principal
// that no longer exists or a connection that changed. A file that had a
// finding is resolved again every time: its messages suggest names from
// every file. A clean result depends only on names that exist, so when no
// name went since the previous resolution (the usual edit), the results
// checked then are kept without looking at their names again.

import { declareResources, resolveGrants, type FileDeclarations, type Resources } from '../config/resolve-resources.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { ALL_MEMBERS, type ConnectionDecl, type GrantDecl, type SourceFile } from '../model/project.js';

interface Resolved {
  readonly grants: readonly GrantDecl[];
  readonly diagnostics: readonly Diagnostic[];
  /** What the answer depended on: the principals named (`team.X`, `user.x@…`), and each connection as it was. */
  readonly teams: readonly string[];
  readonly users: readonly string[];
  readonly connections: ReadonlyMap<string, ConnectionDecl | undefined>;
  /** The resolution that last found it still valid. */
  checked: number;
}

/** One resource file as the last resolution saw it. */
export interface ResolvedFile {
  readonly file: SourceFile;
  readonly declared: FileDeclarations;
  readonly grants: readonly GrantDecl[];
}

export class GrantResolution {
  private readonly byFile = new WeakMap<FileDeclarations, Resolved>();
  private last: ResolvedFile[] | undefined;
  private generation = 0;
  /** The names of the previous resolution. */
  private names: Pick<Resources, 'teams' | 'users' | 'connections'> | undefined;

  /** For loadProject's `resolve`: what resolveResources returns, reusing each file's grants while they still resolve the same. */
  readonly resolve = (files: readonly FileDeclarations[]): { resources: Resources; diagnostics: Diagnostic[] } => {
    const { resources, diagnostics } = declareResources(files);
    const last: ResolvedFile[] = [];
    this.generation += 1;
    const noneGone = this.names !== undefined && noneGoneFrom(this.names, resources);
    for (const declared of files) {
      let resolved = this.byFile.get(declared);
      const valid = resolved !== undefined && resolved.diagnostics.length === 0 && ((noneGone && resolved.checked === this.generation - 1) || stillResolves(resolved, resources));
      if (!resolved || !valid) {
        resolved = dependenciesOf(resolveGrants(declared, resources), resources);
        this.byFile.set(declared, resolved);
      }
      resolved.checked = this.generation;
      for (const grant of resolved.grants) resources.grants.push(grant);
      for (const diagnostic of resolved.diagnostics) diagnostics.push(diagnostic);
      last.push({ file: declared.file, declared, grants: resolved.grants });
    }
    this.last = last;
    this.names = resources;
    return { resources, diagnostics };
  };

  /** Forgets the files of the last resolution: call before a load, so that `files()` after it says whether the load got that far. */
  begin(): void {
    this.last = undefined;
  }

  /** The resource files of the last resolution, in project order, by display path. */
  files(): ReadonlyMap<string, ResolvedFile> | undefined {
    return this.last && new Map(this.last.map((each) => [each.file.displayPath, each]));
  }
}

function dependenciesOf(result: { grants: GrantDecl[]; diagnostics: Diagnostic[] }, resources: Resources): Resolved {
  const teams = new Set<string>();
  const users = new Set<string>();
  const connections = new Map<string, ConnectionDecl | undefined>();
  for (const grant of result.grants) {
    if (grant.principal.kind === 'team') teams.add(grant.principal.name);
    else users.add(grant.principal.email);
    connections.set(grant.object.connection, resources.connections.get(grant.object.connection));
  }
  return { ...result, teams: [...teams], users: [...users], connections, checked: 0 };
}

/** Every team and user of `before` is still declared, and every connection is the same declaration. */
function noneGoneFrom(before: Pick<Resources, 'teams' | 'users' | 'connections'>, now: Resources): boolean {
  for (const name of before.teams.keys()) if (!now.teams.has(name)) return false;
  for (const email of before.users.keys()) if (!now.users.has(email)) return false;
  for (const [name, connection] of before.connections) if (now.connections.get(name) !== connection) return false;
  return true;
}

function stillResolves(resolved: Resolved, resources: Resources): boolean {
  for (const team of resolved.teams) if (team !== ALL_MEMBERS && !resources.teams.has(team)) return false;
  for (const user of resolved.users) if (!resources.users.has(user)) return false;
  for (const [name, connection] of resolved.connections) if (resources.connections.get(name) !== connection) return false;
  return true;
}
