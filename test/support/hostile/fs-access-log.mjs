// Preload (node --import) for the hostile-project corpus: logs every path
// that the process hands to the public fs API, one `tag<TAB>operation<TAB>path`
// a line, to $GRANTFORM_FS_LOG, so that the test can prove nothing outside
// the project was opened, listed or even looked at. The tag is
// globalThis.grantformFsLogTag: the driver sets it to the case it runs.

import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

// Opened before anything is wrapped, and written with writeSync (never wrapped), so logging logs nothing itself.
const descriptor = fs.openSync(process.env.GRANTFORM_FS_LOG, 'a');
const record = (operation, target) => {
  if (typeof target === 'string' || target instanceof URL || Buffer.isBuffer(target)) fs.writeSync(descriptor, `${globalThis.grantformFsLogTag ?? ''}\t${operation}\t${String(target)}\n`);
};

/** Each function's first (and, for link/rename/copy, second) argument is a path. */
const TWO_PATHS = new Set(['link', 'rename', 'copyFile', 'symlink', 'cp']);
const ONE_PATH = [
  'open', 'readFile', 'readdir', 'opendir', 'stat', 'lstat', 'realpath', 'readlink', 'access', 'writeFile', 'appendFile', 'mkdir',
  'unlink', 'rm', 'rmdir', 'chmod', 'utimes', 'truncate', 'mkdtemp', 'exists', 'watch', 'createReadStream', 'createWriteStream',
];

function wrap(target, name, prefix) {
  const original = target[name];
  if (typeof original !== 'function') return;
  const wrapped = function (...args) {
    record(`${prefix}${name}`, args[0]);
    if (TWO_PATHS.has(name.replace(/Sync$/, ''))) record(`${prefix}${name}`, args[1]);
    return original.apply(this, args);
  };
  // realpath.native and the like stay reachable.
  Object.assign(wrapped, original);
  target[name] = wrapped;
}

for (const name of [...ONE_PATH, ...TWO_PATHS]) {
  wrap(fs.promises, name, 'promises.');
  wrap(fs, name, '');
  wrap(fs, `${name}Sync`, '');
}
syncBuiltinESMExports();
