// The dashboard page: one self-contained document (no CDN, no build step); data comes from /api/*, asked
// for with the session secret the page's login gave it.
import { SESSION_SCRIPT } from "./page-session.js";

export const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>mcp-guard</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:0;color:#1b1f24;background:#f6f7f9}
header{background:#1b1f24;color:#fff;padding:10px 16px;display:flex;gap:16px;align-items:center}
header h1{font-size:16px;margin:0 12px 0 0}
nav button{background:none;border:0;color:#c9d1d9;font:inherit;padding:6px 10px;cursor:pointer;border-radius:4px}
nav button.on{background:#30363d;color:#fff}
main{padding:16px}
section{display:none}section.on{display:block}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #e4e7eb;vertical-align:top}
th{font-weight:600;background:#eef0f3}
.allow{color:#1a7f37}.block{color:#cf222e;font-weight:600}.modify{color:#9a6700}.error{color:#6e7781}
pre{background:#fff;border:1px solid #e4e7eb;padding:8px;overflow:auto;max-height:320px}
.add{color:#1a7f37}.del{color:#cf222e}
button.act{padding:3px 10px;margin-right:4px;cursor:pointer}
.muted{color:#6e7781}
.count{font-size:12px;color:#8b949e}.count:empty{display:none}
.swatch{display:inline-block;width:10px;height:10px;margin:0 4px 0 12px;vertical-align:middle}
svg text{font:10px system-ui,sans-serif;fill:#57606a}
</style></head>
<body>
<header><h1>mcp-guard</h1><nav>
<button data-tab="overview" class="on">Overview</button><button data-tab="live">Live <span class="count" id="n-live"></span></button>
<button data-tab="approvals">Approvals <span class="count" id="n-approvals"></span></button><button data-tab="pins">Tool pins <span class="count" id="n-pins"></span></button><button data-tab="blocked">Blocked <span class="count" id="n-blocked"></span></button>
</nav><span id="daemon" class="muted"></span></header>
<main>
<section id="overview" class="on">
<h2>Decisions per minute, last hour</h2><svg id="chart" viewBox="0 0 660 170" width="100%" role="img" aria-label="decisions per minute over the last hour"></svg>
<p id="legend" class="muted"></p>
<h2>Servers</h2><table><thead><tr><th>server</th><th>transport</th><th>sessions</th><th>problem</th></tr></thead><tbody id="servers"></tbody></table>
<h2>Live sessions</h2><table><thead><tr><th>session</th><th>server</th><th>identity</th><th>since</th><th>in flight</th></tr></thead><tbody id="sessions"></tbody></table>
</section>
<section id="live">
<p>server <input id="f-server" size="12"> decision <select id="f-decision"><option value="">any</option><option>allow</option><option>modify</option><option>block</option><option>error</option></select> <span class="muted">click a row for its trace</span></p>
<table><thead><tr><th>time</th><th>decision</th><th>server</th><th>dir</th><th>method</th><th>target</th><th>identity</th><th>reason</th></tr></thead><tbody id="events"></tbody></table>
<pre id="trace" hidden></pre>
</section>
<section id="approvals"><table><thead><tr><th>id</th><th>server</th><th>tool or definition</th><th>arguments</th><th>amount</th><th>identity</th><th>why</th><th>expires / seen</th><th></th></tr></thead><tbody id="approval-rows"></tbody></table><p id="approvals-empty" class="muted"></p></section>
<section id="pins"><div id="pin-list"></div></section>
<section id="blocked"><table><thead><tr><th>time</th><th>server</th><th>method</th><th>target</th><th>reason</th><th>findings</th></tr></thead><tbody id="blocked-rows"></tbody></table></section>
</main>
<script>
const $ = (id) => document.getElementById(id);
${SESSION_SCRIPT}// What a person decides on is written by the party asking (the agent's arguments, the server's definitions):
// characters that reorder or hide text (bidirectional controls, C1 controls, separators, zero-width, fillers,
// variation selectors, tags; the CLI's printable.ts) are shown as escapes, so the person reads what will run.
const HIDING = /[\\u0080-\\u009f\\u00ad\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180b-\\u180f\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2069\\u3164\\ufe00-\\ufe0f\\ufeff\\uffa0]|[\\u{e0000}-\\u{e007f}\\u{e0100}-\\u{e01ef}]|\\p{Cs}/gu;
function shown(text) { return String(text).replace(HIDING, (c) => Array.from({ length: c.length }, (_, i) => "\\\\u" + c.charCodeAt(i).toString(16).padStart(4, "0")).join("")); }
// A peer's text in a one-line cell (an OAuth subject, a tool name, a target): its C0 controls too, so an ESC or
// line end from a token's subject is seen as what it is, as the CLI's terminalField shows it.
const CONTROLS = /[\\u0000-\\u001f\\u007f]/g;
function field(text) { return text == null ? "" : shown(text).replace(CONTROLS, (c) => "\\\\u" + c.charCodeAt(0).toString(16).padStart(4, "0")); }
function cell(tr, text, cls) { const td = document.createElement("td"); td.textContent = text == null ? "" : String(text); if (cls) td.className = cls; tr.appendChild(td); return td; }
// 24-hour time with the date, whatever the browser's locale: audit times are compared, not admired.
function time(ms) { const d = new Date(ms); const p = (n) => String(n).padStart(2, "0");
  return d.getFullYear() + "-" + p(d.getMonth() + 1) + "-" + p(d.getDate()) + " " + p(d.getHours()) + ":" + p(d.getMinutes()) + ":" + p(d.getSeconds()); }
function hhmm(ms) { return time(ms).slice(11, 16); }
const SVG = "http://www.w3.org/2000/svg";
function svgEl(name, attrs, text) { const e = document.createElementNS(SVG, name); for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v); if (text != null) e.textContent = text; return e; }
function findings(trace) { return trace.flatMap((t) => t.findings || []).join("; "); }
document.querySelectorAll("nav button").forEach((b) => b.onclick = () => {
  document.querySelectorAll("nav button, section").forEach((e) => e.classList.remove("on"));
  b.classList.add("on"); $(b.dataset.tab).classList.add("on"); refresh();
});
async function overview() {
  const s = await get("/api/status");
  $("daemon").textContent = "pid " + s.pid + " · " + s.config + (s.config_error ? " · last edit NOT applied" : "");
  const servers = $("servers"); servers.replaceChildren();
  for (const [name, v] of Object.entries(s.servers)) { const tr = servers.insertRow(); cell(tr, name); cell(tr, v.transport); cell(tr, v.sessions); const problem = v.disabled || v.last_error || ""; cell(tr, problem, problem ? "block" : ""); }
  const sessions = $("sessions"); sessions.replaceChildren();
  for (const x of s.sessions) { const tr = sessions.insertRow(); cell(tr, x.id.slice(0, 8)); cell(tr, field(x.server)); cell(tr, field(x.identity)); cell(tr, time(Date.parse(x.started_at))); cell(tr, x.pending_requests); }
  chart(await get("/api/stats"));
}
const COLORS = { allow: "#2da44e", modify: "#bf8700", error: "#8c959f", block: "#cf222e" };
/** Stacked bars per minute with a y axis (decisions), an x axis (time) and a legend. */
function chart(stats) {
  const svg = $("chart"); svg.replaceChildren();
  const left = 44, top = 8, width = 600, height = 130;
  const minutes = new Map(); for (const r of stats) { const m = minutes.get(r.minute) || {}; m[r.decision] = r.n; minutes.set(r.minute, m); }
  const max = Math.max(1, ...[...minutes.values()].map((m) => Object.values(m).reduce((a, b) => a + b, 0)));
  const now = Math.floor(Date.now() / 60000);
  svg.appendChild(svgEl("line", { x1: left, y1: top, x2: left, y2: top + height, stroke: "#8c959f" }));
  svg.appendChild(svgEl("line", { x1: left, y1: top + height, x2: left + width, y2: top + height, stroke: "#8c959f" }));
  for (const v of [0, Math.ceil(max / 2), max]) { const y = top + height - (v / max) * height;
    svg.appendChild(svgEl("text", { x: left - 6, y: y + 3, "text-anchor": "end" }, String(v))); }
  svg.appendChild(svgEl("text", { x: 10, y: top + height / 2, transform: "rotate(-90 10 " + (top + height / 2) + ")", "text-anchor": "middle" }, "decisions"));
  for (let i = 0; i <= 60; i += 15) { const x = left + (i * width) / 60;
    svg.appendChild(svgEl("line", { x1: x, y1: top + height, x2: x, y2: top + height + 4, stroke: "#8c959f" }));
    svg.appendChild(svgEl("text", { x, y: top + height + 16, "text-anchor": "middle", "data-testid": "x-label" }, hhmm((now - 60 + i + 1) * 60000))); }
  for (let i = 0; i < 60; i++) { const m = minutes.get(now - 59 + i) || {}; let y = top + height;
    for (const d of ["allow", "modify", "error", "block"]) { const h = ((m[d] || 0) / max) * height; if (!h) continue; y -= h;
      const r = svgEl("rect", { x: left + (i * width) / 60 + 1, y, width: width / 60 - 2, height: h, fill: COLORS[d] });
      r.appendChild(svgEl("title", {}, hhmm((now - 59 + i) * 60000) + " " + d + ": " + m[d])); svg.appendChild(r); } }
  const legend = $("legend"); legend.replaceChildren();
  for (const [d, c] of Object.entries(COLORS)) { const s = document.createElement("span"); s.className = "swatch"; s.style.background = c; legend.appendChild(s); legend.appendChild(document.createTextNode(d)); }
}
function addEvent(e) {
  if ($("f-server").value && e.server !== $("f-server").value) return;
  if ($("f-decision").value && e.decision !== $("f-decision").value) return;
  const tr = document.createElement("tr"); tr.dataset.testid = "event";
  cell(tr, time(e.ts)); cell(tr, e.decision, e.decision); cell(tr, field(e.server)); cell(tr, e.direction === "to_server" ? "→" : "←"); cell(tr, field(e.method)); cell(tr, field(e.target)); cell(tr, field(e.identity)); cell(tr, field(e.reason));
  tr.onclick = () => { $("trace").hidden = false; $("trace").textContent = JSON.stringify(e.trace, null, 2); };
  $("events").prepend(tr); while ($("events").rows.length > 500) $("events").deleteRow(-1);
}
function button(label, action, onclick) { const b = document.createElement("button"); b.className = "act"; b.textContent = label; b.dataset.action = action; b.onclick = onclick; return b; }
async function approvals() {
  const [rows, changes] = await Promise.all([get("/api/approvals"), get("/api/pins")]);
  const body = $("approval-rows"); body.replaceChildren();
  $("approvals-empty").textContent = rows.length + changes.length ? "" : "Nothing is waiting for a decision.";
  for (const a of rows) { const tr = body.insertRow(); tr.dataset.id = a.id; cell(tr, a.id); cell(tr, field(a.server)); cell(tr, field(a.tool)); cell(tr, shown(a.arguments), "args"); cell(tr, a.amount == null ? "" : a.amount + " " + field(a.currency)); cell(tr, field(a.identity)); cell(tr, field(a.why)); cell(tr, time(a.expires_at));
    const td = cell(tr, ""); for (const d of ["approve", "deny"]) td.appendChild(button(d === "approve" ? "Approve" : "Deny", d, async () => { await post("/api/approvals/" + a.id + "/" + d); approvals(); })); }
  // Changed or new definitions wait for a person too; their diff is under Tool pins.
  for (const c of changes) { const tr = body.insertRow(); tr.dataset.change = c.server + "/" + c.kind + "/" + c.name; cell(tr, "definition"); cell(tr, c.server); cell(tr, shown(c.kind + " " + (c.name || "(instructions)"))); cell(tr, ""); cell(tr, ""); cell(tr, ""); cell(tr, "definition changed (diff under Tool pins)"); cell(tr, time(c.seen_at));
    cell(tr, "").appendChild(button("Approve", "approve", async () => { await post("/api/pins/approve", { server: c.server, kind: c.kind, name: c.id }); approvals(); })); }
  counts();
}
/** Each tab says how much is in it, whichever tab is open. */
async function counts() {
  const [rows, changes, blockedRows] = await Promise.all([get("/api/approvals"), get("/api/pins"), get("/api/audit?decision=block&limit=200")]);
  const show = (id, n, more) => { $(id).textContent = n ? "(" + n + (more ? "+" : "") + ")" : ""; };
  show("n-approvals", rows.length + changes.length); show("n-pins", changes.length);
  show("n-blocked", blockedRows.rows.length, blockedRows.rows.length >= 200); show("n-live", $("events").rows.length, $("events").rows.length >= 500);
}
async function pins() {
  const changes = await get("/api/pins"); const list = $("pin-list"); list.replaceChildren();
  if (!changes.length) { list.textContent = "No pending tool definition changes."; return; }
  for (const c of changes) { const h = document.createElement("h3"); h.textContent = field(c.server + " · " + c.kind + " " + (c.name || "(instructions)")); list.appendChild(h);
    const pre = document.createElement("pre"); for (const l of c.diff) { const s = document.createElement("span"); s.textContent = shown(l) + "\\n"; if (l.startsWith("+")) s.className = "add"; if (l.startsWith("-")) s.className = "del"; pre.appendChild(s); } list.appendChild(pre);
    const b = document.createElement("button"); b.className = "act"; b.textContent = "Approve this definition"; b.onclick = async () => { await post("/api/pins/approve", { server: c.server, kind: c.kind, name: c.id }); pins(); }; list.appendChild(b); }
}
async function blocked() {
  const { rows } = await get("/api/audit?decision=block&limit=200"); const body = $("blocked-rows"); body.replaceChildren();
  for (const e of rows) { const tr = body.insertRow(); cell(tr, time(e.ts)); cell(tr, field(e.server)); cell(tr, field(e.method)); cell(tr, field(e.target)); cell(tr, field(e.reason), "block"); cell(tr, field(findings(e.trace))); }
}
function refresh() { const tab = document.querySelector("nav button.on").dataset.tab; if (tab === "overview") overview(); if (tab === "approvals") approvals(); if (tab === "pins") pins(); if (tab === "blocked") blocked(); if (tab !== "approvals") counts(); }
signIn().then((session) => {
  if (!session) return;
  // The backlog is read once the stream is connected, so an event in between is not missed.
  follow(addEvent, () => get("/api/audit?limit=100").then(({ rows }) => rows.reverse().forEach(addEvent)));
  refresh(); refreshTimer = setInterval(refresh, 2000);
});
</script></body></html>`;
