// Attack (round 52, atk52a): a credential the guard handed a server reaches the client respelled. Round 51
// withholds a server's credential-named environment values (and upstream_auth_token, the secrets file's
// values) from what the server sends the client, but only where the value stands alone, as written or as JSON
// escapes it. An agent with a shell-like tool asks for it another way: `echo -n "$CRM_TOKEN"; echo done` prints
// it glued to the next word, `printenv CRM_TOKEN | base64` prints it base64-encoded, and `| xxd -p` in hex; a
// tool that shows the request it sent writes a passphrase percent-encoded in the URL's query.
// Neither spelling matches the value as given, and a key of the service's own shape matches no detector, so
// all reached the client through the real bridge. Expected: none of them reaches the client; the tool's other
// output does.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorderServerYaml } from "../src/index.js";

const TOKEN = "k7Qw-93xZ-pL02-vT55";
/** A passphrase with characters a URL encodes. */
const PASSPHRASE = "plum@harbour 7+kite";
const log = join(makeGuardedHome().dir, "recorder.log");
// The recorder's entry ends in its env: map, so the credential goes in beside its own variables.
const home = makeGuardedHome(
  recorderServerYaml(
    "shell",
    log,
    undefined,
    [`      CRM_TOKEN: ${JSON.stringify(TOKEN)}`, `      CRM_PASSPHRASE: ${JSON.stringify(PASSPHRASE)}`].join(
      "\n",
    ),
  ),
);
afterAll(() => home.cleanup());

const text = (t: string) => ({ content: [{ type: "text", text: t }] });
const SPELLINGS: Record<string, string> = {
  glued: `${TOKEN}done`,
  base64: `${Buffer.from(`${TOKEN}\n`).toString("base64")}`,
  hex: `${Buffer.from(`${TOKEN}\n`).toString("hex")}`,
  percent: `GET https://crm.example.com/v1/search?q=${encodeURIComponent(PASSPHRASE)}&limit=5`,
};
writeFileSync(
  `${log}.definitions.json`,
  JSON.stringify({
    tools: Object.keys(SPELLINGS).map((name) => ({
      name,
      description: "Runs a shell command.",
      inputSchema: { type: "object", properties: {} },
    })),
    results: Object.fromEntries(
      Object.entries(SPELLINGS).map(([name, spelled]) => [name, text(`$ run\n${spelled}\nexit 0`)]),
    ),
  }),
);

describe("a handed credential respelled by the server's tool", () => {
  it("never reaches the client", async () => {
    const bridge = new RawBridge(home, "shell");
    await bridge.initialize();
    const answers: Record<string, string> = {};
    let id = 0;
    for (const [name, spelled] of Object.entries(SPELLINGS)) {
      bridge.send({ jsonrpc: "2.0", id: ++id, method: "tools/call", params: { name, arguments: {} } });
      const answer = JSON.stringify(await bridge.answerTo(id, 30_000));
      // The call went through: the tool's other output is there.
      expect(answer, name).toContain("exit 0");
      answers[name] = answer.includes(spelled) ? "reached the client" : "withheld";
    }
    bridge.close();
    await bridge.exited;
    expect(answers).toEqual({ glued: "withheld", base64: "withheld", hex: "withheld", percent: "withheld" });
  });
});
