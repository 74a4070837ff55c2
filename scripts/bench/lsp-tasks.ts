// `--only lsp`: the language server on the synthetic org, driven over stdio
// by a real LSP client as an editor would. Figures: from a didChange in one
// team file to its publishDiagnostics (median, p95), hover and completion
// (median), and the server's resident memory after 100, 500 and all edits
// (1,000 by default).

import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CompletionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node.js';
import type { BenchTask } from './tasks.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** 1,000 by default (the memory target is after 1,000 edits); GRANTFORM_BENCH_LSP_EDITS for a quicker look. */
const EDITS = Number(process.env.GRANTFORM_BENCH_LSP_EDITS ?? 1_000);
const QUERIES = 50;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? NaN;
}

async function residentMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

const lsp: BenchTask = {
  name: 'lsp',
  description: 'language server: didChange → publishDiagnostics, hover, completion, memory after 1,000 edits',
  repeats: 1,
  async run({ orgDir }) {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/bench/lsp-server.ts')], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
    const client = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const file = path.join(orgDir, 'teams', 'team-00001.yaml');
    const uri = pathToFileURL(file).href;
    let waiting: { version: number; resolve: () => void } | undefined;
    client.onNotification(PublishDiagnosticsNotification.type, (params) => {
      if (params.uri === uri && waiting && params.version === waiting.version) waiting.resolve();
    });
    client.listen();
    const published = (version: number) => new Promise<void>((resolve) => (waiting = { version, resolve }));
    try {
      await client.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(orgDir).href, capabilities: {}, workspaceFolders: null });
      await client.sendNotification(InitializedNotification.type, {});
      const original = await readFile(file, 'utf8');
      let version = 1;
      const opened = published(version);
      await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'yaml', version, text: original } });
      await opened;

      const latencies: number[] = [];
      // The server's memory along the edits, to see a trend: after 100, after 500, after the last.
      const rss: Record<string, number> = {};
      for (let i = 0; i < EDITS; i += 1) {
        if (i === 100 || i === 500) rss[`serverRssAt${i}EditsMb`] = await residentMb(child.pid ?? 0);
        version += 1;
        // An edit that changes the file but keeps it valid: a comment that grows, as typing does.
        const text = `# edit ${i}\n${original}`;
        const done = published(version);
        const started = performance.now();
        await client.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
        await done;
        latencies.push(performance.now() - started);
      }
      rss.serverRssAfterEditsMb = await residentMb(child.pid ?? 0);

      const lines = original.split('\n');
      const nameLine = lines.findIndex((line) => line.includes('name:'));
      const teamLine = lines.findIndex((line) => line.includes('team:'));
      const hovers: number[] = [];
      const completions: number[] = [];
      for (let i = 0; i < QUERIES; i += 1) {
        let started = performance.now();
        await client.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: nameLine + 1, character: (lines[nameLine]?.indexOf('name:') ?? 0) + 7 } });
        hovers.push(performance.now() - started);
        started = performance.now();
        await client.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: teamLine + 1, character: lines[teamLine]?.length ?? 0 } });
        completions.push(performance.now() - started);
      }
      return {
        changeMedianMs: percentile(latencies, 0.5),
        changeP95Ms: percentile(latencies, 0.95),
        hoverMedianMs: percentile(hovers, 0.5),
        completionMedianMs: percentile(completions, 0.5),
        edits: EDITS,
        ...rss,
      };
    } finally {
      client.dispose();
      child.kill();
    }
  },
};

export const LSP_TASKS: readonly BenchTask[] = [lsp];
