// The HTML access review in a real browser: Debian's `chromium`, headless,
// driven by puppeteer-core. The page opens from disk with every network
// request refused, a click on a cell shows where the access comes from, the
// filters narrow the rows, and a large org keeps only the visible rows in
// the DOM. Skips (saying why) only when no chromium is installed.

import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderAccessHtml } from '../../src/cli/views/access-html.js';
import type { AccessDocument } from '../../src/model/generated/access-document.js';
import { runGrantform, writeProject } from '../support/temp-project.js';

function findChromium(): string | undefined {
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH
    }
  }
  return undefined;
}

const chromium = process.env.CHROMIUM ?? findChromium();
if (!chromium) console.warn('access-html.test.ts skipped: no chromium on PATH (apt-get install -y chromium, or set CHROMIUM=/path/to/chrome)');

describe.skipIf(!chromium)('access --format html in headless Chromium', () => {
  let browser: Browser;
  const requested: string[] = [];

  beforeAll(async () => {
    browser = await puppeteer.launch({ executablePath: chromium as string, headless: true, args: ['--no-sandbox'] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function open(file: string): Promise<Page> {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 720 });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().startsWith('file:') || request.url().startsWith('data:')) void request.continue();
      else {
        requested.push(request.url());
        void request.abort();
      }
    });
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
    return page;
  }

  it('shows the provenance of a clicked cell, expands a connection, filters by team, and asks the network for nothing', async () => {
    const out = path.join(await writeProject({}), 'access.html');
    const run = await runGrantform(['access', path.resolve('examples/multi-file'), '--format', 'html', '--out', out]);
    expect(run.exitCode).toBe(0);
    const page = await open(out);

    await page.click('[data-user="john@example.com"][data-object="snowflake-prod"]');
    const provenance = await page.$eval('#provenance', (element) => element.textContent ?? '');
    expect(provenance).toContain('john@example.com');
    expect(provenance).toContain('use on snowflake-prod');
    expect(provenance).toContain('team Finance: use on snowflake-prod');
    expect(provenance).toMatch(/examples\/multi-file\/access\/teams\/finance\.yaml:12/);
    expect(provenance).toContain('use-and-annotate on snowflake-prod/ANALYTICS/FINANCE');

    expect(await page.$('[data-object="snowflake-prod/SALES"]')).toBeNull();
    await page.click('#head [title="snowflake-prod"]');
    await page.click('[data-user="ana@example.com"][data-object="snowflake-prod/SALES"]');
    expect(await page.$eval('#provenance', (element) => element.textContent ?? '')).toContain('team Sales: use-and-annotate on snowflake-prod/SALES');

    const finance = await page.$$eval('#f-team option', (options) => options.find((option) => option.textContent === 'Finance')?.getAttribute('value') ?? '');
    await page.select('#f-team', finance);
    const users = await page.$$eval('#rows [data-object="snowflake-prod"]', (cells) => cells.map((cell) => cell.getAttribute('data-user')));
    expect(users).toEqual(['john@example.com', 'sam@example.com']);
    expect(requested).toEqual([]);
    await page.close();
  }, 60_000);

  it('keeps only the visible rows of a 5,000-user org in the DOM', async () => {
    const users = Array.from({ length: 5000 }, (_, i) => ({
      email: `user${String(i).padStart(4, '0')}@example.com`,
      accountType: 'Creator',
      teams: [`team-${i % 50}`],
      access: [{ object: 'wh', level: 'use' as const, from: [{ kind: 'grant' as const, principal: `team.team-${i % 50}`, team: `team-${i % 50}`, object: 'wh', level: 'use' as const, gives: 'use' as const, file: 'a.yaml', line: 1 + (i % 50) }] }],
    }));
    const document: AccessDocument = { formatVersion: 1, source: 'files', users };
    const file = path.join(await writeProject({}), 'big.html');
    await writeFile(file, renderAccessHtml(document, { generatedAt: '2026-01-01T00:00:00.000Z', writeConnections: [], writingTypes: [] }));
    const page = await open(file);
    expect(await page.$eval('#count', (element) => element.textContent)).toBe('5000 of 5000 users');
    expect((await page.$$('#rows .row')).length).toBeLessThan(200);
    await page.$eval('#grid', (grid) => (grid.scrollTop = 24 * 2600));
    await page.waitForFunction('parseInt(document.getElementById("rows").style.top, 10) > 24 * 2000', { timeout: 5_000 });
    expect((await page.$$('#rows .row')).length).toBeLessThan(200);
    await page.close();
  }, 60_000);
});
