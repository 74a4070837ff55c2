#!/usr/bin/env node
// The installed entry point; the CLI is compiled to dist/ and bundled to
// dist/bundle/ by `npm run build`.
import module from 'node:module';

// Node 22.1 and later keep V8's compiled code of the bundle between runs (in
// the system's temporary folder): every command then starts without
// compiling it again. Earlier Node has no such call, and starts as before;
// NODE_DISABLE_COMPILE_CACHE=1 turns it off.
module.enableCompileCache?.();

let cli;
try {
  cli = await import('../dist/bundle/main.js');
} catch (error) {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/bundle/main.js')) {
    process.stderr.write('grantform is not built yet: run `npm run build` first.\n');
    process.exitCode = 1;
  } else {
    throw error;
  }
}
if (cli) await cli.main();
