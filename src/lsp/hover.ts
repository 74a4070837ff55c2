// Hover: on a grant, what it gives and, when it gives nothing, why (the lint
// finding on it); on a team, its members and grants; on a user, account
// type, teams and everything reached (as `explain --user`); on an object
// path, who has access there (as `explain --on`, first 20 then a count).

import pc from 'picocolors';
import type { Hover, Position } from 'vscode-languageserver';
import { accessOn, effectiveAccess, reachOf } from '../access/effective-access.js';
import { renderAccessOnText, renderUserOnText, renderUserReachText } from '../cli/views/explain-text.js';
import { formatObjectPath } from '../model/object-path.js';
import { formatFileLine } from '../model/source.js';
import type { Analysis, WorkspaceProject } from './project.js';
import { contains, TextPositions, toRange } from './ranges.js';
import { occurrenceAt, occurrencesOf } from './symbols.js';

const plain = pc.createColors(false);
const TOP = 20;

export function hoverAt(analysis: Analysis, project: WorkspaceProject, file: string, position: Position): Hover | null {
  const { project: model, access } = analysis;
  if (!model || !access) return null;
  const source = model.files.find((each) => each.path === file);
  if (!source) return null;
  const displayPath = project.displayPath(file);
  const offset = new TextPositions(source.text).offset(position);
  const grant = model.grants.find((each) => each.span.file === displayPath && contains(each.span, offset));

  if (grant && contains(grant.objectSpan, offset)) {
    const result = accessOn(access, grant.object);
    const shown = { ...result, users: result.users.slice(0, TOP) };
    const more = result.users.length > TOP ? `\n… and ${result.users.length - TOP} more users` : '';
    return block(renderAccessOnText(shown, plain) + more, toRange(grant.objectSpan));
  }
  const here = occurrenceAt(occurrencesOf(model), displayPath, offset);
  if (grant && (!here || here.grant === grant)) {
    const findings = analysis.lintOf(displayPath).filter((each) => each.span.start.offset === grant.span.start.offset);
    const lines = [`${grant.principal.kind === 'team' ? `team ${grant.principal.name}` : grant.principal.email}: ${grant.access} on ${formatObjectPath(grant.object)}`];
    for (const finding of findings) lines.push(`no effect because: ${finding.message} (${finding.rule})`);
    if (grant.principal.kind === 'user') {
      const user = model.users.get(grant.principal.email);
      if (user) lines.push('', renderUserOnText(grant.object, effectiveAccess(access, user, grant.object), plain));
    } else {
      const team = model.teams.get(grant.principal.name);
      if (team) lines.push(`reaches ${team.members.length} member${team.members.length === 1 ? '' : 's'}`);
    }
    return block(lines.join('\n'), toRange(grant.span));
  }
  if (!here) return null;
  if (here.kind === 'team') {
    const team = model.teams.get(here.name);
    const grants = model.grants.filter((each) => each.principal.kind === 'team' && each.principal.name === here.name);
    const lines = [`team ${here.name}${team?.description ? ` — ${team.description}` : ''}`, `members (${team?.members.length ?? 0}): ${(team?.members ?? []).map((member) => member.email).join(', ') || 'none'}`];
    lines.push(`grants (${grants.length}):`, ...grants.map((each) => `  ${each.access} on ${formatObjectPath(each.object)} (${formatFileLine(each.span)})`));
    return block(lines.join('\n'), toRange(here.span));
  }
  if (here.kind === 'user') {
    const user = model.users.get(here.name);
    if (!user) return null;
    const teams = [...model.teams.values()].filter((team) => team.members.some((member) => member.email === user.email)).map((team) => team.name);
    const header = `${user.email}: account type ${user.accountType}; teams: ${teams.join(', ') || 'none'}\n\n`;
    return block(header + renderUserReachText(user, reachOf(access, user), access.caps.isAdmin(user.accountType), plain), toRange(here.span));
  }
  const connection = model.connections.get(here.name);
  if (!connection) return null;
  const result = accessOn(access, { connection: connection.name, path: [] });
  const more = result.users.length > TOP ? `\n… and ${result.users.length - TOP} more users` : '';
  return block(`connection ${connection.name} (${connection.type})\n\n${renderAccessOnText({ ...result, users: result.users.slice(0, TOP) }, plain)}${more}`, toRange(here.span));
}

function block(text: string, range: Hover['range']): Hover {
  return { contents: { kind: 'markdown', value: `\`\`\`text\n${text.trimEnd()}\n\`\`\`` }, ...(range && { range }) };
}
