// A team grant that some members cannot receive in full because of their
// account type: each gets the highest level the type allows, possibly
// nothing. The message names them, grouped by account type. Members whose
// type receives no data access at all (Viewer) are not named: no grant is
// meant for them. Grants that have no effect are left to the rule that says so.

import { ALL_MEMBERS, type UserDecl } from '../../model/project.js';
import { listSome } from '../describe.js';
import type { Rule, RuleContext } from '../rule.js';
import type { AccessLevel } from '../../model/levels.js';

export const teamGrantCapped: Rule = {
  meta: {
    id: 'team-grant-capped',
    description: 'A team grant that some members cannot receive in full because of their account type.',
    help: {
      why: 'Team grants reach each member only where the member\'s account type permits the level: some members receive less than the grant says.',
      fix: 'Give those members an account type that permits the level, or grant the level they can actually use; the message names them and what they get.',
    },
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      capped: 'team {team} gives {level} on {object}, but {who}; give them an account type that allows {level}, or grant what they can receive',
    },
  },
  check(context) {
    const { access } = context;
    // What a team's grant of one level says of its members depends on the team and the level only: worked out once
    // for each, not for each of the team's grants (a team of 20,000 members with 2,000 grants).
    const whoByTeam = new Map<string, Map<string, string>>();
    const whoIsShort = (team: string, level: AccessLevel): string => {
      let byLevel = whoByTeam.get(team);
      if (!byLevel) whoByTeam.set(team, (byLevel = new Map()));
      let who = byLevel.get(level);
      if (who === undefined) byLevel.set(level, (who = shortOf(access, team, level)));
      return who;
    };
    for (const grant of context.grants) {
      const decl = grant.grant;
      if (decl.principal.kind !== 'team' || context.noEffect(grant)) continue;
      const team = decl.principal.name;
      const who = whoIsShort(team, decl.access);
      if (who === '') continue;
      context.report({
        messageId: 'capped',
        data: { team, level: decl.access, object: grant.node.key, who },
        span: decl.accessSpan,
      });
    }
  },
};

/** The members of `team` whose account type gives less than `level`, by type: '' when none does. */
function shortOf(access: RuleContext['access'], team: string, level: AccessLevel): string {
  const short: string[] = [];
  for (const [type, members] of groupByType(access.membersOf(team))) {
    // Viewers and the like receive no data access from any grant: they are on teams for documents.
    if (access.caps.isAdmin(type) || access.caps.highest(type) === undefined) continue;
    const gives = access.caps.cap(level, type);
    if (gives === level) continue;
    const emails = members.map((member) => member.email);
    const whom = team === ALL_MEMBERS || emails.length > 3 ? `${emails.length} ${type} user${emails.length === 1 ? '' : 's'} (${listSome(emails)})` : `${listSome(emails)} (${type})`;
    short.push(`${whom} ${emails.length === 1 ? 'gets' : 'get'} ${gives ?? 'nothing'}`);
  }
  return short.join('; ');
}

/** Members by account type, types in name order, so that messages are stable. */
function groupByType(members: readonly UserDecl[]): Map<string, UserDecl[]> {
  const byType = new Map<string, UserDecl[]>();
  for (const member of [...members].sort((a, b) => (a.accountType < b.accountType ? -1 : a.accountType > b.accountType ? 1 : 0))) {
    const list = byType.get(member.accountType);
    if (list) list.push(member);
    else byType.set(member.accountType, [member]);
  }
  return byType;
}
