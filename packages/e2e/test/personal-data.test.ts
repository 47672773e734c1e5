// Personal data in the forms the scanner was taught (this round's and the last rounds'), through the real bridge to a recording server:
// each value is blocked on its way to the server, which never receives it; numbers that only look like
// personal data (a table of golf scores and years) reach it unchanged.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  failure,
  guardedTransport,
  makeGuardedHome,
  recorderServerYaml,
  serverSaw,
  type GuardedHome,
} from "../src/index.js";

let home: GuardedHome;
let log: string;
beforeAll(() => {
  log = join(makeGuardedHome().dir, "recorder.log");
  home = makeGuardedHome(
    recorderServerYaml("recorder", log),
    [
      "pii:",
      "  actions:",
      ...["phone", "ssn", "credit_card", "email", "iban"].map((t) => `    ${t}: { request: block }`),
    ].join("\n"),
  );
});
afterAll(() => home.cleanup());

async function echo(message: string): Promise<unknown> {
  const client = new Client({ name: "personal-data-test", version: "1" });
  await client.connect(guardedTransport(home, "recorder"));
  try {
    return await client.callTool({ name: "echo", arguments: { message } });
  } finally {
    await client.close();
  }
}

describe("personal data as people write it, through the bridge", () => {
  it.each([
    [
      "a North American number with an unassigned area code and an extension",
      "call 751-954-9268x818",
      "phone",
    ],
    ["a number labelled after it, as in a signature", "455 6186 office", "phone"],
    ["a toll-free number spelled with letters", "order at 1-800-FLOWERS", "phone"],
    ["an SSN written 3-6 and called one", "her SSN is 078-051121", "ssn"],
    ["a sixteen-digit card outside every brand table", "card 3502 7777 7777 7772", "credit_card"],
    ["an internationalised e-mail address", "écrire à josé.müller@exemple.fr", "email"],
    ["a number written for callers abroad with mixed separators", "via +44.34-654 8707.", "phone"],
    ["a trunk-prefixed national number with a decimal-looking group", "calling 029 831.5403", "phone"],
    ["an ITIN dashed 3-2-4", "verify 937-42-6810 on file", "ssn"],
    ["a card number grouped with dots", "card 4111.1111.1111.1111 exp 12/27", "credit_card"],
    [
      "an SSN in a table row beside an e-mail cell (the address no longer swallows it)",
      "Michelle Phillips|415-55-7615|michelle.p@example.com",
      "ssn,email",
    ],
    [
      "an IBAN printed with a space after the country code",
      "rachunek PL 61 1090 1014 0000 0712 1981 2874",
      "iban",
    ],
    ["an IBAN wrapped over two lines", "rachunek PL61 1090 1014 0000\n  0712 1981 2874", "iban"],
    ["an e-mail address spelled with (at)", "e-mail: a.wilk(at)poczta-testowa.pl", "email"],
    ["an e-mail address with a quoted local part", 'write to "john doe"@example.com', "email"],
    ["a labelled + number with a mistyped calling code", "Ring me at +05-46 589.8630 later", "phone"],
    ["a bare number labelled in Polish", "komórka: 601234567", "phone"],
    ["a national number after a lone trunk prefix", "Tel. 0 501 234 567", "phone"],
    ["a bare number after a Thai phone word", "โทรศัพท์ 0891234567", "phone"],
    ["a bare number after a Chinese phone word", "联系电话：13812345678", "phone"],
    [
      "an account number called so, with a mistyped IBAN check digit",
      "Numer rachunku: PL 62 1090 2590 0000 0001 4321 8765",
      "iban",
    ],
    ["an area code apart from its number", "Tel. 089 / 12 34 56", "phone"],
    ["a Polish domestic account number in its printed groups", "nr 61 1090 1014 0000 0712 1981 2874", "iban"],
    ["a number in the trunk-8 layout", "Noted 8 (912) 345-67-89", "phone"],
    ["an e-mail address spelled with words", "jane_smith at yahoo dot com", "email"],
    ["an e-mail address with spaces around its @", "john.doe @ example.com", "email"],
  ])("blocks %s; the server never receives it", async (_label, message, type) => {
    const err = await failure(echo(message));
    expect(err).toMatchObject({
      code: -32600,
      data: { reason: "sensitive_data", direction: "request" },
    });
    const types = err?.data.types as string[];
    expect([...types].sort()).toEqual(type.split(",").sort());
    expect(serverSaw(log, "tools/call")).toBe(false);
    expect(readFileSync(log, "utf8")).not.toContain(message);
  });

  it("passes numbers called a company's tax, register or order number unchanged", async () => {
    const text =
      "NIP: 527-234-56-78 | REGON: 38124599900010 | Order ID: 4111111111111111 | Steuer-ID: 12 345 678 901";
    const result = (await echo(text)) as { content: { text: string }[] };
    expect(result.content.map((c) => c.text).join("")).toContain(text);
    expect(serverSaw(log, "tools/call", "echo")).toBe(true);
  });

  it("passes a table of scores and years unchanged (the recording is live)", async () => {
    const table =
      "| 1996-1997 | Jack Nicklaus | 74-71-69-65=279 | 180.48 (290.454) | (2017–2021) | Shift: 0700-1900 | 92346-3020 | มอก. 2540-2555 | letter 4471/2569 |";
    const result = (await echo(table)) as { content: { text: string }[] };
    expect(result.content.map((c) => c.text).join("")).toContain(table);
    expect(serverSaw(log, "tools/call", "echo")).toBe(true);
  });
});
