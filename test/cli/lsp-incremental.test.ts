// The language server analyses incrementally (src/lsp/project.ts): after any
// sequence of edits, what it has published must be exactly what a fresh
// `validate` + `lint` of the same texts gives. A seeded random sequence of
// edits (grants added, removed, raised, duplicated; members, users, account
// types; teams renamed; lines shifted; YAML broken and repaired; files
// created and deleted on disk, with and without a watched-files
// notification; buffers opened, saved, closed) is sent to the built server
// over stdio; after each step a one-line edit of an always-open file (the
// "anchor") is sent, and once its diagnostics arrive (the server publishes
// the buffer changed last, last) every file's published diagnostics are
// compared with a from-scratch analysis done here.

import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  FileChangeType,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type CodeAction,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node.js';
import { loadProject } from '../../src/config/load-project.js';
import { readSourceFile } from '../../src/config/source-text.js';
import { fixProject } from '../../src/lint/fix/fix-project.js';
import { lintProject } from '../../src/lint/runner.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { heal, RandomOrg, render, type FileModel } from '../support/random-org.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/grantform.js');
const run = promisify(execFile);
const ANCHOR = 'teams/t-0.yaml';

interface Channel {
  model: FileModel;
  text: string;
}

/** One server, one project, and the texts as the editor and the disk hold them. */
class Session {
  readonly disk = new Map<string, Channel>();
  readonly buffers = new Map<string, Channel & { version: number }>();
  readonly published = new Map<string, PublishDiagnosticsParams>();
  private waiting: { uri: string; version: number; resolve: () => void } | undefined;
  private syncs = 0;
  private child!: ChildProcess;
  private client!: ProtocolConnection;

  constructor(
    readonly dir: string,
    readonly random: RandomOrg,
  ) {}

  uri(file: string): string {
    return pathToFileURL(path.join(this.dir, file)).href;
  }

  /** The watchers the server asked the editor for (when the editor says it can register them). */
  readonly watchers: unknown[] = [];

  async start(models: ReadonlyMap<string, FileModel>, capabilities: ClientCapabilities = {}): Promise<void> {
    await writeFile(path.join(this.dir, 'grantform.yaml'), 'backend:\n  type: local\n');
    for (const [file, model] of models) await this.writeDisk(file, model, render(model));
    this.child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd: this.dir, stdio: ['pipe', 'pipe', 'pipe'] });
    this.client = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.client.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.set(params.uri, params);
      if (this.waiting && params.uri === this.waiting.uri && params.version === this.waiting.version) this.waiting.resolve();
    });
    this.client.onRequest(RegistrationRequest.type, (params) => {
      for (const registration of params.registrations) this.watchers.push(registration);
    });
    this.client.listen();
    const rootUri = pathToFileURL(this.dir).href;
    await this.client.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri, capabilities, workspaceFolders: [{ uri: rootUri, name: 'org' }] });
    await this.client.sendNotification(InitializedNotification.type, {});
    const anchor = this.effective(ANCHOR);
    await this.open(ANCHOR, anchor.model, anchor.text);
  }

  stop(): void {
    this.client?.dispose();
    this.child?.kill();
  }

  effective(file: string): Channel {
    return this.buffers.get(file) ?? (this.disk.get(file) as Channel);
  }

  files(): string[] {
    return [...new Set([...this.disk.keys(), ...this.buffers.keys()])].sort();
  }

  async writeDisk(file: string, model: FileModel, text: string): Promise<void> {
    await mkdir(path.dirname(path.join(this.dir, file)), { recursive: true });
    await writeFile(path.join(this.dir, file), text);
    this.disk.set(file, { model, text });
  }

  async notify(file: string, type: FileChangeType): Promise<void> {
    await this.client.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: this.uri(file), type }] });
  }

  async open(file: string, model: FileModel, text: string): Promise<void> {
    this.buffers.set(file, { model, text, version: 1 });
    await this.client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: this.uri(file), languageId: 'yaml', version: 1, text } });
  }

  async change(file: string, model: FileModel, text: string): Promise<void> {
    const buffer = this.buffers.get(file) as Channel & { version: number };
    Object.assign(buffer, { model, text, version: buffer.version + 1 });
    await this.client.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: this.uri(file), version: buffer.version }, contentChanges: [{ text }] });
  }

  async close(file: string, save: boolean): Promise<void> {
    const buffer = this.buffers.get(file) as Channel;
    if (save) {
      await this.writeDisk(file, buffer.model, buffer.text);
      await this.client.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: this.uri(file) } });
    }
    this.buffers.delete(file);
    await this.client.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: this.uri(file) } });
  }

  /** A new text for a file, sent the way the random generator picks: to its buffer, in a new buffer, or to disk with or without a notification. */
  async deliver(file: string, model: FileModel, text: string): Promise<void> {
    if (file === ANCHOR) text += `# sync ${this.syncs}\n`;
    if (this.buffers.has(file)) return this.change(file, model, text);
    const how = this.disk.has(file) ? this.random.pick(['open', 'watched', 'silent']) : this.random.pick(['watched', 'silent']);
    if (how === 'open') return this.open(file, model, text);
    const created = !this.disk.has(file);
    await this.writeDisk(file, model, text);
    if (how === 'watched') await this.notify(file, created ? FileChangeType.Created : FileChangeType.Changed);
  }

  async remove(file: string, watched: boolean): Promise<void> {
    await unlink(path.join(this.dir, file));
    this.disk.delete(file);
    if (watched) await this.notify(file, FileChangeType.Deleted);
  }

  /** Sends a new version of the anchor and waits for its diagnostics: by then every file's are in. */
  async sync(): Promise<void> {
    this.syncs += 1;
    const anchor = this.effective(ANCHOR);
    const text = `${anchor.text.replace(/# sync \d+\n$/, '')}# sync ${this.syncs}\n`;
    const buffer = this.buffers.get(ANCHOR) as { version: number };
    const arrived = new Promise<void>((resolve) => (this.waiting = { uri: this.uri(ANCHOR), version: buffer.version + 1, resolve }));
    await this.change(ANCHOR, anchor.model, text);
    await arrived;
  }

  /** Non-empty published diagnostics by project-relative file. */
  publishedByFile(): Record<string, unknown[]> {
    const byFile: Record<string, unknown[]> = {};
    for (const [uri, params] of this.published) {
      if (params.diagnostics.length > 0) byFile[path.relative(this.dir, fileURLToPath(uri)).split(path.sep).join('/')] = params.diagnostics.map((each) => ({ ...each, source: undefined }));
    }
    return byFile;
  }

  /** The quick fixes the server offers over a whole file, and the "fix all" text: titles and edits. */
  async fixes(file: string): Promise<unknown[]> {
    const range = { start: { line: 0, character: 0 }, end: { line: 1_000_000, character: 0 } };
    const actions = (await this.client.sendRequest(CodeActionRequest.type, { textDocument: { uri: this.uri(file) }, range, context: { diagnostics: [] } })) as CodeAction[] | null;
    return (actions ?? []).map((action) => ({ title: action.title, edits: action.edit?.changes?.[this.uri(file)] }));
  }

  /** The same from a fresh lint: each fixable finding's fix, and the file as `lint --fix` writes it. */
  async expectedFixes(file: string): Promise<unknown[]> {
    const loaded = await this.load();
    if (!loaded.project) return [];
    const lint = lintProject(loaded.project);
    const text = this.effective(file).text;
    const document = TextDocument.create(this.uri(file), 'yaml', 0, text);
    const toLsp = (edits: readonly { start: number; end: number; text: string }[]) => edits.map((edit) => ({ range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) }, newText: edit.text }));
    const fixes: unknown[] = lint.diagnostics.filter((each) => each.span.file === file && each.fix).map((each) => ({ title: `Remove this grant (${each.rule})`, edits: toLsp(each.fix ?? []) }));
    const removals = lint.removals.get(file);
    const fixed = removals && fixProject(loaded.project, new Map([[file, removals]]))[0];
    if (removals && fixed) fixes.push({ title: `Remove every grant without effect in this file (${removals.size})`, edits: [{ range: { start: document.positionAt(0), end: document.positionAt(text.length) }, newText: fixed.text }] });
    return fixes;
  }

  private load() {
    return loadProject(this.dir, {
      cwd: this.dir,
      readFile: async (absolute, cwd) => {
        const buffer = this.buffers.get(path.relative(this.dir, absolute).split(path.sep).join('/'));
        return buffer ? { ok: true, file: { path: absolute, displayPath: path.relative(cwd, absolute).split(path.sep).join('/'), text: buffer.text } } : readSourceFile(absolute, cwd);
      },
    });
  }

  /** What `validate` then `lint` report for the texts as they are now (buffers over disk), as LSP diagnostics by file. */
  async expected(): Promise<{ byFile: Record<string, unknown[]>; valid: boolean }> {
    const loaded = await this.load();
    const diagnostics = loaded.project ? lintProject(loaded.project).diagnostics : loaded.diagnostics;
    const byFile: Record<string, unknown[]> = {};
    for (const diagnostic of diagnostics) (byFile[diagnostic.span.file] ??= []).push(this.lsp(diagnostic));
    return { byFile, valid: loaded.project !== undefined };
  }

  private lsp(diagnostic: Diagnostic): unknown {
    const range = (span: Diagnostic['span']) => ({ start: { line: span.start.line - 1, character: span.start.column - 1 }, end: { line: span.end.line - 1, character: span.end.column - 1 } });
    return {
      range: range(diagnostic.span),
      severity: { error: 1, warning: 2, info: 3 }[diagnostic.severity],
      code: diagnostic.rule,
      source: undefined,
      message: diagnostic.message,
      ...(diagnostic.related && diagnostic.related.length > 0 && { relatedInformation: diagnostic.related.map((related) => ({ message: related.message, location: { uri: this.uri(related.span.file), range: range(related.span) } })) }),
    };
  }
}

/** One random step: an edit, a repair, a buffer closed, a file created or deleted. */
async function step(session: Session, random: RandomOrg, counter: { created: number }): Promise<string> {
  const files = session.files().filter((file) => file !== 'grantform.yaml');
  const models = new Map(files.map((file) => [file, session.effective(file).model]));
  const emails = [...models.values()].flatMap((model) => model.users.map((user) => user.email));
  const roll = random.next();
  if (roll < 0.1) {
    for (const [file, model] of heal(models)) {
      const text = render(model);
      if (text !== session.effective(file).text.replace(/# sync \d+\n$/, '')) await session.deliver(file, model, text);
    }
    return 'heal';
  }
  if (roll < 0.17) {
    const open = [...session.buffers.keys()].filter((file) => file !== ANCHOR);
    if (open.length === 0) return 'nothing to close';
    const file = random.pick(open);
    const save = random.chance(0.5);
    await session.close(file, save);
    return `close ${file}${save ? ' after saving' : ''}`;
  }
  if (roll < 0.21) {
    const file = `teams/t-new-${(counter.created += 1)}.yaml`;
    const name = `New ${counter.created}`;
    const model: FileModel = { kind: 'team', header: 0, users: [], team: { name, members: emails.slice(0, 2) }, grants: [random.grantFor(`team: ${name}`), random.grantFor(`team: ${name}`)] };
    await session.deliver(file, model, render(model));
    return `create ${file}`;
  }
  if (roll < 0.24) {
    const closed = files.filter((file) => file.startsWith('teams/') && !session.buffers.has(file) && session.disk.has(file));
    if (closed.length === 0) return 'nothing to delete';
    const file = random.pick(closed);
    const watched = random.chance(0.5);
    await session.remove(file, watched);
    return `delete ${file}${watched ? '' : ' silently'}`;
  }
  const file = random.chance(0.03) ? 'connections.yaml' : random.chance(0.1) ? 'everyone.yaml' : random.pick(files.filter((each) => each !== 'connections.yaml'));
  const teams = [...models.values()].flatMap((model) => (model.team ? [model.team.name] : []));
  const model = random.edit(models.get(file) as FileModel, emails.length > 0 ? emails : ['nobody@example.com'], teams);
  const broken = random.chance(0.12);
  await session.deliver(file, model, broken ? random.broken(render(model)) : render(model));
  return `edit ${file}${broken ? ' (broken)' : ''}`;
}

const sessions: Session[] = [];
/** The rules whose findings the sequences went through, all seeds together. */
const rules = new Set<string>();
afterEach(async () => {
  for (const session of sessions.splice(0)) {
    session.stop();
    await rm(session.dir, { recursive: true, force: true });
  }
});

describe('grantform lsp --stdio, incrementally', () => {
  for (const seed of [1, 2, 3]) {
    it(`publishes what a fresh validate + lint gives, after each of 150 random edits (seed ${seed})`, async () => {
      const random = new RandomOrg(seed);
      const session = new Session(await mkdtemp(path.join(os.tmpdir(), 'grantform-lsp-random-')), random);
      sessions.push(session);
      await session.start(random.initial());
      const counter = { created: 0 };
      let valid = 0;
      let fixed = 0;
      const kinds = new Set<string>();

      for (let index = 0; index < 150; index += 1) {
        const done = await step(session, random, counter);
        if (!done.startsWith('nothing')) kinds.add(done.split(' ')[0] as string);
        await session.sync();
        const expected = await session.expected();
        if (expected.valid) valid += 1;
        for (const list of Object.values(expected.byFile)) for (const each of list as { code: string }[]) rules.add(each.code);
        expect(session.publishedByFile(), `after step ${index}: ${done}`).toEqual(expected.byFile);
        // Every few steps, the quick fixes of a file with findings: the bytes of a fresh lint's fixes.
        const withFindings = Object.keys(expected.byFile);
        if (expected.valid && index % 5 === 0 && withFindings.length > 0) {
          const file = random.pick(withFindings);
          const fixes = await session.fixes(file);
          if (fixes.length > 0) fixed += 1;
          expect(fixes, `fixes of ${file} after step ${index}: ${done}`).toEqual(await session.expectedFixes(file));
        }
      }
      // The sequence went through both states, and did every kind of step.
      expect(valid).toBeGreaterThan(20);
      expect(valid).toBeLessThan(150);
      expect(fixed).toBeGreaterThan(2);
      expect([...kinds].sort()).toEqual(['close', 'create', 'delete', 'edit', 'heal']);

      // And the command line agrees on the final texts.
      const copy = await mkdtemp(path.join(os.tmpdir(), 'grantform-lsp-final-'));
      try {
        await writeFile(path.join(copy, 'grantform.yaml'), 'backend:\n  type: local\n');
        for (const file of session.files()) {
          await mkdir(path.dirname(path.join(copy, file)), { recursive: true });
          await writeFile(path.join(copy, file), session.effective(file).text);
        }
        const { stdout } = await run(process.execPath, [BIN, 'lint', '--format', 'json'], { cwd: copy }).catch((error: { stdout: string }) => error);
        const cli = (JSON.parse(stdout) as { diagnostics: { file: string; rule: string; message: string; line: number; column: number }[] }).diagnostics;
        const server = Object.entries(session.publishedByFile()).sort(([a], [b]) => (a < b ? -1 : 1)).flatMap(([file, list]) =>
          (list as { code: string; message: string; range: { start: { line: number; character: number } } }[]).map((each) => ({ file, rule: each.code, message: each.message, line: each.range.start.line + 1, column: each.range.start.character + 1 })),
        );
        expect(server).toEqual(cli.map(({ file, rule, message, line, column }) => ({ file, rule, message, line, column })));
      } finally {
        await rm(copy, { recursive: true, force: true });
      }
    });
  }

  it('names All Members by account type in declaration order, after users only change places', async () => {
    const session = new Session(await mkdtemp(path.join(os.tmpdir(), 'grantform-lsp-order-')), new RandomOrg(0));
    sessions.push(session);
    const explorers = ['a', 'b', 'c', 'd'].map((name) => ({ email: `${name}@example.com`, type: 'Explorer' }));
    const people: FileModel = { kind: 'people', header: 0, users: [...explorers, { email: 'e@example.com', type: 'Creator' }], grants: [] };
    await session.start(
      new Map<string, FileModel>([
        ['connections.yaml', { kind: 'connections', header: 0, users: [], grants: [], analystAnnotates: true }],
        ['people/p-0.yaml', people],
        [ANCHOR, { kind: 'team', header: 0, users: [], team: { name: 'Team 0', members: ['e@example.com'] }, grants: [{ principal: 'team: Team 0', object: 'snow', access: 'use' }] }],
        ['everyone.yaml', { kind: 'everyone', header: 0, users: [], grants: [{ principal: 'team: All Members', object: 'snow/DB1', access: 'use-and-annotate' }] }],
      ]),
    );
    await session.sync();
    const swapped = { ...people, users: [explorers[3], explorers[1], explorers[2], explorers[0], people.users[4]] as FileModel['users'] };
    await session.deliver('people/p-0.yaml', swapped, render(swapped));
    await session.sync();
    const capped = (session.publishedByFile()['everyone.yaml'] as { message: string }[] | undefined)?.[0]?.message;
    expect(capped).toContain('4 Explorer users (d@example.com, b@example.com, c@example.com and 1 more)');
    expect(session.publishedByFile()).toEqual((await session.expected()).byFile);
  });

  it('asks an editor that can watch files to watch the YAML files, and reads one again when told it changed', async () => {
    const random = new RandomOrg(5);
    const session = new Session(await mkdtemp(path.join(os.tmpdir(), 'grantform-lsp-watch-')), random);
    sessions.push(session);
    const models = random.initial();
    await session.start(models, { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });
    await session.sync();
    expect(session.watchers).toEqual([expect.objectContaining({ method: 'workspace/didChangeWatchedFiles', registerOptions: { watchers: [{ globPattern: '**/*.{yaml,yml}' }] } })]);
    // A grant on the write destination, written outside the editor: its finding appears once the editor says so.
    const people = models.get('people/p-0.yaml') as FileModel;
    const changed = { ...people, grants: [...people.grants, { principal: `user: ${people.users[0]?.email}`, object: 'snow/SIGMA_WRITE/WRITEBACK', access: 'use' }] };
    await session.writeDisk('people/p-0.yaml', changed, render(changed));
    await session.notify('people/p-0.yaml', FileChangeType.Changed);
    await session.sync();
    expect(session.publishedByFile()).toEqual((await session.expected()).byFile);
    expect(JSON.stringify(session.publishedByFile()['people/p-0.yaml'])).toContain('grant-in-write-destination');
  });

  it('went through the findings of every lint rule but shared-write-destination (the sequences above)', () => {
    const lintRules = ['account-type-too-low', 'duplicate-grant', 'empty-team', 'grant-in-write-destination', 'redundant-grant', 'shadowed-by-team', 'team-grant-capped', 'unused-user', 'write-only-without-write-access'];
    expect(lintRules.filter((rule) => !rules.has(rule))).toEqual([]);
  });
});
