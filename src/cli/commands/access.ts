// `grantform access [DIR] [--live]`: the access review. Every user's
// effective access on every object, with where it comes from, from the
// files or (`--live`) from the backend's live state, as text, JSON, CSV or
// a self-contained HTML picture (docs/access-review.md).

import path from 'node:path';
import { Command, Option } from 'commander';
import { AccessIndex } from '../../access/access-index.js';
import { eachUserReview, type UserReview } from '../../access/access-review.js';
import { liveAccountTypes, subjectFromLive } from '../../access/live-subject.js';
import { writeFileAtomic } from '../../backends/local/atomic-write.js';
import { closestMatch } from '../../config/suggest.js';
import { GrantformError, UsageError } from '../../model/errors.js';
import type { AccessDocument, User } from '../../model/generated/access-document.js';
import type { LiveGrant } from '../../model/live.js';
import { isWithin, parseObjectPath, type ObjectPath } from '../../model/object-path.js';
import { ALL_MEMBERS, type GrantDecl } from '../../model/project.js';
import { colorsFor, writePieces } from '../context.js';
import { withExit, type CommandRuntime } from '../program.js';
import { findProjectDir, projectArgument } from '../project-dir.js';
import { backendFor, loadValidProject, parsePositiveInteger, showPath } from '../project-run.js';
import { renderAccessJsonStream, userJson } from '../views/access-json.js';
import { renderAccessHtml } from '../views/access-html.js';
import { renderAccessCsvPieces, renderAccessTextPieces } from '../views/access-text.js';

interface AccessOptions {
  readonly live?: boolean;
  readonly format: 'text' | 'json' | 'csv' | 'html';
  readonly out?: string;
  readonly user?: string;
  readonly team?: string;
  readonly on?: string;
  readonly olderThan?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The most entries (user × object) one HTML page holds. */
export const HTML_MAX_ENTRIES = 1_000_000;

export function accessCommand(runtime: CommandRuntime): Command {
  const { context } = runtime;
  return new Command('access')
    .description(
      [
        "Every user's effective access on every object, after team inheritance, All Members, account-type caps and the Admin account type,",
        "compactly: each object where the user's level differs from the level on its parent (a connection where the user has any level),",
        'with the grants it comes from (file:line, or with --live the grant id and dates).',
        '',
        '  --format html --out access.html   a self-contained page: users × objects, filters, provenance on click',
        '  --format csv                      one row per user and object, for a spreadsheet',
        '  --live --older-than 90            only access that comes from grants created more than 90 days ago',
      ].join('\n'),
    )
    .addArgument(projectArgument())
    .option('--live', "the backend's live state (the same reads as plan) instead of the files")
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'csv', 'html']).default('text'))
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--user <email>', 'only this user')
    .option('--team <name>', 'only the members of this team')
    .option('--on <path>', 'only access on this object and below: connection[/database[/schema[/table]]]')
    .option('--older-than <days>', 'with --live: only access from grants created more than DAYS ago (html: the summary lists them)', parsePositiveInteger('--older-than'))
    .action(
      withExit(runtime, async (given: string | undefined, options: AccessOptions) => {
        const dir = await findProjectDir(given, context.cwd);
        if (options.olderThan !== undefined && !options.live) throw new UsageError('--older-than needs --live: the files do not say when a grant was made');
        const on = options.on !== undefined ? parseOn(options.on) : undefined;
        const project = await loadValidProject(dir, context);
        let index: AccessIndex;
        let liveGrants: ReadonlyMap<GrantDecl, LiveGrant> | undefined;
        if (options.live) {
          const backend = backendFor(project, context);
          try {
            const live = await backend.read();
            const subject = subjectFromLive(live, liveAccountTypes(live, project.accountTypes));
            index = new AccessIndex(subject.subject);
            liveGrants = subject.liveGrants;
          } finally {
            await backend.close().catch(() => undefined);
          }
        } else {
          index = new AccessIndex(project);
        }
        const emails = options.user !== undefined ? new Set([options.user.toLowerCase()]) : undefined;
        if (emails && !index.project.users.has(options.user?.toLowerCase() as string)) {
          const guess = closestMatch(options.user?.toLowerCase() as string, index.project.users.keys());
          throw new GrantformError(`no user ${options.user} is ${options.live ? 'active in the live state' : 'declared in the project'}${guess ? `; did you mean ${guess}?` : ''}`);
        }
        if (options.team !== undefined && options.team !== ALL_MEMBERS && !index.project.teams.has(options.team)) {
          const guess = closestMatch(options.team, index.project.teams.keys());
          throw new GrantformError(`no team ${options.team} is ${options.live ? 'in the live state' : 'declared in the project'}${guess ? `; did you mean ${guess}?` : ''}`);
        }
        const before = options.olderThan !== undefined ? new Date(Date.now() - options.olderThan * DAY_MS).toISOString() : undefined;
        const source: AccessDocument['source'] = liveGrants ? 'live' : 'files';
        // One user at a time, filtered as it comes: JSON, CSV and text are written as the users come; HTML (one page) holds the document.
        let shownUsers = 0;
        const users = function* (): Generator<User> {
          for (const review of eachUserReview(index, { ...(emails && { users: emails }), ...(options.team !== undefined && { team: options.team }) })) {
            const shown = on ? onlyOn(review, on) : review;
            if (!shown) continue;
            const user = userJson(index, shown, liveGrants);
            const kept = before !== undefined && options.format !== 'html' ? onlyOlderThan(user, before) : user;
            if (!kept) continue;
            shownUsers += 1;
            yield kept;
          }
        };

        const document = (): AccessDocument => {
          // One page holds the whole review: past HTML_MAX_ENTRIES it is a page no browser opens, and more than the process can hold.
          const all: User[] = [];
          let entries = 0;
          for (const user of users()) {
            entries += user.access.length;
            if (entries > HTML_MAX_ENTRIES) {
              throw new GrantformError(
                `the review holds more than ${HTML_MAX_ENTRIES.toLocaleString('en-US')} entries (user × object), too many for one HTML page: narrow it with --team, --user or --on, or write --format json or csv, which stream`,
              );
            }
            all.push(user);
          }
          return { formatVersion: 1, source, users: all };
        };
        const pieces: Iterable<string> =
          options.format === 'json'
            ? renderAccessJsonStream(source, users())
            : options.format === 'csv'
              ? renderAccessCsvPieces(users())
              : options.format === 'html'
                ? [renderAccessHtml(document(), { generatedAt: new Date().toISOString(), ...(options.olderThan !== undefined && { olderThanDays: options.olderThan }), ...writersOf(index) })]
                : renderAccessTextPieces(users(), source, colorsFor(context.stdout, context.env));
        if (options.out !== undefined) {
          const out = path.resolve(context.cwd, options.out);
          await writeFileAtomic(out, pieces);
          context.stderr.write(`Wrote the access review of ${shownUsers} user(s) to ${showPath(out, context)}\n`);
        } else {
          await writePieces(context.stdout, pieces);
        }
        return 0;
      }),
    );
}

/** What the summary's "reach write destinations" needs: connections with write access, account types that may write. */
function writersOf(index: AccessIndex): { writeConnections: string[]; writingTypes: string[] } {
  const writeConnections = [...index.project.connections.values()].filter((connection) => connection.writeAccess !== undefined).map((connection) => connection.name);
  const types = new Set([...index.project.users.values()].map((user) => user.accountType));
  return { writeConnections, writingTypes: [...types].filter((type) => index.caps.allows('write-only', type)) };
}

function parseOn(text: string): ObjectPath {
  const parsed = parseObjectPath(text);
  if (!parsed.ok) throw new UsageError(`--on "${text}": object ${parsed.error.message}`);
  return parsed.value;
}

/** The user's entries on the object, below it, or above it (those give its level); undefined when none is left. */
function onlyOn(review: UserReview, on: ObjectPath): UserReview | undefined {
  const entries = review.entries.filter((entry) => isWithin(entry.node.path, on) || isWithin(on, entry.node.path));
  return entries.length > 0 ? { ...review, entries } : undefined;
}

/** The user's entries that at least one grant created before `before` gives; undefined when none is left. */
function onlyOlderThan(user: User, before: string): User | undefined {
  const access = user.access.filter((entry) => entry.from.some((source) => source.kind === 'grant' && source.createdAt !== undefined && source.createdAt < before));
  return access.length > 0 ? { ...user, access } : undefined;
}
