// The page's side of the login, part of the page's script: it trades the link's one-time code for a session
// secret, keeps it in sessionStorage (this origin's, port included, and this tab's) and sends it in a header
// with every request. Never a cookie: a browser sends a host's cookies to all of its ports, so another web
// server on 127.0.0.1 would receive them (attack-dashboard-cookie-ports.test.ts). The live audit stream is
// read with fetch for the same reason: EventSource cannot send a header.
export const SESSION_SCRIPT = `
const SESSION_KEY = "mcpg_session";
const auth = () => ({ authorization: "Bearer " + sessionStorage.getItem(SESSION_KEY) });
let refreshTimer;
/** This tab's session secret: from the login link's code when the page was opened by it, else kept. */
async function signIn() {
  if (location.pathname !== "/login") { const kept = sessionStorage.getItem(SESSION_KEY); if (!kept) signedOut(); return kept; }
  const code = new URLSearchParams(location.search).get("code") || "";
  history.replaceState(null, "", "/"); // a reload keeps the session, not the spent code
  const r = await fetch("/login", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ code }) });
  const body = await r.json();
  if (!r.ok) { signedOut(body.error); return null; }
  sessionStorage.setItem(SESSION_KEY, body.session);
  return body.session;
}
/** The session is gone (a restarted daemon keeps none) or never was: say how to get one, and stop asking. */
function signedOut(why) {
  clearInterval(refreshTimer);
  $("daemon").textContent = why || "Not logged in: run mcp-guard dashboard for a login link (one per tab).";
  $("daemon").className = "block";
}
async function authorized(request) {
  const r = await request;
  if (r.status === 401) { signedOut(); throw new Error("not logged in"); }
  return r;
}
const get = (url) => authorized(fetch(url, { headers: auth() })).then((r) => r.json());
const post = (url, body) => authorized(fetch(url, { method: "POST", headers: { ...auth(), "content-type": "application/json" }, body: JSON.stringify(body || {}) }));
/** Server-sent events from /api/events, each handed to onEvent; reconnects as EventSource would. */
async function follow(onEvent, onFirstConnected) {
  for (let first = true; ; first = false) {
    try {
      const r = await authorized(fetch("/api/events", { headers: auth() }));
      if (first) onFirstConnected();
      const reader = r.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        const messages = (buffer + chunk.value).split("\\n\\n");
        buffer = messages.pop();
        for (const m of messages) for (const line of m.split("\\n")) if (line.startsWith("data: ")) onEvent(JSON.parse(line.slice(6)));
      }
    } catch (err) {
      if (err.message === "not logged in") return;
    }
    await new Promise((resolve) => setTimeout(resolve, 3000));
  }
}
`;
