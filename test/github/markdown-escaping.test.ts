// Hostile names through every Markdown grantform writes (the plan's
// Markdown, which is also the drift issue's body; the sticky PR comment; the
// job summary; the check run's summary), rendered by a real GFM renderer
// (marked, GFM on): no link, image or raw HTML comes from a name, and no
// text outside code holds a mention, an issue reference or a URL that
// GitHub would link. The structure is checked against the same documents
// rendered with harmless names: a name can change text, never tags.

import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { renderComment } from '../../src/github/comment-body.js';
import type { Finding } from '../../src/github/findings.js';
import { renderJobSummary } from '../../src/github/job-summary.js';
import { markdownCode, WORD_JOINER } from '../../src/model/escape/markdown.js';
import { escapeTerminal } from '../../src/model/escape/terminal.js';
import type { PlanDocument } from '../../src/model/generated/plan-document.js';
import { planChanges } from '../../src/plan/plan-changes.js';
import type { Plan } from '../../src/plan/plan.js';
import { planDocument } from '../../src/plan/render/json.js';
import { renderPlanMarkdown } from '../../src/plan/render/markdown.js';
import { MARKDOWN_HOSTILE, TERMINAL_HOSTILE } from '../support/hostile-names.js';
import { connection, desired, live, liveConnection, liveGrant, liveTeam, settings, team } from '../support/plan-fixtures.js';

const NAMES = [...MARKDOWN_HOSTILE, ...TERMINAL_HOSTILE];

/** A plan in which every name is created, deleted, granted on and named in a manual step. */
function planWith(names: readonly string[]): Plan {
  return planChanges({
    settings: settings({ teams: 'authoritative', grants: 'authoritative' }),
    desired: desired({
      teams: names.map((name, index) => team(`new ${index} ${name}`)),
      connections: [connection('snow')],
      grants: names.map((name, index) => ({ principal: { kind: 'team', name: `new ${index} ${name}` }, object: { connection: 'snow', path: ['DB', name] }, level: index % 2 === 0 ? 'use' : 'admin' })),
    }),
    live: live({
      teams: names.map((name, index) => liveTeam(`t${index}`, `old ${index} ${name}`)),
      connections: [liveConnection('c1', 'snow')],
      grants: names.map((name, index) => liveGrant(`g${index}`, `team:old ${index} ${name}`, 'snow', 'use')),
    }),
    manualStep: (change) =>
      change.type === 'grant' && change.action !== 'delete' && change.after.level === 'admin'
        ? { instructions: `in Sigma, grant team ${change.after.principal.kind === 'team' ? change.after.principal.name : ''} Can admin on ${change.after.object.path.join('/')}` }
        : undefined,
  }).plan;
}

function findingsWith(names: readonly string[]): Finding[] {
  return names.map((name, index) => ({
    rule: 'reference',
    severity: 'error',
    message: `team "${name}" is not declared`,
    path: `access/${index}.yaml`,
    shownPath: `access/${index}.yaml`,
    line: index + 1,
    column: 3,
    endLine: index + 1,
    endColumn: 9,
    fixable: false,
    related: [],
  }));
}

interface Outputs {
  readonly plan: string;
  readonly comment: string;
  readonly summary: string;
}

function outputsWith(names: readonly string[]): Outputs {
  const plan = planWith(names);
  const markdown = renderPlanMarkdown(plan);
  const document = planDocument(plan, { grantformVersion: '0.0.0', backend: 'sigma' }) as PlanDocument;
  const counts = { errors: names.length, warnings: 0, infos: 0 };
  return {
    plan: markdown,
    comment: renderComment({ projectPath: names[0] ?? '', plan: { document, markdown }, counts, headSha: 'a'.repeat(40), fullPlanAt: 'the job summary' }),
    summary: renderJobSummary({
      projectPath: names[0] ?? '',
      plan: { document, markdown, file: 'plan.json' },
      findings: findingsWith(names),
      counts,
      blobBaseUrl: 'https://github.com/acme/access/blob/abc',
      notice: `could not write the comment for ${names[1] ?? ''}`,
    }),
  };
}

const html = (markdown: string) => marked.parse(markdown, { gfm: true, async: false });
const tags = (rendered: string) => (rendered.match(/<\/?[a-z][a-z0-9]*/gi) ?? []).join(' ');
/** The HTML outside `<code>` and `<pre>`: where GitHub's linkers act. */
const outsideCode = (rendered: string) => rendered.replace(/<pre>[\s\S]*?<\/pre>/g, '').replace(/<code>[\s\S]*?<\/code>/g, '');

const hostile = outputsWith(NAMES);
const harmless = outputsWith(NAMES.map((_name, index) => `name${index}`));

/** The job summary's own links, to the findings' lines at the commit. */
const OUR_LINKS = /<a href="https:\/\/github\.com\/acme\/access\/blob\/abc\/access\/\d+\.yaml#L\d+">/g;

describe.each(['plan', 'comment', 'summary'] as const)('the %s', (which) => {
  const rendered = html(hostile[which]).replace(OUR_LINKS, '<a>');

  it('renders no link, image or raw HTML from a name', () => {
    expect(rendered).not.toMatch(/<a\s/);
    expect(rendered).not.toMatch(/<img[\s>]/);
    // The comment's one HTML comment is its own hidden marker, first.
    expect(rendered.split('<!--').length).toBe(which === 'comment' ? 2 : 1);
    expect(tags(rendered)).toBe(tags(html(harmless[which])));
  });

  it('leaves no mention, issue reference or URL that GitHub would link outside code', () => {
    const text = outsideCode(rendered);
    expect(text).toContain('@');
    expect(text).not.toMatch(new RegExp(`@(?!${WORD_JOINER})`));
    expect(text).not.toMatch(/#\d/);
    expect(text).not.toMatch(/\bGH-\d/i);
    expect(text).not.toMatch(/https?:\/\//);
    expect(text).not.toMatch(/\bwww\./i);
  });

  it('keeps every name on its line and shows control and bidi characters escaped', () => {
    // eslint-disable-next-line no-control-regex
    expect(hostile[which]).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/);
    expect(rendered).toContain('rlo\\u{202E}evil');
  });
});

it('shows a name in a code span exactly as it is, backticks included', () => {
  const rendered = html(hostile.comment);
  expect(rendered).toContain('<code>grant.team.new 11 `one` ``two`` ```three``` ````four````@snow/DB/`one` ``two`` ```three``` ````four````</code>');
});

it('renders every hostile name in a code span as exactly its text', () => {
  const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  for (const name of [...NAMES, '`', '``', '` x `', 'a`', ' ']) {
    expect(marked.parseInline(markdownCode(name), { gfm: true, async: false }), name).toBe(`<code>${escapeHtml(escapeTerminal(name))}</code>`);
  }
});
