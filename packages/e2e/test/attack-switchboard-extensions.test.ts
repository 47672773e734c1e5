// Attack (round 39): German and Austrian numbers are written with the extension after a dash, and a
// practice's or firm's main line with `-0` ("Telefon: 030 901820-0", "Tel. 0221 9876-0", "Tel.: 01 53436-0"):
// every imprint (Impressum, required on each German site), e-mail signature and letterhead shows one. The guard
// finds the same number with any other extension (`030 901820-99`, the fax line beside it) and with the
// country code (`+49 30 901820-0`), but not in national format with `-0`: next to the redacted fax number,
// the telephone number reaches the client, and reaches the server, with phone numbers set to redact and
// block. It must be found as the number with an extension is.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  echoOutcomes,
  makeGuardedHome,
  recorded,
  recorderServerYaml,
  redefine,
  toolSession,
} from "../src/index.js";

const MAIN_LINES = ["030 901820-0", "0221 9876-0", "089 12345-0", "040 / 123456-0", "01 53436-0"];
const IMPRINT = [
  "Impressum",
  "",
  "Angaben gemäß § 5 TMG",
  "Praxis Dr. med. Anna Muster",
  "Musterstraße 12, 10115 Berlin",
  `Telefon: ${MAIN_LINES[0]}`,
  "Telefax: 030 901820-99",
  "Registereintrag: Amtsgericht Charlottenburg, HRB 123456 B",
].join("\n");
const SIGNATURES = [
  `Mit freundlichen Grüßen\nMax Mustermann\nMuster GmbH | Musterstraße 12 | 50667 Köln\nTel. ${MAIN_LINES[1]} | Fax 0221 9876-111`,
  `Kanzlei Berger, München\nTel.: ${MAIN_LINES[2]}`,
  `Hamburger Hafen Logistik\nTel: ${MAIN_LINES[3]}`,
  `Muster GmbH, Wien\nTel.: ${MAIN_LINES[4]}\nFax: 01 53436-20`,
];

const log = join(makeGuardedHome().dir, "recorder.log");
redefine(log, {
  tools: ["echo", "imprint", "signatures"].map((name) => ({
    name,
    description: "A page.",
    inputSchema: { type: "object" },
  })),
  results: {
    imprint: { content: [{ type: "text", text: IMPRINT }] },
    signatures: { content: SIGNATURES.map((text) => ({ type: "text", text })) },
  },
});
const home = makeGuardedHome(
  recorderServerYaml("recorder", log),
  ["pii:", "  actions:", "    phone: { request: block, response: redact }"].join("\n"),
);
afterAll(async () => {
  await home.cleanup();
});

/** Which main lines a text still shows. */
const bare = (seen: string) => MAIN_LINES.filter((n) => seen.includes(n));

describe("a German or Austrian main line written with -0", () => {
  it("reaches the client redacted, as the fax line beside it is", async () => {
    let seen = "";
    await toolSession(home, async (call) => {
      seen =
        JSON.stringify((await call("imprint", {})).result) +
        JSON.stringify((await call("signatures", {})).result);
    });
    expect(seen).not.toContain("030 901820-99");
    expect(bare(seen)).toEqual([]);
  });

  it("does not reach the server", async () => {
    const notes = [IMPRINT, ...SIGNATURES];
    const { outcomes } = await echoOutcomes(
      home,
      log,
      notes.map((note) => ({ note: note.replace(/^(?:Telefax|Fax).*$/gm, "").replace(/ \| Fax .*$/gm, "") })),
    );
    expect(outcomes).toEqual(notes.map(() => "sensitive_data"));
    const seen = JSON.stringify(recorded(log).filter((m) => JSON.stringify(m).includes('"echo"')));
    expect(bare(seen)).toEqual([]);
  });
});
