// atk51b's finds on 20 public repos the project had not read (round 51): false positives on real files and
// misses of values written in real files' shapes. Each case failed before its fix.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const typesIn = (text: string) => scanner.spans(text).map((s) => s.type);

describe("real files that hold nothing", () => {
  it.each([
    // mailcow data/web/css/flags/1x1/va.svg: fractions without their zero, as minified SVG writes them.
    ["fractions in an SVG matrix", '<path transform="matrix(.01288 .00808 -.00352 .0025 455 264.8)"/>'],
    // mailcow data/web/css/flags/1x1/bm.svg: a path's numbers read as an SSN spelled digit by digit.
    ["an SVG path's decimals", '<path d="m-3.6 1s4.5-.6 4.8 2.2c0 0 0 2.7 1.6 3 0 0 2.3.2 2.8 2.3"/>'],
    // mailcow lang.cs-cz.json, lang.sk-sk.json, lang.sl-si.json: a key's label, two words, under a key's name.
    ["a Czech label", '{\n  "dkim_private_key": "Soukromý klíč",\n  "x": 1\n}'],
    ["a Slovenian label", '{\n  "client_secret": "Skrivnost odjemalca",\n  "x": 1\n}'],
    ["a Czech message", '{\n  "invalid_reset_token": "Neplatný resetovací token",\n  "x": 1\n}'],
    // mailcow lang.de-de.json, lang.ru-ru.json, lang.vi-vn.json: "or @example.com", a catch-all domain.
    ["an empty YAML block under a password", "password: |\n\nuser: x\n"],
    ["a YAML block of script under a comment", "script: | # run\n    echo hi\n"],
    ["fish's set of an argument", "set -x DB_PASSWORD $argv[1]\n"],
    ["a command naming a password variable", "echo DB_PASSWORD Tr9vX2mQ8zLpK4wN\n"],
    ["a German catch-all", '"Vollständige E-Mail-Adresse oder @example.com"'],
    ["a Russian catch-all", '"адрес(а) электронной почты или @example.com"'],
    ["a Vietnamese catch-all", '"Địa chỉ email đầy đủ hoặc @example.com"'],
  ])("%s", (_what, text) => {
    expect(typesIn(text)).toEqual([]);
  });
});

describe("misses (values written by atk51b in real files' shapes)", () => {
  it.each([
    [
      "a YAML block whose header carries a comment",
      "password: | # from vault\n    Tr9vX2mQ8zLpK4wN\nuser: x\n",
    ],
    ["a YAML block whose first line is blank", "password: |\n\n    Tr9vX2mQ8zLpK4wN\nuser: x\n"],
    ["fish's set -x", "set -x DB_PASSWORD Tr9vX2mQ8zLpK4wN\n"],
  ])("%s", (_what, text) => {
    expect(typesIn(text)).toContain("secret_assignment");
  });
});

describe("what is still found beside them", () => {
  it.each([
    ["a phone number after a stray dot", "tel. .0412 345 678", "phone"],
    ["a spelled SSN the text names, dotted", "SSN: 1 2 3.4 5.6 7 8 9", "ssn"],
    ["a spelled SSN with dashes", "1 2 3 - 4 5 - 6 7 8 9", "ssn"],
    [
      "a quoted key with a word after it",
      '{\n  "api_key": "Xk9vTq2LmZp8RwYs token",\n  "x": 1\n}',
      "secret_assignment",
    ],
    ["an address with a space before its @", "contact ola @example.com", "email"],
    ["a phone number after a measurement", "x 0.5 tel 020 7946 0018", "phone"],
  ])("%s", (_what, text, type) => {
    expect(typesIn(text)).toContain(type);
  });
});
