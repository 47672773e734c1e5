// Attack (round 16): an e-mail address cut by a line break beside its "@" ("john.doe@⏎example.com",
// "john.doe⏎@example.com"), as a wrapped line or a sender who wants it past a filter writes it: a reader joins
// the lines at once, but the address needed its "@" between two characters of it, and only a blank beside
// the "@" was read across (email.ts). Through the real bridge and the recording server, with e-mail blocked
// towards the server and redacted towards the client, before the fix 3 of 3 reached the server and a result
// holding one reached the client whole. Code whose line starts with a decorator still passes.
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { echoOutcomes, makeGuardedHome, recorderServerYaml, resultTexts } from "../src/index.js";

const CUT = [
  { note: "write to john.doe@\nexample.com about it" },
  { note: "write to john.doe\n@example.com about it" },
  { note: "contact: jane_smith@\r\n    yahoo.co.uk" },
];
const ORDINARY = [
  { note: "    return self.value\n\n@property\ndef name(self):" },
  { note: "app = Flask(__name__)\n@app.route('/health')" },
];

const log = join(makeGuardedHome().dir, "recorder.log");
writeFileSync(
  `${log}.definitions.json`,
  JSON.stringify({
    tools: ["echo", "contacts"].map((name) => ({
      name,
      description: "A tool.",
      inputSchema: { type: "object" },
    })),
    results: { contacts: { content: [{ type: "text", text: "Owner: maria.garcia\n@example.org" }] } },
  }),
);
// E-mail addresses are only warned about by default: here they block and redact, as a user may set.
const home = makeGuardedHome(
  recorderServerYaml("recorder", log),
  ["pii:", "  actions:", "    email: { request: block, response: redact }"].join("\n"),
);
afterAll(() => home.cleanup());

describe("an e-mail address cut by a line break beside its @", () => {
  it("never reaches the server; decorators on their own line still do", async () => {
    const { outcomes, echoed } = await echoOutcomes(home, log, [...CUT, ...ORDINARY]);
    expect(outcomes).toEqual([...CUT.map(() => "sensitive_data"), ...ORDINARY.map(() => "forwarded")]);
    expect(echoed).toBe(ORDINARY.length);
  });

  it("reaches the client redacted", async () => {
    const { contacts } = await resultTexts(home, ["contacts"]);
    expect(contacts).toContain("[REDACTED:email]");
    expect(contacts).not.toContain("maria.garcia");
  });
});
