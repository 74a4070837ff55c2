// The CLI as one bundle (`npm run build` runs this after tsc): dist/bundle/,
// with a chunk per command and the chunks they share, from dist/cli/main.js.
// Loading a hundred-odd modules one by one (yaml alone is 72) took 45 ms of
// every run; calls between the modules of one chunk are plain calls, which
// made the single-file lint 6–8 % faster besides. dist/ keeps tsc's modules:
// the tests and the bench read them. dist/bundle/meta.json says which
// modules each chunk holds (test/cli/startup-modules.test.ts reads it).

import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist/bundle');
// Chunks are named by their content: a stale one from an earlier build would only take room.
await rm(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: ['dist/cli/main.js'],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir,
  metafile: true,
  logLevel: 'warning',
  // pg asks for its optional native binding only when told to use it.
  external: ['pg-native'],
  // yaml's ES module build, not its CommonJS one (the same code, version and files, without `require`): bundled,
  // its modules are hoisted into one scope and call each other directly instead of through an exports object,
  // and our calls into it are not made through a getter each. Single-file lint, interleaved 8 pairs: 1.76 →
  // 1.57 s. The CommonJS build sends its warnings through process.emitWarning and this one through console.warn;
  // the loader turns them off (logLevel 'error') and says what is wrong in its own diagnostics.
  alias: { yaml: './node_modules/yaml/browser/index.js' },
  // CommonJS dependencies call require(): in an ES module it is made from the bundle's own place.
  banner: { js: "import { createRequire as __grantformRequire } from 'node:module'; const require = __grantformRequire(import.meta.url);" },
});
await writeFile(path.join(outdir, 'meta.json'), `${JSON.stringify(result.metafile)}\n`);
