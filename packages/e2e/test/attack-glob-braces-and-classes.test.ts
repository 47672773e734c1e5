// Attack: a deny rule written in the glob dialect operators know from editors and build tools, where
// `{pem,key}` is "either" and `[0-9]` one of a class (minimatch, VS Code's files.exclude, bash's brace
// expansion and globs). patterns.ts knows only `*` and `**`: a brace or a bracket is a literal character, so
// `file:///srv/app/**/*.{pem,key}` denies only a file whose name ends in the seven characters ".{pem,key}", and
// `denied_tools: ["{delete,drop}_*"]` only names beginning with "{delete,drop}_". No tool name or file URI a
// server lists holds those, so both rules silently match nothing, while `validate` calls the config valid:
// the user trusts rules that do not exist (the config's promise, as for exact names in
// attack-exact-name-rules: a rule that can match nothing is refused, not accepted). Through the real bridge
// and the recording server, a TLS private key and a drop_table call reach the server. Fixed behaviour: either
// the dialect's braces and classes are read as such (both requests refused), or a rule holding them is
// refused by `validate`, at start and on reload, naming the rule (then the session cannot open and nothing
// reaches the server); this test holds in both cases.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml } from "../src/index.js";

const log = join(makeGuardedHome().dir, "recorder.log");
const policy = [
  "    policy:",
  "      permissions:",
  '        denied_tools: ["{delete,drop}_*"]',
  '        denied_resources: ["file:///srv/app/**/*.{pem,key}", "file:///srv/app/backup-[0-9]*.sql"]',
].join("\n");
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, policy));
afterAll(() => home.cleanup());

const KEY = "file:///srv/app/certs/server.key";
const DUMP = "file:///srv/app/backup-2026-11-27.sql";
writeFileSync(
  `${log}.definitions.json`,
  JSON.stringify({
    tools: ["query", "drop_table"].map((name) => ({
      name,
      description: `Runs ${name}.`,
      inputSchema: { type: "object" },
    })),
    resources: [
      { uri: KEY, name: "server.key", mimeType: "application/x-pem-file" },
      { uri: DUMP, name: "nightly dump", mimeType: "application/sql" },
    ],
  }),
);

/** The session's requests, sent only when the daemon took the config (a refused config ends the bridge). */
async function trySession(): Promise<void> {
  const bridge = new RawBridge(home, "recorder");
  try {
    await bridge.initialize();
    const asks: Array<[string, object]> = [
      ["resources/read", { uri: KEY }],
      ["resources/read", { uri: DUMP }],
      ["tools/call", { name: "drop_table", arguments: { table: "customers" } }],
    ];
    for (const [i, [method, params]] of asks.entries()) {
      bridge.send({ jsonrpc: "2.0", id: i + 1, method, params });
      await bridge.answerTo(i + 1, 30_000);
    }
  } catch (err) {
    if (!String(err).includes("no output from the bridge")) throw err;
  } finally {
    bridge.close();
    await bridge.exited;
  }
}

describe("a deny rule with glob braces or a character class", () => {
  it("denies what the braces and the class name, or is refused as a rule that matches nothing", async () => {
    await trySession();
    const reached = recorded(log)
      .filter((m): m is Record<string, unknown> => typeof m === "object")
      .map((m) => ({ method: m.method, params: m.params as Record<string, unknown> | undefined }))
      .filter((m) => m.method === "resources/read" || m.method === "tools/call")
      .map((m) => String(m.params?.uri ?? m.params?.name));
    expect(reached).toEqual([]);
  });
});
