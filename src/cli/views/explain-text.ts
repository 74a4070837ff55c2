// `explain` for people: one user on one object (every grant that reaches,
// which wins, which were capped), everyone on one object (a table), and
// everything one user reaches (a tree).

import type { AccessOnObject, AccessSource, EffectiveAccess, ReachedObject } from '../../access/effective-access.js';
import type { ObjectNode } from '../../access/object-tree.js';
import { escapeTerminal } from '../../model/escape/terminal.js';
import { formatObjectPath as formatPathRaw, formatSegment, type ObjectPath } from '../../model/object-path.js';
import { describePrincipal, type UserDecl } from '../../model/project.js';
import { formatFileLine as formatFileLineRaw } from '../../model/source.js';

// Every name here comes from the files: shown with control and bidi characters escaped.
const formatObjectPath = (object: ObjectPath): string => escapeTerminal(formatPathRaw(object));
const formatFileLine = (span: Parameters<typeof formatFileLineRaw>[0]): string => escapeTerminal(formatFileLineRaw(span));
import type { Colors } from '../context.js';
import { appendAll } from '../../model/bulk.js';

export function renderUserOnText(object: ObjectPath, access: EffectiveAccess, colors: Colors): string {
  const { user } = access;
  const lines = [`${colors.bold(escapeTerminal(user.email))} (${escapeTerminal(user.accountType)}) on ${formatObjectPath(object)}: ${levelText(access, colors)}`];
  if (access.adminAccountType) lines.push('  the Admin account type administers every connection, whatever the grants');
  if (access.sources.length === 0) {
    lines.push('  no grant reaches this object, directly, through a team or through All Members');
    return `${lines.join('\n')}\n`;
  }
  lines.push('');
  const rows = access.sources.map((source) => [
    source === access.winner ? colors.green('wins') : '',
    source.grant.grant.access,
    describeSource(source),
    formatObjectPath(source.grant.grant.object),
    formatFileLine(source.grant.grant.span),
    capNote(source, user),
  ]);
  appendAll(lines, table([['', 'level', 'granted to', 'on', 'where', ''], ...rows]).map((line) => `  ${line}`));
  const capped = access.sources.filter((source) => source.gives !== source.grant.grant.access);
  if (capped.length > 0) {
    lines.push('', `  capped by account type ${escapeTerminal(user.accountType)}: ${capped.map((source) => `${describeSource(source)} (${source.grant.grant.access} → ${source.gives ?? 'nothing'})`).join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

export function renderAccessOnText(result: AccessOnObject, colors: Colors): string {
  const object = formatObjectPath(result.object);
  if (result.users.length === 0) return `no user has access on ${object}\n`;
  // The largest answers list tens of thousands of users, most of them through the same few thousand grants:
  // each winning source is described once.
  const described = new Map<AccessSource, string>();
  const winnerText = (winner: AccessSource): string => {
    let text = described.get(winner);
    if (text === undefined) described.set(winner, (text = `${describeSource(winner)} on ${formatObjectPath(winner.grant.grant.object)} (${formatFileLine(winner.grant.grant.span)})`));
    return text;
  };
  // A handful of account types among them: each escaped once.
  const types = new Map<string, string>();
  const typeText = (type: string): string => {
    let text = types.get(type);
    if (text === undefined) types.set(type, (text = escapeTerminal(type)));
    return text;
  };
  const rows = result.users.map((access) => [
    escapeTerminal(access.user.email),
    typeText(access.user.accountType),
    access.level ?? '',
    access.winner ? winnerText(access.winner) : access.adminAccountType ? 'Admin account type' : '',
  ]);
  const lines = [`${colors.bold(object)}: ${result.users.length} user${result.users.length === 1 ? '' : 's'} with access`, '', ...table([['user', 'account type', 'level', 'from'], ...rows], false)];
  return `${lines.join('\n')}\n`;
}

export function renderUserReachText(user: UserDecl, reached: readonly ReachedObject[], adminAccountType: boolean, colors: Colors): string {
  const lines = [`${colors.bold(escapeTerminal(user.email))} (${escapeTerminal(user.accountType)})`];
  if (adminAccountType) lines.push('  the Admin account type administers every connection, whatever the grants');
  if (reached.length === 0) {
    lines.push('  no grant gives this user any data access');
    return `${lines.join('\n')}\n`;
  }
  // Print the tree: every reached object under its nearest reached ancestor, the gaps named in full.
  const shown = new Set(reached.map((each) => each.node));
  for (const each of reached) {
    let depth = 0;
    let anchor: ObjectNode | undefined;
    for (let at = each.node.parent; at; at = at.parent) {
      if (shown.has(at)) {
        depth += 1;
        anchor ??= at;
      }
    }
    const name = escapeTerminal(anchor ? each.node.path.path.slice(anchor.path.path.length).map(formatSegment).join('/') : each.node.key);
    const winner = each.access.winner;
    const from = winner ? `  ${colors.dim(`${describeSource(winner)}, ${formatFileLine(winner.grant.grant.span)}`)}` : '';
    lines.push(`${'  '.repeat(depth + 1)}${name}: ${each.access.level ?? 'nothing'}${from}`);
  }
  return `${lines.join('\n')}\n`;
}

function levelText(access: EffectiveAccess, colors: Colors): string {
  return access.level ? colors.bold(access.level) : colors.yellow('no access');
}

function describeSource(source: AccessSource): string {
  return escapeTerminal(source.team !== undefined ? `team ${source.team}` : describePrincipal(source.grant.grant.principal));
}

function capNote(source: AccessSource, user: UserDecl): string {
  if (source.gives === source.grant.grant.access) return '';
  return `capped to ${source.gives ?? 'nothing'} by ${escapeTerminal(user.accountType)}`;
}

/** Rows in aligned columns; `coloured: false` for cells that hold no colour codes (their length is their width). */
function table(rows: readonly (readonly string[])[], coloured = true): string[] {
  const width = coloured ? visibleLength : (text: string) => text.length;
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, width(cell))));
  return rows.map((row) => row.map((cell, index) => (index === row.length - 1 ? cell : cell + ' '.repeat((widths[index] ?? 0) - width(cell)))).join('  ').trimEnd());
}

function visibleLength(text: string): number {
  // Colour codes are the only escapes left (names are escaped): most cells have none.
  // eslint-disable-next-line no-control-regex
  return text.includes('\u001b') ? text.replace(/\u001b\[[0-9;]*m/g, '').length : text.length;
}
