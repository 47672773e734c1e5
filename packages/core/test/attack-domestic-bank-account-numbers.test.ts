// Attack (round 49, found from outside): the scanner redacts an IBAN, but most of the world's payroll, invoice
// and payee records do not write one: the UK writes a sort code and an 8-digit account number, the US an ABA
// routing number and an account number, Australia a BSB and an account number, Canada a transit, an
// institution and an account number. Each pair moves money as an IBAN does (direct debits are set up with
// nothing more), and each reaches the client whole and can be sent on to a server unstopped. A correct guard
// reads an account number that stands beside its bank's routing code under their labels as the IBAN's
// counterpart: redacted towards the client, blocked towards a server.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** What the client is shown under the default actions (a type the table does not know counts as a secret). */
const shown = (text: string) => {
  const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};
const sentTypes = (text: string) =>
  scanner.scan({ arguments: { note: text } }, "request").findings.map((f) => f.type);

const RECORDS: [string, string, string][] = [
  ["a UK payee", "Payee: Sarah Jones\nSort code: 20-32-06\nAccount number: 41234567\n", "41234567"],
  [
    "a US direct deposit form",
    "Account holder: John Smith\nRouting number (ABA): 021000021\nAccount number: 000123456789\n",
    "000123456789",
  ],
  [
    "an Australian payee",
    "Account name: Liam Nguyen\nBSB: 062-000\nAccount number: 123456789\n",
    "123456789",
  ],
  [
    "a Canadian void cheque's numbers",
    "Name: Émilie Tremblay\nTransit: 00102  Institution: 003  Account: 1234567\n",
    "1234567",
  ],
];

describe("bank accounts as national sites write them", () => {
  it("the same account as an IBAN is redacted and found when sent (the harness sees what the scanner does)", () => {
    const text = "Payee: Sarah Jones\nIBAN: GB33 BUKB 2020 1555 5555 55\n";
    expect(shown(text)).not.toContain("GB33 BUKB 2020 1555 5555 55");
    expect(sentTypes(text).some((t) => t !== "email" && t !== "phone")).toBe(true);
  });

  it.each(RECORDS)("%s: the account number is redacted in a result", (_name, text, account) => {
    expect(shown(text)).not.toContain(account);
  });

  it.each(RECORDS)("%s: the record is found in an argument sent to a server", (_name, text) => {
    expect(sentTypes(text).some((t) => t !== "email" && t !== "phone")).toBe(true);
  });

  // Round 50: the clean look-alikes. An account's label without its bank's routing code beside it (a
  // customer's or an order's account), a routing number that fails the ABA check, a bus's transit route.
  it.each([
    "Customer account number: 41234567\nOrder total: 120.00\n",
    "Routing number (ABA): 021000022\nAccount number: 000123456789\n",
    "Transit route 12345 runs hourly. Account: 1234567 (your loyalty card)\n",
    "The BGP routing table holds 912345 prefixes.\n",
  ])("no bank account in: %s", (text) => {
    expect(shown(text)).toBe(text);
  });
});
