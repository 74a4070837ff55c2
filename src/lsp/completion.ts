// Completion: after `team:` the teams, after `user:` or in `members:` the
// emails, after `object:` paths built from connections and paths already
// named, after `access:` the levels valid at that depth, after
// `accountType:` the account types; elsewhere the keys of a resource.

import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';
import { ACCESS_LEVELS, CONNECTION_ONLY_LEVELS } from '../model/levels.js';
import { formatObjectPath, parseObjectPath } from '../model/object-path.js';
import { ALL_MEMBERS } from '../model/project.js';
import type { Analysis, WorkspaceProject } from './project.js';

const BUILT_IN_ACCOUNT_TYPES = ['Admin', 'Creator', 'Explorer', 'Viewer'];
const KEYS = ['connections', 'users', 'teams', 'grants', 'accountTypes', 'name', 'type', 'email', 'accountType', 'members', 'team', 'user', 'object', 'access', 'previously', 'description'];

export function completions(analysis: Analysis, _project: WorkspaceProject, file: string, position: Position): CompletionItem[] {
  const text = analysis.loaded.files.find((each) => each.path === file)?.text ?? '';
  const line = text.split('\n')[position.line]?.slice(0, position.character) ?? '';
  const key = /([A-Za-z]+):\s*[^:]*$/.exec(line)?.[1];
  const model = analysis.known;
  const items = (labels: Iterable<string>, kind: CompletionItemKind): CompletionItem[] => [...new Set(labels)].map((label) => ({ label, kind }));
  switch (key) {
    case 'team':
      return items([ALL_MEMBERS, ...(model?.teams.keys() ?? [])], CompletionItemKind.Class);
    case 'user':
    case 'members':
      return items(model?.users.keys() ?? [], CompletionItemKind.Value);
    case 'object':
    case 'connection': {
      const paths = new Set<string>(model?.connections.keys() ?? []);
      for (const grant of model?.grants ?? []) for (let depth = 0; depth <= grant.object.path.length; depth += 1) paths.add(formatObjectPath({ connection: grant.object.connection, path: grant.object.path.slice(0, depth) }));
      return items(paths, CompletionItemKind.Folder);
    }
    case 'access': {
      const object = /object:\s*(\S+)/.exec(text.split('\n').slice(Math.max(0, position.line - 3), position.line + 3).join('\n'))?.[1];
      const parsed = object ? parseObjectPath(object) : undefined;
      const onConnection = !parsed || !parsed.ok || parsed.value.path.length === 0;
      return items(ACCESS_LEVELS.filter((level) => onConnection || !CONNECTION_ONLY_LEVELS.has(level)), CompletionItemKind.EnumMember);
    }
    case 'accountType':
      return items([...BUILT_IN_ACCOUNT_TYPES, ...(model?.accountTypes.keys() ?? [])], CompletionItemKind.EnumMember);
    default:
      return items(KEYS, CompletionItemKind.Property);
  }
}
