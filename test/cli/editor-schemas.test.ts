// Schemas that editors load (#12.4): the real yaml-language-server (the
// server behind VS Code's YAML extension), driven over LSP stdio by the
// protocol's own client library, on a project that `grantform init` wrote.
// After `access: ` it offers the four access levels, and hovering a key shows
// the schema's description — through a file's `$schema` first line, and
// through the `yaml.schemas` of .vscode/settings.json for a file without one.
// No network: the schema store is off, and every reference is a local path.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import lsp from 'vscode-languageserver-protocol/node.js';
import type { CompletionItem, CompletionList, Hover, MarkupContent, ProtocolConnection } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGrantform } from '../support/temp-project.js';

const SERVER = createRequire(import.meta.url).resolve('yaml-language-server/bin/yaml-language-server');
const LEVELS = ['write-only', 'use', 'use-and-annotate', 'admin'];

let dir: string;
let child: ChildProcessWithoutNullStreams;
let connection: ProtocolConnection;
let stderr = '';
const diagnosticWaiters = new Map<string, (diagnostics: lsp.Diagnostic[]) => void>();

beforeAll(async () => {
  // One project for the file (writeProject's folders go after each test).
  dir = path.join(await mkdtemp(path.join(tmpdir(), 'grantform-editor-')), 'project');
  expect((await runGrantform(['init', dir])).exitCode).toBe(0);
  const settings = JSON.parse(await readFile(path.join(dir, '.vscode/settings.json'), 'utf8')) as Record<string, unknown>;
  const yaml = { schemas: settings['yaml.schemas'], validate: true, hover: true, completion: true, schemaStore: { enable: false } };

  child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: dir, stdio: 'pipe' });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  connection = lsp.createProtocolConnection(new lsp.StreamMessageReader(child.stdout), new lsp.StreamMessageWriter(child.stdin));
  // The server asks for its settings (workspace/configuration), as VS Code answers from settings.json.
  connection.onRequest(lsp.ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'yaml' ? yaml : item.section?.startsWith('yaml.') ? (yaml as Record<string, unknown>)[item.section.slice(5)] : null)));
  connection.onNotification(lsp.PublishDiagnosticsNotification.type, (params) => {
    const waiter = diagnosticWaiters.get(params.uri);
    diagnosticWaiters.delete(params.uri);
    waiter?.(params.diagnostics);
  });
  connection.listen();
  const root = pathToFileURL(dir).href;
  await connection.sendRequest(lsp.InitializeRequest.type, {
    processId: process.pid,
    rootUri: root,
    workspaceFolders: [{ uri: root, name: 'project' }],
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: { completion: { completionItem: { snippetSupport: false } }, hover: { contentFormat: ['markdown', 'plaintext'] } },
    },
  });
  await connection.sendNotification(lsp.InitializedNotification.type, {});
  await connection.sendNotification(lsp.DidChangeConfigurationNotification.type, { settings: { yaml } });
}, 30_000);

afterAll(async () => {
  if (!connection) return;
  await connection.sendRequest(lsp.ShutdownRequest.type).catch(() => undefined);
  await connection.sendNotification(lsp.ExitNotification.type).catch(() => undefined);
  connection.dispose();
  child.kill();
  await rm(path.dirname(dir), { recursive: true, force: true });
});

let version = 0;
const opened = new Set<string>();
/** Opens `relative` with `text`, or changes it to `text` if it is open already. */
async function open(relative: string, text: string): Promise<string> {
  const uri = pathToFileURL(path.join(dir, relative)).href;
  version += 1;
  if (opened.has(uri)) await connection.sendNotification(lsp.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
  else await connection.sendNotification(lsp.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'yaml', version, text } });
  opened.add(uri);
  return uri;
}

/** The diagnostics the server publishes for `relative` once it holds `text`. */
async function diagnosticsOf(relative: string, text: string): Promise<lsp.Diagnostic[]> {
  const uri = pathToFileURL(path.join(dir, relative)).href;
  const published = new Promise<lsp.Diagnostic[]>((resolve) => diagnosticWaiters.set(uri, resolve));
  await open(relative, text);
  return published;
}

/** Completions at the end of the first line that starts with `marker`. */
async function completionsAfter(uri: string, text: string, marker: string): Promise<string[]> {
  const lines = text.split('\n');
  const line = lines.findIndex((each) => each.startsWith(marker));
  const answer = (await connection.sendRequest(lsp.CompletionRequest.type, { textDocument: { uri }, position: { line, character: (lines[line] as string).length } })) as CompletionList | CompletionItem[] | null;
  const items = Array.isArray(answer) ? answer : (answer?.items ?? []);
  return items.map((item) => item.label);
}

/** The hover over `word` on the first line that starts with it (after indentation). */
async function hoverOn(uri: string, text: string, word: string): Promise<string> {
  const lines = text.split('\n');
  const line = lines.findIndex((each) => each.trimStart().startsWith(word));
  const hover = (await connection.sendRequest(lsp.HoverRequest.type, { textDocument: { uri }, position: { line, character: (lines[line] as string).indexOf(word) + 1 } })) as Hover | null;
  const contents = hover?.contents;
  return typeof contents === 'string' ? contents : Array.isArray(contents) ? contents.map((each) => (typeof each === 'string' ? each : each.value)).join('\n') : ((contents as MarkupContent | undefined)?.value ?? '');
}

describe('yaml-language-server on an init-ed project', () => {
  it("follows the schemas' reference between files on disk, and reports nothing on the starter files", async () => {
    // First of all, before any other schema is loaded: safety.documentsOwner is
    // `resources.schema.json#/$defs/email`, a second file, found next to the first and not on the network.
    const text = await readFile(path.join(dir, 'grantform.yaml'), 'utf8');
    const bad = text.replace('  maxDeletes: 25\n', '  maxDeletes: 25\n  documentsOwner: not-an-email\n');
    expect((await diagnosticsOf('grantform.yaml', bad)).map((each) => each.message)).toEqual(['String is not an e-mail address.']);
    expect(await diagnosticsOf('grantform.yaml', text)).toEqual([]);
    expect(await diagnosticsOf('access/example.yaml', await readFile(path.join(dir, 'access/example.yaml'), 'utf8'))).toEqual([]);
  });

  it("offers the four access levels after `access: ` in the example file, through its $schema line", async () => {
    const original = await readFile(path.join(dir, 'access/example.yaml'), 'utf8');
    const text = original.replace(/    access: use\n$/, '    access: ');
    expect(text).not.toBe(original);
    const uri = await open('access/example.yaml', text);
    expect((await completionsAfter(uri, text, '    access: ')).sort(), stderr).toEqual([...LEVELS].sort());
    expect(await hoverOn(uri, text, 'access:')).toContain('write-only < use < use-and-annotate < admin');
  });

  it('does the same for a new file under access/ without a $schema line, through .vscode/settings.json', async () => {
    const text = 'grants:\n  - team: Analysts\n    object: warehouse\n    access: ';
    const uri = await open('access/new.yaml', text);
    expect((await completionsAfter(uri, text, '    access: ')).sort(), stderr).toEqual([...LEVELS].sort());
    expect(await hoverOn(uri, text, 'object:')).toContain('connection\\[/database\\[/schema\\[/table\\]\\]\\]: levels separated by /');
  });

  it("explains grantform.yaml's keys on hover", async () => {
    const text = await readFile(path.join(dir, 'grantform.yaml'), 'utf8');
    const uri = await open('grantform.yaml', text);
    expect(await hoverOn(uri, text, 'maxDeletes:')).toContain('refused without --allow-deletes');
  });
});
