// Attack (round 34): `mcp-guard dashboard --open` hands its one-time login link to the browser on a command
// line (`xdg-open http://127.0.0.1:<port>/login?code=…`, and the browser it starts keeps it in its own), and
// any local user reads every process's command line in /proc. Another user who watches for it posts the
// code to /login before the person's page does, and gets a dashboard session of 12 hours: the audit, the
// held calls' arguments, and the Approve endpoint, for an account the daemon's socket would never serve.
// What a user expects: the dashboard's login belongs to their account; a link they open is not handed to
// anyone who can list processes. Runs as root only (the only way a test can be another user); the browser is
// a stand-in `xdg-open` that takes two seconds to load the page, as a browser starting up does.
// Now: the browser is handed an owner-only page in the guard's home that sends it on (open-browser.ts).
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, runCli, type GuardedHome } from "../src/index.js";

const OTHER_UID = 65534;
const asRoot = process.getuid?.() === 0 && process.platform === "linux";

const homes: GuardedHome[] = [];
let watcher: ChildProcess | undefined;
afterAll(async () => {
  watcher?.kill();
  await Promise.all(homes.map((home) => home.cleanup()));
});

/** Another user: watches every command line for a login link, then logs in with it and tries the API. */
const WATCHER = `
const fs = require("node:fs");
const deadline = Date.now() + 20000;
process.stdout.write("watching\\n");
(async function poll() {
  while (Date.now() < deadline) {
    for (const pid of fs.readdirSync("/proc").filter((p) => /^\\d+$/.test(p))) {
      let cmdline = "";
      try { cmdline = fs.readFileSync("/proc/" + pid + "/cmdline", "utf8"); } catch { continue; }
      const m = /(http:\\/\\/127\\.0\\.0\\.1:\\d+)\\/login\\?code=([0-9a-f]+)/.exec(cmdline);
      if (!m) continue;
      const login = await fetch(m[1] + "/login", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ code: m[2] }),
      });
      const session = login.ok ? (await login.json()).session : undefined;
      const headers = session ? { authorization: "Bearer " + session } : {};
      const audit = await fetch(m[1] + "/api/audit", { headers });
      const approve = await fetch(m[1] + "/api/approvals/c0123456789a/approve", { method: "POST", headers });
      process.stdout.write(JSON.stringify({ saw: true, login: login.status, audit: audit.status, approve: approve.status }) + "\\n");
      return;
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  process.stdout.write(JSON.stringify({ saw: false }) + "\\n");
})();
`;

describe.runIf(asRoot)("the dashboard's login link and another local user (runs as root only)", () => {
  it("another user cannot log in to the dashboard with the link --open hands to the browser", async () => {
    const home = makeGuardedHome();
    homes.push(home);
    // The browser: it takes a while to start and load the page, which would then post the code.
    const bin = join(home.dir, "bin");
    mkdirSync(bin);
    const handed = join(home.dir, "handed-to-browser");
    writeFileSync(join(bin, "xdg-open"), `#!/bin/sh\nprintf %s "$1" > ${handed}\nsleep 2\n`);
    chmodSync(bin, 0o755);
    chmodSync(join(bin, "xdg-open"), 0o755);
    expect((await home.cli(["start", "-d"])).code).toBe(0);

    let output = "";
    watcher = spawn(process.execPath, ["-e", WATCHER], {
      uid: OTHER_UID,
      gid: OTHER_UID,
      stdio: ["ignore", "pipe", "inherit"],
    });
    const done = new Promise<void>((resolve) => watcher?.on("close", () => resolve()));
    watcher.stdout?.setEncoding("utf8").on("data", (t: string) => (output += t));
    while (!output.includes("watching")) await new Promise((r) => setTimeout(r, 20));

    const opened = await runCli(["dashboard", "--open"], { ...home.env, PATH: `${bin}:${home.env.PATH}` });
    expect(opened.code).toBe(0);
    await done;
    const result = JSON.parse(output.split("\n").filter(Boolean).pop() ?? "{}") as Record<string, unknown>;
    // Whatever the other user saw, it got no session: no 200 from /login, and the API still asks for one.
    // The browser got an owner-only page that sends it on to the link, and the link works from it.
    const page = readFileSync(handed, "utf8");
    expect(page.startsWith(home.dir)).toBe(true);
    expect(statSync(page).mode & 0o777).toBe(0o600);
    expect(readFileSync(page, "utf8")).toMatch(
      /location\.replace\("http:\/\/127\.0\.0\.1:\d+\/login\?code=[0-9a-f]+"\)/,
    );
    expect({ login: result.login === 200, audit: result.audit, approve: result.approve }).toEqual({
      login: false,
      audit: result.saw ? 401 : undefined,
      approve: result.saw ? 401 : undefined,
    });
  });
});
