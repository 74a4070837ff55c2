// `grantform explain [DIR] --user EMAIL --on PATH | --on PATH | --user EMAIL`:
// effective access and the grants it comes from, with file:line.

import { Command } from 'commander';
import { AccessIndex } from '../../access/access-index.js';
import { accessOn, effectiveAccess, reachOf } from '../../access/effective-access.js';
import { loadProject } from '../../config/load-project.js';
import { closestMatch } from '../../config/suggest.js';
import { couldNotRun } from '../../model/diagnostic.js';
import { EnvironmentError, GrantformError, UsageError } from '../../model/errors.js';
import { parseObjectPath, type ObjectPath } from '../../model/object-path.js';
import type { Project, UserDecl } from '../../model/project.js';
import { colorsFor, writePieces } from '../context.js';
import { formatOption, withExit, type CommandRuntime } from '../program.js';
import { findProjectDir, projectArgument } from '../project-dir.js';
import { renderDiagnosticsText } from '../views/diagnostics-text.js';
import { renderAccessOnJson, renderUserOnJson, renderUserReachJson } from '../views/explain-json.js';
import { renderAccessOnText, renderUserOnText, renderUserReachText } from '../views/explain-text.js';

interface ExplainOptions {
  readonly user?: string;
  readonly on?: string;
  readonly format: 'text' | 'json';
}

export function explainCommand(runtime: CommandRuntime): Command {
  const { context } = runtime;
  return new Command('explain')
    .description(
      [
        'Effective access after team inheritance and account-type caps, with every grant that reaches it (file:line).',
        '',
        '  --user EMAIL --on PATH   one user on one object: level, grants, winner, caps',
        '  --on PATH                everyone with access on the object, as a table',
        '  --user EMAIL             everything the user can reach, as a tree',
        '',
        'PATH is written as in the files: connection/DATABASE/SCHEMA/TABLE.',
        '',
        'Exit status: 0 answered, 1 unknown user or connection, or invalid files, 3 could not run (no project there, unreadable files, usage).',
      ].join('\n'),
    )
    .addArgument(projectArgument())
    .option('--user <email>', 'the user, by email')
    .option('--on <path>', 'the object: connection[/database[/schema[/table]]]')
    .addOption(formatOption(['text', 'json']))
    .action(
      withExit(runtime, async (given: string | undefined, options: ExplainOptions) => {
        const dir = await findProjectDir(given, context.cwd);
        if (options.user === undefined && options.on === undefined) throw new UsageError('explain needs --user EMAIL, --on PATH, or both');
        const loaded = await loadProject(dir, { cwd: context.cwd });
        const colors = colorsFor(context.stdout, context.env);
        if (!loaded.project) {
          context.stderr.write(renderDiagnosticsText(loaded.diagnostics, colorsFor(context.stderr, context.env)));
          if (couldNotRun(loaded.diagnostics)) throw new EnvironmentError(`grantform could not read ${dir}: see above`);
          throw new GrantformError(`${dir} is not valid: fix the errors above (grantform validate ${dir}), then explain`);
        }
        const { project } = loaded;
        const user = options.user !== undefined ? findUser(project, options.user) : undefined;
        const object = options.on !== undefined ? findObject(project, options.on) : undefined;
        // Only the grants that can reach what is asked about: on the largest orgs, indexing every grant was most of the answer's time.
        const index = new AccessIndex(project, { ...(object && { object }), ...(user && { user: user.email }) });
        const json = options.format === 'json';
        if (user && object) {
          const access = effectiveAccess(index, user, object);
          context.stdout.write(json ? renderUserOnJson(object, access) : renderUserOnText(object, access, colors));
        } else if (object) {
          const result = accessOn(index, object);
          await writePieces(context.stdout, json ? renderAccessOnJson(result) : [renderAccessOnText(result, colors)]);
        } else if (user) {
          const reached = reachOf(index, user);
          context.stdout.write(json ? renderUserReachJson(user, reached) : renderUserReachText(user, reached, index.caps.isAdmin(user.accountType), colors));
        }
        return 0;
      }),
    );
}

function findUser(project: Project, email: string): UserDecl {
  const user = project.users.get(email.toLowerCase());
  if (user) return user;
  const guess = closestMatch(email.toLowerCase(), project.users.keys());
  throw new GrantformError(`no user ${email} is declared in the project${guess ? `; did you mean ${guess}?` : ''}`);
}

function findObject(project: Project, text: string): ObjectPath {
  const parsed = parseObjectPath(text);
  if (!parsed.ok) throw new UsageError(`--on "${text}": object ${parsed.error.message}`);
  if (!project.connections.has(parsed.value.connection)) {
    const guess = closestMatch(parsed.value.connection, project.connections.keys());
    throw new GrantformError(`no connection ${parsed.value.connection} is declared in the project${guess ? `; did you mean ${guess}?` : ''}`);
  }
  return parsed.value;
}
