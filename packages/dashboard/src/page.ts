// The dashboard page: one self-contained document (no CDN, no build step); data comes from /api/*.
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
</style></head>
<body>
<header><h1>mcp-guard</h1><nav>
<button data-tab="overview" class="on">Overview</button><button data-tab="live">Live</button>
<button data-tab="approvals">Approvals</button><button data-tab="pins">Tool pins</button><button data-tab="blocked">Blocked</button>
</nav><span id="daemon" class="muted"></span></header>
<main>
<section id="overview" class="on">
<h2>Decisions in the last hour</h2><svg id="chart" width="100%" height="140" role="img" aria-label="decisions per minute"></svg>
<h2>Servers</h2><table><thead><tr><th>server</th><th>transport</th><th>sessions</th><th>problem</th></tr></thead><tbody id="servers"></tbody></table>
<h2>Live sessions</h2><table><thead><tr><th>session</th><th>server</th><th>identity</th><th>since</th><th>in flight</th></tr></thead><tbody id="sessions"></tbody></table>
</section>
<section id="live">
<p>server <input id="f-server" size="12"> decision <select id="f-decision"><option value="">any</option><option>allow</option><option>modify</option><option>block</option><option>error</option></select> <span class="muted">click a row for its trace</span></p>
<table><thead><tr><th>time</th><th>decision</th><th>server</th><th>dir</th><th>method</th><th>target</th><th>identity</th><th>reason</th></tr></thead><tbody id="events"></tbody></table>
<pre id="trace" hidden></pre>
</section>
<section id="approvals"><table><thead><tr><th>id</th><th>server</th><th>tool</th><th>amount</th><th>identity</th><th>why</th><th>expires</th><th></th></tr></thead><tbody id="approval-rows"></tbody></table><p id="approvals-empty" class="muted"></p></section>
<section id="pins"><div id="pin-list"></div></section>
<section id="blocked"><table><thead><tr><th>time</th><th>server</th><th>method</th><th>target</th><th>reason</th><th>findings</th></tr></thead><tbody id="blocked-rows"></tbody></table></section>
</main>
<script>
const $ = (id) => document.getElementById(id);
const get = (url) => fetch(url, { credentials: "same-origin" }).then((r) => r.json());
const post = (url, body) => fetch(url, { method: "POST", credentials: "same-origin", headers: { "content-type": "application/json" }, body: JSON.stringify(body || {}) });
function cell(tr, text, cls) { const td = document.createElement("td"); td.textContent = text == null ? "" : String(text); if (cls) td.className = cls; tr.appendChild(td); return td; }
function time(ms) { return new Date(ms).toLocaleTimeString(); }
function findings(trace) { try { return JSON.parse(trace).flatMap((t) => t.findings || []).join("; "); } catch { return ""; } }
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
  for (const x of s.sessions) { const tr = sessions.insertRow(); cell(tr, x.id.slice(0, 8)); cell(tr, x.server); cell(tr, x.identity); cell(tr, new Date(x.started_at).toLocaleTimeString()); cell(tr, x.pending_requests); }
  const stats = await get("/api/stats"); const svg = $("chart"); svg.replaceChildren();
  const minutes = new Map(); for (const r of stats) { const m = minutes.get(r.minute) || {}; m[r.decision] = r.n; minutes.set(r.minute, m); }
  const max = Math.max(1, ...[...minutes.values()].map((m) => Object.values(m).reduce((a, b) => a + b, 0)));
  const now = Math.floor(Date.now() / 60000); const colors = { allow: "#2da44e", modify: "#bf8700", block: "#cf222e", error: "#8c959f" };
  for (let i = 0; i < 60; i++) { const m = minutes.get(now - 59 + i) || {}; let y = 130;
    for (const d of ["allow", "modify", "error", "block"]) { const h = ((m[d] || 0) / max) * 120; if (!h) continue; y -= h;
      const r = document.createElementNS("http://www.w3.org/2000/svg", "rect"); r.setAttribute("x", (i * 100 / 60) + "%"); r.setAttribute("y", y); r.setAttribute("width", "1.4%"); r.setAttribute("height", h); r.setAttribute("fill", colors[d]);
      const t = document.createElementNS("http://www.w3.org/2000/svg", "title"); t.textContent = d + ": " + m[d]; r.appendChild(t); svg.appendChild(r); } }
}
function addEvent(e) {
  if ($("f-server").value && e.server !== $("f-server").value) return;
  if ($("f-decision").value && e.decision !== $("f-decision").value) return;
  const tr = document.createElement("tr"); tr.dataset.testid = "event";
  cell(tr, time(e.ts)); cell(tr, e.decision, e.decision); cell(tr, e.server); cell(tr, e.direction === "to_server" ? "→" : "←"); cell(tr, e.method); cell(tr, e.target); cell(tr, e.identity); cell(tr, e.reason);
  tr.onclick = () => { $("trace").hidden = false; $("trace").textContent = JSON.stringify(JSON.parse(e.trace), null, 2); };
  $("events").prepend(tr); while ($("events").rows.length > 500) $("events").deleteRow(-1);
}
async function approvals() {
  const rows = await get("/api/approvals"); const body = $("approval-rows"); body.replaceChildren();
  $("approvals-empty").textContent = rows.length ? "" : "Nothing is waiting for a decision.";
  for (const a of rows) { const tr = body.insertRow(); tr.dataset.id = a.id; cell(tr, a.id); cell(tr, a.server); cell(tr, a.tool); cell(tr, a.amount == null ? "" : a.amount + " " + a.currency); cell(tr, a.identity); cell(tr, a.why); cell(tr, new Date(a.expires_at).toLocaleTimeString());
    const td = cell(tr, ""); for (const d of ["approve", "deny"]) { const b = document.createElement("button"); b.className = "act"; b.textContent = d === "approve" ? "Approve" : "Deny"; b.dataset.action = d;
      b.onclick = async () => { await post("/api/approvals/" + a.id + "/" + d); approvals(); }; td.appendChild(b); } }
}
async function pins() {
  const changes = await get("/api/pins"); const list = $("pin-list"); list.replaceChildren();
  if (!changes.length) { list.textContent = "No pending tool definition changes."; return; }
  for (const c of changes) { const h = document.createElement("h3"); h.textContent = c.server + " · " + c.kind + " " + (c.name || "(instructions)"); list.appendChild(h);
    const pre = document.createElement("pre"); for (const l of c.diff) { const s = document.createElement("span"); s.textContent = l + "\\n"; if (l.startsWith("+")) s.className = "add"; if (l.startsWith("-")) s.className = "del"; pre.appendChild(s); } list.appendChild(pre);
    const b = document.createElement("button"); b.className = "act"; b.textContent = "Approve this definition"; b.onclick = async () => { await post("/api/pins/approve", { server: c.server, kind: c.kind, name: c.name }); pins(); }; list.appendChild(b); }
}
async function blocked() {
  const { rows } = await get("/api/audit?decision=block&limit=200"); const body = $("blocked-rows"); body.replaceChildren();
  for (const e of rows) { const tr = body.insertRow(); cell(tr, time(e.ts)); cell(tr, e.server); cell(tr, e.method); cell(tr, e.target); cell(tr, e.reason, "block"); cell(tr, findings(e.trace)); }
}
function refresh() { const tab = document.querySelector("nav button.on").dataset.tab; if (tab === "overview") overview(); if (tab === "approvals") approvals(); if (tab === "pins") pins(); if (tab === "blocked") blocked(); }
get("/api/audit?limit=100").then(({ rows }) => rows.reverse().forEach(addEvent));
new EventSource("/api/events").onmessage = (m) => addEvent(JSON.parse(m.data));
refresh(); setInterval(refresh, 2000);
</script></body></html>`;
