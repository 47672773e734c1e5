// Attack (round 28, found from outside): round 27 withholds a PEM private key on a stdio server's stderr from its BEGIN line to its
// END line (stderr-scrub.ts, StderrScrub), since no body line of a key is found alone. But each stderr line is
// cut to 4,096 characters *before* it is scrubbed (stdio-upstream.ts: `scrub.line(line.slice(0, 4096))`), so
// an armour line that comes after 4,096 characters of a log line (a long message, a dumped config, a stack
// with the key at its end) is cut away unseen: the guard never knows a key began, and the base64 lines that
// follow are redacted one at a time, which finds nothing. The key's body reaches the client in
// upstream_unavailable's data.stderr, `mcp-guard status` and the daemon's log. The same key with its armour at
// the start of its line is withheld (attack-stderr-multiline-key.test.ts: the control).
// The same cut-then-scrub order leaves the beginning of an ordinary token across the cut in the daemon's log
// (round 27's review fixed exactly this for an HTTP server's error text, scrubServerText; stderr kept it).
// Round 52: the key cases above pass even with the cut put back before the scrub (the key's bare base64 body
// lines are withheld without their armour), so the order is proven by a key whose BEGIN armour straddles the
// cut and whose every line carries a logger's prefix: cut first, the armour is never seen and the prefixed
// body lines, no bare base64, reach the client, `status` and the log.
import { generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addServers,
  crashingServerYaml,
  makeGuardedHome,
  RawBridge,
  type GuardedHome,
} from "../src/index.js";

const PEM = generateKeyPairSync("ec", { namedCurve: "P-256" })
  .privateKey.export({ type: "pkcs8", format: "pem" })
  .toString();
const BODY_LINES = PEM.split("\n").filter((l) => l.length > 20 && !l.startsWith("-----"));

// Built at run time so that no scanner reading this file meets a whole token.
const TOKEN = `ghp_${"Q8wLm2Xv4Tz8Wb3Nc6Hd1Yf5Gj0Ps2Qa7Rk9"}`;

const PREFIX = "[signer] ";
const PREFIXED_PEM = PEM.trimEnd()
  .split("\n")
  .map((line) => `${PREFIX}${line}`)
  .join("\n");
// "-----BEGIN PRIVATE KEY-----" starts 9 characters before the cut and ends past it.
const STRADDLING_HEAD = `${PREFIX}fatal: ${"n".repeat(4096 - 9 - PREFIX.length - "fatal:  key=".length)} key=`;

// One daemon for every server: each case reads what its own server's stderr left in the answer and the log.
let home: GuardedHome;

beforeAll(() => {
  // A config dump on one long line, with the key last: its armour starts past character 4,096.
  const dump = `fatal: config=${JSON.stringify({ region: "eu-west-1", notes: "n".repeat(4200) })}`;
  home = makeGuardedHome();
  addServers(
    home,
    crashingServerYaml("crashing", home.dir, `${dump} signing_key=${PEM}`),
    // A token whose first 20 characters fall before the 4,096th of its line.
    crashingServerYaml("cutting", home.dir, `${"x".repeat(4096 - 21)} ${TOKEN} rejected by the API\n`),
    // A logger that prefixes every line, and a key whose BEGIN armour straddles the 4,096th character: cut
    // first, the armour is never seen whole, and the prefixed body lines are no bare base64 either.
    crashingServerYaml("prefixed", home.dir, `${STRADDLING_HEAD}${PREFIXED_PEM.slice(PREFIX.length)}\n`),
  );
});
afterAll(async () => {
  await home?.cleanup();
});

const leaked = (text: string) => BODY_LINES.filter((line) => text.includes(line));

describe("a private key whose armour line starts past a stderr line's cut", () => {
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

describe("a token across a stderr line's 4,096-character cut", () => {
  it("leaves nothing of itself in the daemon's log", async () => {
    const bridge = new RawBridge(home, "cutting");
    const answer = await bridge.initialize();
    bridge.close();
    await bridge.exited;
    expect(answer.error, JSON.stringify(answer)).toBeDefined();
    const daemonLog = readFileSync(join(home.home, "daemon.log"), "utf8");
    expect(daemonLog).toContain("x".repeat(100)); // the line was logged
    expect(daemonLog).not.toContain(TOKEN.slice(0, 12));
  });
});

describe("a private key whose armour straddles a stderr line's cut, each line prefixed", () => {
  it("stays out of the guard's upstream_unavailable answer, `status` and the daemon's log", async () => {
    expect(STRADDLING_HEAD.length).toBe(4096 - 9);
    const bridge = new RawBridge(home, "prefixed");
    const answer = await bridge.initialize();
    bridge.close();
    await bridge.exited;
    expect(answer.error, JSON.stringify(answer)).toBeDefined();
    expect(leaked(JSON.stringify(answer)), JSON.stringify(answer)).toEqual([]);
    expect(JSON.stringify(answer)).toContain("[REDACTED:private_key]"); // its stderr is in the answer
    const status = await home.status();
    expect(leaked(JSON.stringify(status)), JSON.stringify(status)).toEqual([]);
    const daemonLog = readFileSync(join(home.home, "daemon.log"), "utf8");
    expect(leaked(daemonLog)).toEqual([]);
  });
});
