// Attack (round 27, found from outside): what a stdio server writes to stderr reaches the client (the last lines in
// upstream_unavailable's `data.stderr`), `mcp-guard status` (`last_stderr`) and the daemon's log, and is
// redacted first (stderr-scrub.ts; round 27 did the same for an HTTP server's error body). It is redacted one
// line at a time, though, and a credential that spans lines is not found in any one of them: a PEM private key
// (what a server that cannot load its key, or dumps its config on a crash, commonly prints) is the armour line
// and lines of base64, none of which is a secret on its own. The same key in a tool's result is redacted
// whole (control). Proved through the real bridge with a stdio server that prints its key and exits during
// initialize.
import { generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addServers, crashingServerYaml, RawBridge, type GuardedHome } from "../src/index.js";
import { recorderWithResults, type RecorderHome } from "../src/recorder-session.js";

// A real key, made at run time (no scanner reading this file meets one).
const PEM = generateKeyPairSync("ec", { namedCurve: "P-256" })
  .privateKey.export({ type: "pkcs8", format: "pem" })
  .toString();
// The key's body: the base64 lines between the armour, each a piece of the secret.
const BODY_LINES = PEM.split("\n").filter((l) => l.length > 20 && !l.startsWith("-----"));

let home: GuardedHome;
let control: RecorderHome;

beforeAll(() => {
  control = recorderWithResults({ report: { content: [{ type: "text", text: `key:\n${PEM}` }] } });
  // The crashing server is a second entry beside the control's recorder: one daemon for both.
  home = control.home;
  // Reads the client's initialize, then fails the way a server with a bad key file does.
  addServers(
    home,
    crashingServerYaml(
      "crashing",
      home.dir,
      `fatal: cannot use the signing key loaded from SIGNING_KEY:\n${PEM}`,
    ),
  );
});
afterAll(async () => {
  await home?.cleanup();
});

const leaked = (text: string) => BODY_LINES.filter((line) => text.includes(line));

describe("a multi-line private key on a stdio server's stderr", () => {
  it("is redacted in a tool's result (control)", async () => {
    const bridge = new RawBridge(control.home, "recorder");
    await bridge.initialize();
    bridge.send({ jsonrpc: "2.0", id: 2, method: "tools/call", params: { name: "report", arguments: {} } });
    const answer = await bridge.answerTo(2);
    bridge.close();
    await bridge.exited;
    expect(leaked(JSON.stringify(answer))).toEqual([]);
  });

  it("stays out of the guard's upstream_unavailable answer", async () => {
    const bridge = new RawBridge(home, "crashing");
    const answer = await bridge.initialize();
    bridge.close();
    await bridge.exited;
    expect(answer.error, JSON.stringify(answer)).toBeDefined();
    expect(leaked(JSON.stringify(answer)), JSON.stringify(answer)).toEqual([]);
  });

  it("stays out of `status` and the daemon's log", async () => {
    const status = await home.status();
    const daemonLog = readFileSync(join(home.home, "daemon.log"), "utf8");
    expect(leaked(JSON.stringify(status)), JSON.stringify(status)).toEqual([]);
    expect(leaked(daemonLog)).toEqual([]);
  });
});
