// `access --format html`: one self-contained page (no network: inline CSS
// and script, the data as JSON in a <script type="application/json">) with
// a matrix of users, grouped by team, × objects, connections expandable to
// what lies below; filters; the provenance of a cell on click; a summary on
// top. Names come from whoever writes the YAML (a pull request's author):
// the data is JSON with `<` escaped, and the script writes every name with
// textContent, never as markup. Rows are virtualised (only the visible ones
// exist in the DOM), so that a 5,000-user org paints at once.

import type { AccessDocument } from '../../model/generated/access-document.js';
import { htmlData, type AccessHtmlContext } from './access-html-data.js';

export type { AccessHtmlContext } from './access-html-data.js';

/** JSON that cannot end the <script> element nor open a comment inside it. */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function renderAccessHtml(document: AccessDocument, context: AccessHtmlContext): string {
  const data = htmlData(document, context);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>grantform access review</title>
<style>${CSS}</style>
</head>
<body>
<header>
  <h1>Access review <span id="meta"></span></h1>
  <section id="summary" aria-label="summary"></section>
  <form id="filters" autocomplete="off" onsubmit="return false">
    <label>User <input id="f-user" type="search" placeholder="email contains"></label>
    <label>Team <select id="f-team"><option value="">all teams</option></select></label>
    <label>Account type <select id="f-type"><option value="">all types</option></select></label>
    <label>Object <input id="f-object" type="search" placeholder="path contains"></label>
    <label>Level <select id="f-level"><option value="">any level</option></select></label>
    <span id="count"></span>
    <span class="legend" id="legend"></span><span class="hint">+ more below (click a header to expand)</span>
  </form>
</header>
<main>
  <div id="grid" tabindex="0"><div id="head" class="row head"></div><div id="body"><div id="rows"></div></div></div>
  <aside id="provenance" aria-live="polite"><p class="hint">Click a cell to see where the access comes from.</p></aside>
</main>
<script type="application/json" id="access-data">${embedJson(data)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

const CSS = `
*{box-sizing:border-box}
body{margin:0;font:13px/1.35 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#f6f8fa;display:flex;flex-direction:column;height:100vh}
header{padding:10px 16px 6px;background:#fff;border-bottom:1px solid #d0d7de}
h1{font-size:17px;margin:0 0 8px}h1 span{font-weight:400;color:#59636e;font-size:13px;margin-left:8px}
#summary{display:flex;flex-wrap:wrap;gap:8px;margin-bottom:8px}
#summary details{background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;padding:4px 10px;max-width:420px}
#summary summary{cursor:pointer;font-weight:600}#summary summary b{font-size:16px;margin-right:4px}
#summary ul{margin:4px 0;padding-left:18px;max-height:180px;overflow:auto;font-size:12px}
#filters{display:flex;flex-wrap:wrap;gap:10px;align-items:center}
#filters label{display:flex;gap:4px;align-items:center;color:#59636e}
#filters input,#filters select{font:inherit;padding:2px 6px;border:1px solid #d0d7de;border-radius:4px}
#count{color:#59636e}
.legend span{display:inline-block;padding:1px 6px;margin-left:4px;border-radius:3px}
main{flex:1;display:flex;min-height:0}
#grid{flex:1;overflow:auto;position:relative;background:#fff}
.row{display:flex;height:24px;white-space:nowrap}
.head{position:sticky;top:0;z-index:3;height:auto;min-height:30px;background:#fff;border-bottom:1px solid #d0d7de;width:max-content}
.head .c{height:auto;min-height:30px;writing-mode:vertical-rl;transform:rotate(180deg);text-align:left;padding:6px 2px;max-height:160px;overflow:hidden;text-overflow:ellipsis;cursor:default;font-weight:600}
.head .c.expandable{cursor:pointer;color:#0969da}
.head .u{writing-mode:horizontal-tb;transform:none;display:flex;align-items:flex-end;font-weight:600}
#body{position:relative}
#rows{position:absolute;top:0;left:0}
.u{position:sticky;left:0;z-index:2;width:280px;min-width:280px;background:#fff;border-right:1px solid #d0d7de;padding:3px 8px;overflow:hidden;text-overflow:ellipsis}
.u small{color:#59636e;margin-left:6px}
.g .u{font-weight:700;background:#eef1f4;width:max-content;min-width:280px}
.g{background:#eef1f4}
.c{width:44px;min-width:44px;height:24px;border-right:1px solid #eaeef2;border-bottom:1px solid #eaeef2;text-align:center;padding-top:3px;font-size:11px;cursor:pointer}
.c.d1{width:40px;min-width:40px}.c.d2{width:38px;min-width:38px}.c.d3{width:36px;min-width:36px}
.c:hover{outline:2px solid #0969da;outline-offset:-2px}
.c.sel{outline:2px solid #cf222e;outline-offset:-2px}
.l0{background:#fff1c2}.l1{background:#b7e4c7}.l2{background:#52b788;color:#fff}.l3{background:#1b4332;color:#fff}
.more::after{content:"+";font-weight:700;margin-left:1px}
#provenance{width:380px;min-width:300px;overflow:auto;background:#fff;border-left:1px solid #d0d7de;padding:10px 14px}
#provenance h2{font-size:14px;margin:0 0 6px;word-break:break-all}
#provenance ul{padding-left:18px;margin:4px 0}
#provenance li{margin:3px 0;word-break:break-word}
#provenance .where{color:#59636e;font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12px}
.hint{color:#59636e}
`;

// Plain ES2020, no framework: the page must open from disk with no network.
const SCRIPT = `
"use strict";
(function () {
  var D = JSON.parse(document.getElementById("access-data").textContent);
  var LEVEL_NAMES = D.levels, SHORT = ["W", "U", "UA", "A"];
  var ROW = 24, OVERSCAN = 20;
  var $ = function (id) { return document.getElementById(id); };
  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined) e.textContent = text; return e; }

  // Objects: children lists and depth.
  var children = D.objects.map(function () { return []; });
  var depth = D.objects.map(function () { return 0; });
  D.objects.forEach(function (o, i) { if (o[1] >= 0) children[o[1]].push(i); });
  D.objects.forEach(function (o, i) { var d = 0, p = o[1]; while (p >= 0) { d++; p = D.objects[p][1]; } depth[i] = d; });
  var byKey = function (a, b) { return D.objects[a][0] < D.objects[b][0] ? -1 : 1; };
  children.forEach(function (list) { list.sort(byKey); });
  var roots = D.objects.map(function (_, i) { return i; }).filter(function (i) { return D.objects[i][1] < 0; }).sort(byKey);
  var expanded = new Set();

  // Users: entries decoded lazily, per row.
  function entriesOf(u) {
    var flat = D.users[u][4], out = [];
    for (var i = 0; i < flat.length; ) { var n = flat[i + 2]; out.push({ object: flat[i], level: flat[i + 1], from: flat.slice(i + 3, i + 3 + n) }); i += 3 + n; }
    return out;
  }
  var cache = new Map();
  function view(u) {
    var v = cache.get(u);
    if (v) return v;
    var entries = entriesOf(u), at = new Map(), more = new Set();
    entries.forEach(function (e) { at.set(e.object, e); });
    function levelAt(o) { for (var p = o; p >= 0; p = D.objects[p][1]) { var e = at.get(p); if (e) return e; } return null; }
    entries.forEach(function (e) { for (var p = D.objects[e.object][1]; p >= 0; p = D.objects[p][1]) { var above = levelAt(p); if (!above || above.level < e.level) more.add(p); } });
    v = { entries: entries, levelAt: levelAt, more: more, top: entries.reduce(function (m, e) { return Math.max(m, e.level); }, -1) };
    if (cache.size > 2000) cache.clear();
    cache.set(u, v);
    return v;
  }

  // Header, legend, summary.
  $("meta").textContent = (D.source === "live" ? "live state" : "files") + " · " + D.users.length + " users · " + D.generatedAt.slice(0, 16).replace("T", " ") + " UTC";
  LEVEL_NAMES.forEach(function (name, i) { var s = el("span", "l" + i, SHORT[i] + " " + name); $("legend").appendChild(s); var o = el("option", "", name + " or higher"); o.value = String(i); $("f-level").appendChild(o); });
  D.teams.map(function (t, i) { return [t, i]; }).sort(function (a, b) { return a[0] < b[0] ? -1 : 1; }).forEach(function (t) { var o = el("option", "", t[0]); o.value = String(t[1]); $("f-team").appendChild(o); });
  D.types.forEach(function (t, i) { var o = el("option", "", t); o.value = String(i); $("f-type").appendChild(o); });
  function grantText(g) {
    var grant = D.grants[g];
    return grant[0] + ": " + LEVEL_NAMES[grant[2]] + " on " + D.objects[grant[1]][0];
  }
  function summaryBox(title, items, render) {
    var d = el("details"), s = el("summary");
    s.appendChild(el("b", "", String(items.length))); s.appendChild(document.createTextNode(title));
    d.appendChild(s);
    var ul = el("ul");
    items.slice(0, 500).forEach(function (item) { ul.appendChild(el("li", "", render(item))); });
    if (items.length > 500) ul.appendChild(el("li", "", "… and " + (items.length - 500) + " more"));
    d.appendChild(ul);
    $("summary").appendChild(d);
  }
  var email = function (u) { return D.users[u][0]; };
  summaryBox(" with admin", D.summary.admins, email);
  summaryBox(" reach write destinations", D.summary.writers, function (w) { return email(w[0]) + " → " + D.objects[w[1]][0]; });
  if (D.olderThanDays !== null) summaryBox(" grants older than " + D.olderThanDays + " days", D.summary.old, function (g) { return grantText(g) + " (created " + D.grants[g][4].slice(0, 10) + ")"; });
  summaryBox(" only through All Members", D.summary.allMembersOnly, email);
  summaryBox(" Viewers with grants", D.summary.viewersWithGrants, function (u) { return email(u) + " (" + D.types[D.users[u][1]] + ", " + D.users[u][3] + " grants without effect)"; });

  // Columns: connections, and the children of every expanded object after it.
  var objectFilter = "";
  function columns() {
    var out = [];
    if (objectFilter) {
      D.objects.forEach(function (o, i) { if (o[0].toLowerCase().indexOf(objectFilter) >= 0) out.push(i); });
      return out.sort(byKey);
    }
    (function walk(list) { list.forEach(function (i) { out.push(i); if (expanded.has(i)) walk(children[i]); }); })(roots);
    return out;
  }

  // Rows: a team heading, then its members; users in no team last.
  var rows = [], cols = [];
  function filtered() {
    var text = $("f-user").value.trim().toLowerCase(), team = $("f-team").value, type = $("f-type").value, level = $("f-level").value;
    var keep = function (u) {
      var user = D.users[u];
      if (text && user[0].indexOf(text) < 0) return false;
      if (type !== "" && String(user[1]) !== type) return false;
      if (level !== "" && view(u).top < Number(level)) return false;
      return true;
    };
    var byTeam = D.teams.map(function () { return []; }), none = [];
    D.users.forEach(function (user, u) { if (!keep(u)) return; if (user[2].length === 0) none.push(u); user[2].forEach(function (t) { byTeam[t].push(u); }); });
    var out = [], shown = new Set();
    D.teams.map(function (t, i) { return i; }).sort(function (a, b) { return D.teams[a] < D.teams[b] ? -1 : 1; }).forEach(function (t) {
      if (team !== "" && String(t) !== team) return;
      if (byTeam[t].length === 0) return;
      out.push({ team: t, size: byTeam[t].length });
      byTeam[t].forEach(function (u) { out.push({ user: u }); shown.add(u); });
    });
    if (team === "" && none.length > 0) { out.push({ team: -1, size: none.length }); none.forEach(function (u) { out.push({ user: u }); shown.add(u); }); }
    $("count").textContent = shown.size + " of " + D.users.length + " users";
    return out;
  }

  function renderHead() {
    var head = $("head");
    head.textContent = "";
    head.appendChild(el("div", "u", "user (account type)"));
    cols.forEach(function (o) {
      var kids = children[o].length > 0 && !objectFilter;
      var c = el("div", "c d" + depth[o] + (kids ? " expandable" : ""), (kids ? (expanded.has(o) ? "▾ " : "▸ ") : "") + (objectFilter ? D.objects[o][0] : D.objects[o][2]));
      c.title = D.objects[o][0];
      c.dataset.col = String(o);
      head.appendChild(c);
    });
  }

  var selected = null;
  function renderRows() {
    var grid = $("grid"), body = $("body"), box = $("rows");
    body.style.height = rows.length * ROW + "px";
    var first = Math.max(0, Math.floor(grid.scrollTop / ROW) - OVERSCAN);
    var last = Math.min(rows.length, Math.ceil((grid.scrollTop + grid.clientHeight) / ROW) + OVERSCAN);
    box.style.top = first * ROW + "px";
    box.textContent = "";
    for (var r = first; r < last; r++) {
      var row = rows[r], line;
      if (row.user === undefined) {
        line = el("div", "row g");
        line.appendChild(el("div", "u", (row.team < 0 ? "(no team)" : D.teams[row.team]) + " · " + row.size));
      } else {
        var user = D.users[row.user], v = view(row.user);
        line = el("div", "row");
        var name = el("div", "u", user[0]);
        name.appendChild(el("small", "", D.types[user[1]]));
        name.title = user[0];
        line.appendChild(name);
        cols.forEach(function (o) {
          var e = v.levelAt(o), c = el("div", "c d" + depth[o] + (e ? " l" + e.level : "") + (v.more.has(o) && !expanded.has(o) ? " more" : ""), e ? SHORT[e.level] : "");
          c.dataset.user = user[0];
          c.dataset.object = D.objects[o][0];
          c.dataset.u = String(row.user);
          c.dataset.o = String(o);
          if (selected && selected.u === row.user && selected.o === o) c.classList.add("sel");
          line.appendChild(c);
        });
      }
      box.appendChild(line);
    }
  }

  function showProvenance(u, o) {
    var panel = $("provenance"), v = view(u), user = D.users[u];
    panel.textContent = "";
    panel.appendChild(el("h2", "", user[0]));
    panel.appendChild(el("p", "", D.types[user[1]] + (user[2].length ? " · teams: " + user[2].map(function (t) { return D.teams[t]; }).join(", ") : " · no team")));
    var e = v.levelAt(o), key = D.objects[o][0];
    var p = el("p");
    p.appendChild(el("strong", "", e ? LEVEL_NAMES[e.level] : "no access"));
    p.appendChild(document.createTextNode(" on " + key));
    panel.appendChild(p);
    if (e) {
      if (e.object !== o) panel.appendChild(el("p", "hint", "inherited from " + D.objects[e.object][0]));
      panel.appendChild(sourceList(e, user));
    }
    var below = v.entries.filter(function (x) { for (var q = D.objects[x.object][1]; q >= 0; q = D.objects[q][1]) if (q === o) return true; return false; });
    if (below.length > 0) {
      panel.appendChild(el("p", "", "More below " + key + ":"));
      var ul = el("ul");
      below.forEach(function (x) { var li = el("li", "", LEVEL_NAMES[x.level] + " on " + D.objects[x.object][0]); li.appendChild(sourceList(x, user)); ul.appendChild(li); });
      panel.appendChild(ul);
    }
  }
  function sourceList(e, user) {
    var ul = el("ul", "sources");
    e.from.forEach(function (g) {
      if (g < 0) { ul.appendChild(el("li", "", "Admin account type: administers every connection")); return; }
      var grant = D.grants[g], li = el("li");
      var via = grant[0].indexOf("team.") === 0 ? "team " + grant[0].slice(5) : "own grant";
      li.appendChild(document.createTextNode(via + ": " + LEVEL_NAMES[grant[2]] + " on " + D.objects[grant[1]][0]));
      if (grant[2] !== e.level) li.appendChild(document.createTextNode(", capped to " + LEVEL_NAMES[e.level] + " by account type " + D.types[user[1]]));
      li.appendChild(el("div", "where", grant[3] + (grant[4] ? " · created " + grant[4] : "")));
      ul.appendChild(li);
    });
    return ul;
  }

  function refresh() { cols = columns(); rows = filtered(); renderHead(); renderRows(); }
  $("grid").addEventListener("scroll", function () { window.requestAnimationFrame(renderRows); }, { passive: true });
  window.addEventListener("resize", renderRows);
  $("head").addEventListener("click", function (event) {
    var c = event.target.closest("[data-col]");
    if (!c || objectFilter) return;
    var o = Number(c.dataset.col);
    if (children[o].length === 0) return;
    if (expanded.has(o)) { (function close(i) { expanded.delete(i); children[i].forEach(close); })(o); } else expanded.add(o);
    cols = columns(); renderHead(); renderRows();
  });
  $("rows").addEventListener("click", function (event) {
    var c = event.target.closest("[data-o]");
    if (!c) return;
    selected = { u: Number(c.dataset.u), o: Number(c.dataset.o) };
    showProvenance(selected.u, selected.o);
    renderRows();
  });
  ["f-user", "f-object"].forEach(function (id) { $(id).addEventListener("input", function () { objectFilter = $("f-object").value.trim().toLowerCase(); refresh(); }); });
  ["f-team", "f-type", "f-level"].forEach(function (id) { $(id).addEventListener("change", refresh); });
  refresh();
  document.body.dataset.ready = "true";
})();
`;
