// `grantform lsp --stdio`: the language server. stdout is the protocol, so
// nothing else is written there; logs go to the client's console. Every
// request is answered even when its handler fails (the failure is logged and
// the answer is empty), so a bad file never takes the server down.

import path from 'node:path';
import {
  createConnection,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from './code-actions.js';
import { completions } from './completion.js';
import { toLspDiagnostic } from './diagnostics.js';
import { hoverAt } from './hover.js';
import { findProjectRoot, pathToUri, uriToPath, WorkspaceProject, type OpenBuffer } from './project.js';
import { definitionAt, referencesAt, renameAt } from './navigation.js';

export interface ServerOptions {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
}

export function startServer(options: ServerOptions): Connection {
  const connection = createConnection(ProposedFeatures.all, options.input, options.output);
  const documents = new TextDocuments(TextDocument);
  const buffers = new Map<string, OpenBuffer>();
  /** When each buffer last changed (a count of changes), by path. */
  const changedAt = new Map<string, number>();
  let changes = 0;
  const projects = new Map<string, WorkspaceProject>();
  const published = new Map<WorkspaceProject, Map<string, string>>();
  let workspaceRoots: string[] = [];
  let watchFiles = false;

  const log = (message: string) => connection.console.error(message);
  const guard = <P, R>(name: string, fallback: R, handler: (params: P) => Promise<R> | R) => async (params: P): Promise<R> => {
    try {
      return await handler(params);
    } catch (error) {
      log(`grantform: ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  };

  const projectFor = async (uri: string): Promise<WorkspaceProject | undefined> => {
    const file = uriToPath(uri);
    if (!file) return undefined;
    for (const project of projects.values()) if (project.contains(file)) return project;
    const root = await findProjectRoot(path.dirname(file));
    if (!root) return undefined;
    let project = projects.get(root);
    if (!project) projects.set(root, (project = new WorkspaceProject(root, buffers)));
    return project;
  };

  const publishNow = async (project: WorkspaceProject) => {
    const analysis = await project.analysis();
    const changed = project.takeChanged();
    let sent = published.get(project);
    if (!sent) published.set(project, (sent = new Map()));
    // Only the files whose diagnostics may have changed (an edit in one file of a large org leaves most alone), and
    // the open buffers: a client waits for the diagnostics of the version it sent, so each version gets them. The
    // buffers come last, the one changed most recently at the very end: once a client has the diagnostics of the
    // version it sent last, it has those of every file for that analysis.
    const candidates = new Map<string, string>();
    const add = (uri: string, file: string) => {
      candidates.delete(uri); // to the end
      candidates.set(uri, file);
    };
    for (const file of changed ?? analysis.files) add(pathToUri(project.absolute(file)), file);
    if (!changed) for (const uri of sent.keys()) add(uri, project.displayPath(uriToPath(uri) ?? uri));
    const recency = (uri: string) => changedAt.get(uriToPath(uri) ?? uri) ?? 0;
    for (const uri of [...analysis.versions.keys()].sort((a, b) => recency(a) - recency(b))) add(uri, project.displayPath(uriToPath(uri) ?? uri));
    for (const [uri, file] of candidates) {
      const diagnostics = analysis.diagnosticsOf(file).map((each) => toLspDiagnostic(each, project));
      // The version of the open buffer the diagnostics were computed from, so that a client can drop stale ones.
      const version = analysis.versions.get(uri);
      if (diagnostics.length === 0 && version === undefined && !sent.has(uri)) continue;
      const params = version === undefined ? { uri, diagnostics } : { uri, version, diagnostics };
      const json = JSON.stringify(params);
      if (sent.get(uri) === json) continue;
      if (diagnostics.length > 0 || version !== undefined) sent.set(uri, json);
      else sent.delete(uri);
      await connection.sendDiagnostics(params);
    }
  };
  // One publication at a time per project: two interleaved would let an older analysis's lists arrive after newer ones.
  const publishing = new Map<WorkspaceProject, Promise<void>>();
  const publish = (project: WorkspaceProject): Promise<void> => {
    const next = (publishing.get(project) ?? Promise.resolve()).then(() => publishNow(project));
    publishing.set(project, next.catch(() => undefined));
    return next;
  };

  // Analysed on the next turn of the event loop, not at once: the changes already received (an editor sends one per
  // keystroke) are then all read by one analysis. No delay is added.
  const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
  const analyse = guard('analysis', undefined, async ({ uri, onDisk }: { uri: string; onDisk: boolean }) => {
    const project = await projectFor(uri);
    if (!project) return;
    const file = uriToPath(uri);
    if (onDisk && file) project.forget(file);
    project.invalidate();
    await nextTurn();
    await publish(project);
  });
  /** `onDisk`: the file on disk may have changed too (saved, closed, or changed outside the editor). */
  const changed = (uri: string, onDisk = false) => analyse({ uri, onDisk });

  const withAnalysis = <P extends { textDocument: { uri: string } }, R>(name: string, fallback: R, handler: (params: P, project: WorkspaceProject, file: string) => Promise<R> | R) =>
    guard(name, fallback, async (params: P) => {
      const file = uriToPath(params.textDocument.uri);
      const project = await projectFor(params.textDocument.uri);
      if (!file || !project) return fallback;
      return handler(params, project, file);
    });

  connection.onInitialize((params: InitializeParams) => {
    watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    workspaceRoots = (params.workspaceFolders ?? []).map((folder) => uriToPath(folder.uri)).filter((root): root is string => root !== undefined);
    const rootUri = params.rootUri ? uriToPath(params.rootUri) : undefined;
    if (rootUri && !workspaceRoots.includes(rootUri)) workspaceRoots.push(rootUri);
    return {
      capabilities: {
        // Saves too: a saved file is read from disk again (the buffer may have been closed since).
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['/', ':', ' '] },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll'] },
      },
      serverInfo: { name: 'grantform' },
    };
  });

  connection.onInitialized(
    guard('initialized', undefined, async () => {
      // Files changed outside the editor are seen by their stat at the next analysis; the editor's watcher tells at once.
      if (watchFiles) await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{yaml,yml}' }] });
      for (const root of workspaceRoots) {
        const found = await findProjectRoot(root, root);
        if (found && !projects.has(found)) {
          const project = new WorkspaceProject(found, buffers);
          projects.set(found, project);
          await publish(project);
        }
      }
    }),
  );

  documents.onDidOpen(({ document }) => {
    const file = uriToPath(document.uri);
    if (file) {
      buffers.set(file, { text: document.getText(), version: document.version });
      changedAt.set(file, (changes += 1));
    }
    void changed(document.uri);
  });
  documents.onDidChangeContent(({ document }) => {
    const file = uriToPath(document.uri);
    if (file) {
      buffers.set(file, { text: document.getText(), version: document.version });
      changedAt.set(file, (changes += 1));
    }
    void changed(document.uri);
  });
  documents.onDidClose(({ document }) => {
    const file = uriToPath(document.uri);
    if (file) {
      buffers.delete(file);
      changedAt.delete(file);
    }
    void changed(document.uri, true);
  });
  documents.onDidSave(({ document }) => void changed(document.uri, true));
  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const change of changes) void changed(change.uri, true);
  });

  connection.onHover(withAnalysis('hover', null, async (params, project, file) => hoverAt(await project.analysis(), project, file, params.position)));
  connection.onCompletion(withAnalysis('completion', [], async (params, project, file) => completions(await project.analysis(), project, file, params.position)));
  connection.onDefinition(withAnalysis('definition', [], async (params, project, file) => definitionAt(await project.analysis(), project, file, params.position)));
  connection.onReferences(
    withAnalysis('references', [], async (params, project, file) => referencesAt(await project.analysis(), project, file, params.position, params.context.includeDeclaration)),
  );
  connection.onRenameRequest(withAnalysis('rename', null, async (params, project, file) => renameAt(await project.analysis(), project, file, params.position, params.newName)));
  connection.onCodeAction(withAnalysis('code actions', [], async (params, project, file) => codeActions(await project.analysis(), project, file, params.range)));

  documents.listen(connection);
  connection.listen();
  return connection;
}

export { pathToUri };
