// Attack (round 49, found from outside): the scanner knows the identity numbers of some twenty countries
// (national-id.ts, european-ids.ts, pacific-americas-ids.ts) but none of Belgium, Norway, Denmark, Romania,
// Turkey, China, South Africa, Israel, Hong Kong, Portugal, Ireland or Taiwan, each printed after the label its
// own forms use and each passing its issuer's check. A patient, payroll or customer record from these
// countries (a CRM export, an HR tool's result) reaches the client whole, and an agent can send one on to a
// server without being stopped. These are the SSN's counterparts; a correct guard reads each, after its label
// and with its check, as a national_id: redacted towards the client, blocked towards a server.
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
/** The types found in a text a client sends as an argument. */
const sentTypes = (text: string) =>
  scanner.scan({ arguments: { note: text } }, "request").findings.map((f) => f.type);

// Every number below passes its issuer's check (mod 97, mod 11, ISO 7064, Luhn, the HKID and NIF weights).
const RECORDS: [string, string, string][] = [
  [
    "Belgium's Rijksregisternummer",
    "Naam: Jan Peeters\nRijksregisternummer: 85.07.30-033.28\n",
    "85.07.30-033.28",
  ],
  ["Norway's fødselsnummer", "Navn: Kari Nordmann\nFødselsnummer: 15078010085\n", "15078010085"],
  ["Denmark's CPR number", "Navn: Mette Hansen\nCPR-nr.: 300785-1005\n", "300785-1005"],
  ["Romania's CNP", "Nume: Andrei Popescu\nCNP: 1850730400127\n", "1850730400127"],
  ["Turkey's T.C. Kimlik No", "Ad Soyad: Ayşe Yılmaz\nT.C. Kimlik No: 38456127972\n", "38456127972"],
  [
    "China's resident identity number",
    "姓名：张伟\n公民身份号码：110105198507301232\n",
    "110105198507301232",
  ],
  ["South Africa's ID number", "Full name: Thabo Mokoena\nID Number: 8507305123081\n", "8507305123081"],
  ["Israel's Teudat Zehut", "שם: דנה כהן\nמספר זהות: 312456783\n", "312456783"],
  ["Hong Kong's HKID", "Name: CHAN Tai Man\nHKID No.: K483219(1)\n", "K483219(1)"],
  ["Portugal's NIF", "Nome: João Silva\nNIF: 234567813\n", "234567813"],
  ["Ireland's PPS number", "Name: Siobhan Murphy\nPPS Number: 8234571U\n", "8234571U"],
  ["Taiwan's national ID", "姓名：陳美玲\n身分證字號：F128567344\n", "F128567344"],
];

describe("identity numbers of twelve more countries", () => {
  it("a Spanish DNI is redacted and found when sent (the harness sees what the scanner does)", () => {
    const text = "Nombre: Lucía García\nDNI: 12345678Z\n";
    expect(shown(text)).not.toContain("12345678Z");
    expect(sentTypes(text)).toContain("national_id");
  });

  it.each(RECORDS)("%s is redacted in a result", (_name, text, id) => {
    expect(shown(text)).not.toContain(id);
  });

  it.each(RECORDS)("%s is found in an argument sent to a server", (_name, text) => {
    expect(sentTypes(text)).toContain("national_id");
  });

  // Round 50: the clean look-alikes. Each country's number with its last check digit or letter changed, under
  // the same label, fails its issuer's check; a phone number or an order number of the same length has no label.
  const LOOKALIKES: [string, string][] = [
    ["Belgium", "Rijksregisternummer: 85.07.30-033.29\n"],
    ["Norway", "Fødselsnummer: 15078010086\n"],
    // Round 51: a CPR number needs no modulus 11 check since 2007; its date is what a look-alike fails.
    ["Denmark", "CPR-nr.: 320785-1006\n"],
    ["Denmark, the 31st of February", "CPR-nr.: 310285-1006\n"],
    ["Romania", "CNP: 1850730400128\n"],
    ["Turkey", "T.C. Kimlik No: 38456127973\n"],
    ["China", "公民身份号码：110105198507301233\n"],
    ["South Africa", "ID Number: 8507305123082\n"],
    ["Israel", "מספר זהות: 312456784\n"],
    ["Hong Kong", "HKID No.: K483219(2)\n"],
    ["Portugal", "NIF: 234567814\n"],
    ["Ireland", "PPS Number: 8234571V\n"],
    ["Taiwan", "身分證字號：F128567345\n"],
    ["a Norwegian phone number", "Telefon: 15078010085\n"],
    ["an order number", "Order 8507305123081 shipped on 2024-07-30.\n"],
    ["a Portuguese phone number", "Telemóvel: 234567813\n"],
  ];
  it.each(LOOKALIKES)("%s look-alike passes unchanged", (_name, text) => {
    expect(shown(text)).toBe(text);
  });
});

// Round 51: Denmark has issued CPR numbers that fail the modulus 11 check since 2007 (the serials of some birth
// dates ran out), so a labelled number with a valid date was passed over when its serial did not add up.
describe("a Danish CPR number issued without the modulus 11 check", () => {
  it("is redacted under its label", () => {
    expect(shown("Navn: Mette Hansen\nCPR-nr.: 300785-1006\n")).not.toContain("300785-1006");
  });

  it("(control) the same digits with no label pass", () => {
    const text = "Ref 300785-1006 shipped.\n";
    expect(shown(text)).toBe(text);
  });
});
