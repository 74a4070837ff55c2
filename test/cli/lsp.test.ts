// The language server driven as an editor drives it: a spawned
// `node bin/grantform.js lsp --stdio` (the built bin) and a real LSP client
// connection over its stdio. One server for the whole file.

import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionRequest,
  CompletionRequest,
  createProtocolConnection,
  DefinitionRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ReferencesRequest,
  RenameRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextEdit,
} from 'vscode-languageserver-protocol/node.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/grantform.js');
const run = promisify(execFile);

let child: ChildProcess;
let client: ProtocolConnection;
let dir: string;
let uri: string;
let text: string;
let version = 1;
const latest = new Map<string, PublishDiagnosticsParams>();
let waiters: Array<() => void> = [];

/** Resolves with the next diagnostics for `target` that satisfy `test`. */
function diagnosticsFor(target: string, test: (diagnostics: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
  return new Promise((resolve) => {
    const check = () => {
      const got = latest.get(target);
      // Only diagnostics of the buffer as last sent count: older ones may still be in flight.
      if (got && (target !== uri || got.version === version) && test(got.diagnostics)) {
        resolve(got.diagnostics);
        return true;
      }
      return false;
    };
    if (check()) return;
    const waiter = () => {
      if (check()) waiters = waiters.filter((each) => each !== waiter);
    };
    waiters.push(waiter);
  });
}

async function edit(newText: string): Promise<void> {
  version += 1;
  text = newText;
  await client.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text: newText }] });
}

function positionOf(needle: string, shift = 0) {
  const document = TextDocument.create(uri, 'yaml', 0, text);
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`${needle} not in the text`);
  return document.positionAt(offset + shift);
}

function applyEdits(original: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 0, original), edits);
}

beforeAll(async () => {
  await stat(path.join(ROOT, 'dist/cli/commands/lsp.js')); // built by `npm run build` (npm test does it first)
  dir = await mkdtemp(path.join(os.tmpdir(), 'grantform-lsp-'));
  await cp(path.join(ROOT, 'examples/quickstart'), dir, { recursive: true });
  uri = pathToFileURL(path.join(dir, 'access.yaml')).href;
  text = await readFile(path.join(dir, 'access.yaml'), 'utf8');
  child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
  client = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  client.onNotification(PublishDiagnosticsNotification.type, (params) => {
    latest.set(params.uri, params);
    for (const waiter of [...waiters]) waiter();
  });
  client.listen();
  await client.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'project' }] });
  await client.sendNotification(InitializedNotification.type, {});
  await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'yaml', version, text } });
});

afterAll(async () => {
  client?.dispose();
  child?.kill();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('grantform lsp --stdio', () => {
  it('publishes what lint reports, with the same message, rule, range and related location', async () => {
    const diagnostics = await diagnosticsFor(uri, (list) => list.length > 0);
    const { stdout } = await run(process.execPath, [BIN, 'lint', '--format', 'json'], { cwd: dir }).catch((error: { stdout: string }) => error);
    const expected = (JSON.parse(stdout) as { diagnostics: { rule: string; message: string; line: number; column: number; endLine: number; endColumn: number; related?: { line: number }[] }[] }).diagnostics;
    expect(diagnostics.map((each) => ({ code: each.code, message: each.message, range: each.range, related: each.relatedInformation?.map((info) => info.location.range.start.line + 1) }))).toEqual(
      expected.map((each) => ({
        code: each.rule,
        message: each.message,
        range: { start: { line: each.line - 1, character: each.column - 1 }, end: { line: each.endLine - 1, character: each.endColumn - 1 } },
        related: each.related?.map((related) => related.line),
      })),
    );
    expect(diagnostics[0]?.severity).toBe(2);
  });

  it('reports an unsaved edit, and clears it when fixed', async () => {
    const original = text;
    await edit(original.replace('  - team: Finance\n', '  - team: Financ\n'));
    const broken = await diagnosticsFor(uri, (list) => list.some((each) => each.code === 'reference'));
    const reference = broken.find((each) => each.code === 'reference');
    expect(reference?.message).toContain('Financ');
    expect(reference?.range.start).toEqual(positionOf('team: Financ\n', 'team: '.length));
    await edit(original);
    const fixed = await diagnosticsFor(uri, (list) => !list.some((each) => each.code === 'reference'));
    expect(fixed.map((each) => each.code)).toEqual(['shadowed-by-team']);
  });

  it('clears a file that had diagnostics and has none', async () => {
    const original = text;
    await edit(original.replace(/  - user: radhika@example.com\n    object: snowflake-prod\n    access: use\n/, ''));
    expect(await diagnosticsFor(uri, (list) => list.length === 0)).toEqual([]);
    await edit(original);
    await diagnosticsFor(uri, (list) => list.length === 1);
  });

  it('goes to the definition of a team and finds its references across the file', async () => {
    const at = positionOf('team: Sales', 'team: '.length + 1);
    const definition = (await client.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: at })) as { uri: string; range: { start: { line: number } } }[];
    expect(definition).toHaveLength(1);
    expect(definition[0]?.range.start).toEqual(positionOf('name: Sales', 'name: '.length));
    const references = await client.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: at, context: { includeDeclaration: true } });
    expect(references?.map((each) => each.range.start.line)).toEqual([positionOf('name: Sales').line, positionOf('team: Sales').line]);
    const email = await client.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: positionOf('email: john@', 'email: '.length), context: { includeDeclaration: false } });
    expect(email).toHaveLength(3); // a member of Finance and two grants
  });

  it('renames a team everywhere and records the old name under previously', async () => {
    const result = await client.sendRequest(RenameRequest.type, { textDocument: { uri }, position: positionOf('name: Sales', 'name: '.length), newName: 'Sellers' });
    const renamed = applyEdits(text, result?.changes?.[uri] ?? []);
    expect(renamed).toContain('  - name: Sellers\n    previously: ["Sales"]\n    description: Account executives');
    expect(renamed).toContain('  - team: Sellers\n');
    expect(renamed).not.toMatch(/(team|name): Sales\b/);
  });

  it('hovers a team, a user, an object and a grant without effect', async () => {
    const value = async (needle: string, shift: number) => {
      const hover = await client.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(needle, shift) });
      return (hover?.contents as { value: string } | undefined)?.value ?? '';
    };
    expect(await value('name: Sales', 7)).toContain('members (2): radhika@example.com, mei@example.com');
    expect(await value('email: mei@', 8)).toContain('account type Viewer; teams: Sales');
    expect(await value('object: snowflake-prod/ANALYTICS/FINANCE', 12)).toContain('john@example.com');
    expect(await value('access: use-and-annotate\n  # John', 10)).toContain('team Sales: use-and-annotate on snowflake-prod\nreaches 2 members');
    const redundant = await value('  - user: radhika@example.com\n    object: snowflake-prod\n    access: use', 40);
    expect(redundant).toContain('no effect because');
  });

  it('completes teams, emails and the levels valid at a depth', async () => {
    const original = text;
    await edit(`${original}  - team: \n`);
    const end = TextDocument.create(uri, 'yaml', 0, text).positionAt(text.length - 1);
    const teams = await client.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: end });
    const labels = (Array.isArray(teams) ? teams : (teams?.items ?? [])).map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['Sales', 'Finance', 'All Members']));
    await edit(`${original}  - team: Sales\n    object: snowflake-prod/ANALYTICS\n    access: \n`);
    const levels = await client.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: TextDocument.create(uri, 'yaml', 0, text).positionAt(text.length - 1) });
    const levelLabels = (Array.isArray(levels) ? levels : (levels?.items ?? [])).map((item) => item.label);
    expect(levelLabels).toEqual(['use', 'use-and-annotate']);
    await edit(original);
    await diagnosticsFor(uri, (list) => list.length === 1);
  });

  it('offers the fix of lint --fix, byte for byte', async () => {
    const diagnostics = await diagnosticsFor(uri, (list) => list.length === 1);
    const actions = (await client.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostics[0]!.range, context: { diagnostics } })) as { title: string; edit?: { changes?: Record<string, TextEdit[]> } }[];
    const copy = await mkdtemp(path.join(os.tmpdir(), 'grantform-lsp-fix-'));
    try {
      await cp(dir, copy, { recursive: true });
      await run(process.execPath, [BIN, 'lint', '--fix'], { cwd: copy }).catch(() => undefined);
      const fixedByCli = await readFile(path.join(copy, 'access.yaml'), 'utf8');
      expect(actions.map((action) => action.title)).toEqual(["Remove this grant (shadowed-by-team)", "Remove every grant without effect in this file (1)"]);
      for (const action of actions) expect(applyEdits(text, action.edit?.changes?.[uri] ?? [])).toBe(fixedByCli);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });

  it('survives every invalid fixture sent as an edit, and keeps answering', async () => {
    const base = path.join(ROOT, 'test/fixtures/invalid');
    const original = text;
    for (const name of await readdir(base)) {
      const fixture = await readFile(path.join(base, name, 'access.yaml'), 'utf8').catch(() => undefined);
      if (fixture === undefined) continue;
      await edit(fixture);
      await client.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 3, character: 4 } });
      await client.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 2, character: 2 } });
    }
    await edit('{ this is: [not yaml');
    expect((await diagnosticsFor(uri, (list) => list.some((each) => each.code === 'yaml-syntax'))).length).toBeGreaterThan(0);
    await edit(original);
    expect(await diagnosticsFor(uri, (list) => list.length === 1 && list[0]?.code === 'shadowed-by-team')).toHaveLength(1);
    expect(child.exitCode).toBeNull();
  });

  it('answers nothing, and stays up, for a file in no project and for a project whose grantform.yaml is not YAML', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'grantform-lsp-outside-'));
    try {
      const loose = pathToFileURL(path.join(outside, 'loose.yaml')).href;
      await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: loose, languageId: 'yaml', version: 1, text: 'grants: [' } });
      expect(await client.sendRequest(HoverRequest.type, { textDocument: { uri: loose }, position: { line: 0, character: 1 } })).toBeNull();
      expect(await client.sendRequest(DefinitionRequest.type, { textDocument: { uri: loose }, position: { line: 0, character: 1 } })).toEqual([]);
      expect(latest.has(loose)).toBe(false);

      await writeFile(path.join(outside, 'grantform.yaml'), 'backend: [unclosed\n');
      const config = pathToFileURL(path.join(outside, 'grantform.yaml')).href;
      await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: config, languageId: 'yaml', version: 1, text: 'backend: [unclosed\n' } });
      const published = await new Promise<Diagnostic[]>((resolve) => {
        const check = () => {
          const got = latest.get(config);
          if (got) resolve(got.diagnostics);
          return Boolean(got);
        };
        if (!check()) waiters.push(() => void check());
      });
      expect(published.map((each) => each.code)).toContain('yaml-syntax');
      expect(await client.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf('name: Sales', 7) })).not.toBeNull();
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});
