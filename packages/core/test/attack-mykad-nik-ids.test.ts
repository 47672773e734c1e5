// Attack (round 50, found from the outside): Malaysia's MyKad number (`850412-14-5678`: birth date, a state
// or country-of-birth code, a serial whose last digit gives the sex) and Indonesia's NIK (sixteen digits:
// region code, birth date with 40 added to the day for women, serial), the identity numbers that every bank,
// e-commerce, telecom SIM registration and HR record in those countries holds, pass the scanner whole, to the
// client and to a server. Neither has a check digit, but both embed a valid date at a fixed place and stand
// after a fixed label (MyKad / No. K/P / IC No., NIK). A correct guard reads each after its label, checks the
// embedded date (and MyKad's place-of-birth code), and handles it as a national_id (redacted towards the
// client, blocked towards a server).
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
/** What the client is shown under the default actions (a type the table does not know counts as a secret). */
const shown = (text: string) => {
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};
/** The types that would block the text as a tool's argument (towards the server). */
const blockedAsArgument = (text: string) =>
  scanner
    .scan({ content: [{ type: "text", text }] }, "request", () => false)
    .findings.map((f) => f.type)
    .filter((type) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).request === "block");

const RECORDS = [
  ["Malaysia's MyKad", "Name: Tan Mei Ling\nMyKad: 850412-14-5678\nState: Selangor\n", "850412-14-5678"],
  ["Malaysia's No. K/P", "Nama: Ahmad bin Ismail\nNo. K/P: 900723-10-5531\n", "900723-10-5531"],
  [
    "Indonesia's NIK",
    "Nama: Budi Santoso\nNIK: 3171051204850003\nAlamat: Jakarta Selatan\n",
    "3171051204850003",
  ],
] as const;

describe("Malaysian and Indonesian identity numbers", () => {
  it.each(RECORDS)("%s is redacted", (_name, text, number) => {
    expect(shown(text)).not.toContain(number);
  });

  it.each(RECORDS)("%s is blocked as a tool's argument", (_name, text) => {
    expect(blockedAsArgument(text)).toContain("national_id");
  });

  it("a MyKad whose date is impossible passes", () => {
    const text = "MyKad: 851399-14-5678\n";
    expect(shown(text)).toBe(text);
  });

  // Added by the fixer: look-alikes of the same length and shape, which no label or no check makes an id.
  it.each([
    ["a MyKad of no place of birth", "MyKad: 850412-00-5678\n"],
    ["a tracking number of a MyKad's shape", "Tracking: 850412-14-5678\n"],
    ["a NIK of no province", "NIK: 9971051204850003\n"],
    ["a NIK whose date is impossible", "NIK: 3171057304850003\n"],
    ["the name Nik before sixteen digits", "Nik paid invoice 3171051204850003 today\n"],
  ])("%s passes", (_name, text) => {
    expect(shown(text)).toBe(text);
  });
});
