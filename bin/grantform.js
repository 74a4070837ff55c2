#!/usr/bin/env node
// The installed entry point; the CLI is compiled to dist/ and bundled to
// dist/bundle/ by `npm run build`.
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
