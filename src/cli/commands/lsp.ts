// `grantform lsp --stdio`: the language server (src/lsp/), for editors. It
// speaks LSP on stdin/stdout until the editor closes the connection.

import { Command } from 'commander';
import { UsageError } from '../../model/errors.js';
import { startServer } from '../../lsp/server.js';
import { withExit, type CommandRuntime } from '../program.js';

export function lspCommand(runtime: CommandRuntime): Command {
  return new Command('lsp')
    .description('Language Server Protocol 3.17 over stdin/stdout: diagnostics of validate and lint, hover, completion, definition, references, rename, quick fixes. See docs/editors.md.')
    .option('--stdio', 'speak LSP over stdin and stdout (the only transport)')
    .action(
      withExit(runtime, async (options: { stdio?: boolean }) => {
        if (!options.stdio) throw new UsageError('grantform lsp needs --stdio: editors start it as `grantform lsp --stdio`');
        const connection = startServer({ input: process.stdin, output: process.stdout });
        await new Promise<void>((resolve) => {
          connection.onExit(() => resolve());
          process.stdin.on('end', () => resolve());
          process.stdin.on('close', () => resolve());
        });
        return 0;
      }),
    );
}
