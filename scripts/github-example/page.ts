// An HTML page in GitHub's pull request style for the screenshot in
// docs/pull-request.png: the comment that `report github` posted, rendered
// from its markdown, and the file with the check run's annotations under
// their lines. The content is the example run's, unchanged; only the frame
// around it is a mock. Markdown is rendered with `marked`, loaded from the
// path given in GRANTFORM_MARKED (not a dependency of grantform).

import type { ExampleRun } from './render.js';

type RenderMarkdown = (markdown: string) => string;

async function markdownRenderer(): Promise<RenderMarkdown> {
  const where = process.env.GRANTFORM_MARKED;
  if (where === undefined) throw new Error('set GRANTFORM_MARKED to marked.esm.js (npm install marked in a scratch folder)');
  const module = (await import(where)) as { marked: { parse(markdown: string, options: { gfm: boolean; async: false }): string } };
  return (markdown) => module.marked.parse(markdown, { gfm: true, async: false });
}

/** GitHub's alert boxes (`> [!WARNING]`), which marked leaves as plain quotes. */
function alerts(html: string): string {
  return html.replace(/<blockquote>\s*<p>\[!(NOTE|WARNING|CAUTION)\]\s*/g, (_match, kind: string) => {
    const title = kind.charAt(0) + kind.slice(1).toLowerCase();
    return `<blockquote class="alert ${kind.toLowerCase()}"><p class="alert-title">${kind === 'NOTE' ? 'ⓘ' : '⚠'} ${title}</p><p>`;
  });
}

/** GitHub colours `+` lines green and `-` lines red in diff blocks. */
function diffColours(html: string): string {
  return html.replace(/<code class="language-diff">([\s\S]*?)<\/code>/g, (_match, body: string) => {
    const lines = body.split('\n').map((line) => (line.startsWith('+') ? `<span class="add">${line}</span>` : line.startsWith('-') ? `<span class="del">${line}</span>` : line));
    return `<code class="language-diff">${lines.join('\n')}</code>`;
  });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export async function pullRequestPage(example: ExampleRun): Promise<string> {
  const render = await markdownRenderer();
  // The reviewer has unfolded the full plan (one click on "Full plan").
  const comment = diffColours(alerts(render(example.comment))).replace('<details>', '<details open>');
  const lines = example.file.text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const rows: string[] = [];
  for (const [index, text] of lines.entries()) {
    const number = index + 1;
    rows.push(`<tr><td class="num">${number}</td><td class="code">${escapeHtml(text) || '&nbsp;'}</td></tr>`);
    for (const annotation of example.annotations.filter((each) => each.end_line === number)) {
      const level = annotation.annotation_level;
      const label = level === 'failure' ? 'Check failure' : level === 'warning' ? 'Check warning' : 'Check notice';
      const where = annotation.start_line === annotation.end_line ? `line ${annotation.start_line}` : `lines ${annotation.start_line} to ${annotation.end_line}`;
      rows.push(
        `<tr><td colspan="2"><div class="annotation ${level}"><div class="annotation-head"><b>${label}</b>: ${escapeHtml(annotation.title ?? '')} <span class="muted">(grantform, ${where})</span></div><div>${escapeHtml(annotation.message)}</div>${
          annotation.raw_details ? `<pre class="details">${escapeHtml(annotation.raw_details)}</pre>` : ''
        }</div></td></tr>`,
      );
    }
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pull request #12</title>
<style>
  body { font: 14px/1.5 -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: #1f2328; margin: 0; background: #fff; }
  .page { width: 1040px; margin: 0 auto; padding: 24px 16px; }
  h1 { font-weight: 400; font-size: 26px; margin: 0 0 6px; } h1 .num { color: #59636e; }
  .state { display: inline-block; background: #1f883d; color: #fff; border-radius: 2em; padding: 3px 12px; font-weight: 600; margin-right: 8px; }
  .tabs { border-bottom: 1px solid #d1d9e0; margin: 16px 0; } .tabs span { display: inline-block; padding: 8px 16px; } .tabs .on { border-bottom: 2px solid #fd8c73; font-weight: 600; }
  .comment { border: 1px solid #d1d9e0; border-radius: 6px; margin-bottom: 28px; }
  .comment-head { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; border-radius: 6px 6px 0 0; }
  .bot { border: 1px solid #d1d9e0; border-radius: 2em; padding: 0 6px; font-size: 12px; color: #59636e; }
  .comment-body { padding: 8px 16px; } .comment-body h3 { font-size: 18px; }
  code { background: #eff1f3; border-radius: 6px; padding: 0.2em 0.4em; font: 12px "DejaVu Sans Mono", monospace; }
  pre { background: #f6f8fa; border-radius: 6px; padding: 12px; overflow: auto; } pre code { background: none; padding: 0; }
  blockquote { margin: 0 0 16px; padding: 0 1em; color: #59636e; border-left: 0.25em solid #d1d9e0; }
  blockquote.alert { color: inherit; } .alert-title { font-weight: 600; margin-bottom: 4px; }
  blockquote.warning { border-left-color: #9a6700; } blockquote.warning .alert-title { color: #9a6700; }
  blockquote.caution { border-left-color: #d1242f; } blockquote.caution .alert-title { color: #d1242f; }
  details summary { cursor: pointer; } .add { color: #116329; background: #dafbe1; } .del { color: #82071e; background: #ffebe9; }
  .file { border: 1px solid #d1d9e0; border-radius: 6px; }
  .file-head { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; font: 12px "DejaVu Sans Mono", monospace; }
  table.diff { border-collapse: collapse; width: 100%; font: 12px/20px "DejaVu Sans Mono", monospace; }
  table.diff td.num { width: 40px; text-align: right; color: #59636e; padding: 0 10px; } table.diff td.code { white-space: pre; padding-left: 8px; }
  .annotation { font: 14px/1.5 -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; margin: 6px 12px; padding: 8px 12px; border: 1px solid #d1d9e0; border-left-width: 4px; border-radius: 6px; background: #fff; }
  .annotation.failure { border-left-color: #d1242f; } .annotation.warning { border-left-color: #9a6700; } .annotation.notice { border-left-color: #0969da; }
  .annotation-head { margin-bottom: 2px; } .muted { color: #59636e; } .details { margin: 6px 0 0; padding: 6px 8px; font-size: 12px; }
  .section { font-size: 12px; color: #59636e; text-transform: uppercase; letter-spacing: 0.05em; margin: 8px 0; }
</style></head>
<body><div class="page">
<h1>Mei joins Sales; lower John's FINANCE grant; remove Sam <span class="num">#12</span></h1>
<div><span class="state">Open</span><span class="muted">wants to merge 1 commit into <code>main</code></span></div>
<div class="tabs"><span class="on">Conversation</span><span>Commits</span><span>Checks</span><span>Files changed</span></div>
<div class="section">Conversation</div>
<div class="comment"><div class="comment-head"><b>github-actions</b> <span class="bot">bot</span> <span class="muted">commented</span></div>
<div class="comment-body">${comment}</div></div>
<div class="section">Files changed: the check run's annotations under their lines</div>
<div class="file"><div class="file-head">${escapeHtml(example.file.path)}</div>
<table class="diff">${rows.join('\n')}</table></div>
</div></body></html>
`;
}
