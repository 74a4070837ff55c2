// `grantform version`: the version, as `--version` and `-v` print it, for
// those who type it as a command (git, terraform).

import { Command } from 'commander';
import { withExit, type CommandRuntime } from '../program.js';
import { VERSION } from '../version.js';

export function versionCommand(runtime: CommandRuntime): Command {
  return new Command('version')
    .description('Print the version of grantform, as --version does.')
    .action(
      withExit(runtime, async () => {
        runtime.context.stdout.write(`${VERSION}\n`);
        return 0;
      }),
    );
}
