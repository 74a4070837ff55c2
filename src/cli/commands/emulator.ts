// `grantform emulator [--port N] [--seed FILE] [--host HOST] [--log] [--token-auth form|basic|both]`: serve
// the Sigma API emulator until interrupted, so that anyone can try the Sigma
// backend without an account. It prints where to point grantform and which
// client id to use, never a client secret: only where to find it.

import path from 'node:path';
import { Command, Option } from 'commander';
import { loadSeed, startEmulator, THROTTLE_ANSWERS, TOKEN_AUTH_MODES, type RequestLogEntry, type Seed, type ThrottleAnswer, type TokenAuth } from '../../emulator/index.js';
import { GrantformError, UsageError } from '../../model/errors.js';
import { colorsFor } from '../context.js';
import { withExit, type CommandRuntime } from '../program.js';
import { PACKAGE_ROOT } from '../version.js';

export const DEFAULT_EMULATOR_PORT = 4010;
const DEFAULT_SEED = path.join(PACKAGE_ROOT, 'examples/emulator/org.yaml');
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

interface EmulatorOptions {
  readonly port: number;
  readonly seed: string | undefined;
  readonly host: string;
  readonly log: boolean;
  readonly tokenAuth: TokenAuth;
  readonly throttleRate: number | undefined;
  readonly throttleBurst: number | undefined;
  readonly throttleAnswer: ThrottleAnswer;
}

export function emulatorCommand(runtime: CommandRuntime): Command {
  const { context } = runtime;
  return new Command('emulator')
    .description(
      "Serve Sigma's REST API (the parts grantform uses) from an in-memory organization seeded from a YAML file, until interrupted (Ctrl+C). " +
        'Point a sigma backend at the printed URL with the printed client id. ' +
        'Control endpoints under /__emulator/ (loopback only) show the request log and the state, and inject faults. ' +
        'The seed format is in docs/emulator.md.',
    )
    .addOption(new Option('--port <port>', 'TCP port to listen on (0: any free port)').default(DEFAULT_EMULATOR_PORT).argParser(parsePort))
    .option('--seed <file>', 'seed file (YAML, or JSON); default: the example org, examples/emulator/org.yaml')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--log', 'print each request as it is answered', false)
    .addOption(
      new Option('--token-auth <how>', 'how POST /v2/auth/token takes the client credentials: form fields, HTTP Basic, or both')
        .choices(TOKEN_AUTH_MODES)
        .default('both'),
    )
    .addOption(new Option('--throttle-rate <n>', 'throttle mode: allow n requests a second across all clients (a token bucket), answer the rest as throttled').argParser(parsePositiveNumber('--throttle-rate')))
    .addOption(new Option('--throttle-burst <n>', 'throttle mode: requests allowed at once after a quiet spell (default: a tenth of a second\'s worth, at least 1)').argParser(parsePositiveNumber('--throttle-burst')))
    .addOption(new Option('--throttle-answer <kind>', 'throttle mode: the HTML page as 429 or as 200, or JSON 429 with Retry-After').choices([...THROTTLE_ANSWERS]).default('html-429'))
    .action(
      withExit(runtime, async (options: EmulatorOptions) => {
        if (options.throttleRate === undefined && options.throttleBurst !== undefined) throw new UsageError('--throttle-burst needs --throttle-rate');
        const seedFile = options.seed === undefined ? DEFAULT_SEED : path.resolve(context.cwd, options.seed);
        const seed = await loadSeed(seedFile);
        const colors = colorsFor(context.stdout, context.env);
        const emulator = await startEmulator({
          seed,
          port: options.port,
          host: options.host,
          env: context.env,
          tokenAuth: options.tokenAuth,
          ...(options.throttleRate !== undefined && {
            throttle: { rate: options.throttleRate, answer: options.throttleAnswer, ...(options.throttleBurst !== undefined && { burst: options.throttleBurst }) },
          }),
          ...(options.log ? { onRequest: (entry: RequestLogEntry) => context.stdout.write(`${formatRequest(entry)}\n`) } : {}),
        }).catch((error: unknown) => {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EADDRINUSE') throw new GrantformError(`port ${options.port} is in use: choose another with --port (0 picks a free one)`);
          if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new GrantformError(`cannot listen on ${options.host}: it is not an address of this machine`);
          throw error;
        });
        const counts = emulator.control.counts();
        const throttle = emulator.control.throttle();
        const [credentials] = seed.credentials;
        const owner = seed.users?.find((user) => user.email.toLowerCase() === credentials?.member.toLowerCase());
        const displaySeed = path.relative(context.cwd, seedFile) || seedFile;
        context.stdout.write(
          [
            `${colors.green('✓')} Sigma API emulator listening on ${colors.bold(emulator.url)}`,
            `  organization  ${emulator.organizationName} (${counts.members} members, ${counts.teams} teams, ${counts.connections} connections, ${counts.grants} grants)`,
            `  client id     ${credentials?.clientId ?? '(none)'}${owner ? ` (owned by ${owner.email}, ${owner.accountType})` : ''}`,
            `  secret        ${describeSecret(seed, displaySeed)}`,
            `  control       ${emulator.url}/__emulator (request log, state, faults; loopback only)`,
            ...(options.tokenAuth === 'both' ? [] : [`  token auth    client credentials as ${options.tokenAuth === 'form' ? 'form fields' : 'HTTP Basic'} only`]),
            ...(throttle ? [`  throttle      ${throttle.rate} requests/s, burst ${throttle.burst}, answered as ${throttle.answer}`] : []),
            `Point grantform at it with backend.baseUrl ${emulator.url}, or SIGMA_BASE_URL, SIGMA_CLIENT_ID and SIGMA_CLIENT_SECRET.`,
            'Stop with Ctrl+C.',
            '',
          ].join('\n'),
        );
        if (!LOOPBACK_HOSTS.has(options.host)) {
          context.stderr.write(`warning: listening on ${options.host}: whoever reaches this address can use the API with the seed's credentials.\n`);
        }
        await interrupted();
        await emulator.close();
        context.stdout.write('Emulator stopped.\n');
        return 0;
      }),
    );
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new UsageError(`--port takes a number from 0 to 65535, not "${text}"`);
  return port;
}

function parsePositiveNumber(flag: string): (text: string) => number {
  return (text) => {
    const value = Number(text);
    if (!/^\d+(\.\d+)?$/.test(text) || value <= 0) throw new UsageError(`${flag} takes a number above 0, not "${text}"`);
    return value;
  };
}

/** Where the client secret is, never the secret itself. */
function describeSecret(seed: Seed, seedFile: string): string {
  const secret = seed.credentials[0]?.clientSecret;
  if (secret === undefined) return '(none)';
  if (typeof secret === 'string') return `the clientSecret of ${seed.credentials[0]?.clientId} in ${seedFile}`;
  return `the environment variable ${secret.env}`;
}

function formatRequest(entry: RequestLogEntry): string {
  const query = new URLSearchParams(entry.query).toString();
  const status = entry.status === null ? 'dropped' : String(entry.status);
  return `${status} ${entry.method} ${entry.path}${query ? `?${query}` : ''} ${entry.durationMs}ms${entry.fault ? ` (fault: ${entry.fault})` : ''}`;
}

/** Resolves on the first SIGINT or SIGTERM, and stops listening for both. */
function interrupted(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
