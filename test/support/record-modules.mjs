// A preload (`node --import test/support/record-modules.mjs …`) that appends
// the path of every file the process loads, ESM or CommonJS, to the file
// named by GRANTFORM_RECORD_MODULES. Used by test/cli/startup-modules.test.ts.

import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';
import { fileURLToPath } from 'node:url';

const log = process.env.GRANTFORM_RECORD_MODULES;
if (log) {
  const record = (file) => appendFileSync(log, `${file}\n`);
  // ES modules: a resolve hook, which runs on the hooks thread and reports back over a port.
  const { port1, port2 } = new MessageChannel();
  port1.on('message', (url) => {
    if (url.startsWith('file:')) record(fileURLToPath(url));
  });
  port1.unref();
  register(
    `data:text/javascript,${encodeURIComponent(`
      let port;
      export function initialize(data) { port = data.port; }
      export async function resolve(specifier, context, next) {
        const resolved = await next(specifier, context);
        port.postMessage(resolved.url);
        return resolved;
      }`)}`,
    { data: { port: port2 }, transferList: [port2] },
  );
  // CommonJS: every file actually compiled (a cached require is not a load).
  const compile = Module.prototype._compile;
  Module.prototype._compile = function (content, filename) {
    record(filename);
    return compile.call(this, content, filename);
  };
}
