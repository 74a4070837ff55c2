// Redraws docs/access-review.png: `grantform access examples/multi-file
// --format html` opened in headless Chromium, a connection expanded and a
// cell clicked so the provenance panel shows.
//
//   npx tsx scripts/access-screenshot.ts [CHROMIUM]   (default: `chromium` on PATH)

import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { runCli } from '../src/cli/main.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.argv[2] ?? execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
const dir = await mkdtemp(path.join(os.tmpdir(), 'grantform-shot-'));
const page = path.join(dir, 'access.html');
const status = await runCli(['access', path.join(root, 'examples/multi-file'), '--format', 'html', '--out', page]);
if (status !== 0) throw new Error(`grantform access exited ${status}`);

const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox'] });
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 640, deviceScaleFactor: 1 });
  await tab.goto(pathToFileURL(page).href);
  await tab.waitForSelector('body[data-ready="true"]');
  await tab.click('#head [title="snowflake-prod"]');
  await tab.click('#summary details');
  await tab.click('[data-user="john@example.com"][data-object="snowflake-prod"]');
  const out = path.join(root, 'docs', 'access-review.png');
  await tab.screenshot({ path: out });
  await writeFile(path.join(dir, 'done'), '');
  process.stdout.write(`wrote ${path.relative(process.cwd(), out)}\n`);
} finally {
  await browser.close();
}
