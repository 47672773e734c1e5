// Round 52: false findings and misses on real public files (atk52b, atk52p), each a case that failed before
// its fix. A false finding here redacts an ordinary user's data, so these matter most.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const found = (text: string) => scanner.spans(text).map((s) => [s.type, text.slice(s.start, s.end)]);

describe("e-mail addresses", () => {
  // jakevdp/PythonDataScienceHandbook 05.09-Principal-Component-Analysis.ipynb: a matplotlib figure's base64
  // was flagged whole, the decoded-binary view keeping the nine printable bytes `\XI@k.hgC` of its pixels.
  it("a PNG figure in a notebook holds none", () => {
    const png = readFileSync(join(__dirname, "fixtures", "pca-figure.png.b64"), "utf8");
    expect(found(JSON.stringify({ data: { "image/png": png } }))).toEqual([]);
  });

  // A bytes literal's prefix and quote are code, not the local part (ageron/handson-ml2 notebooks).
  it("a numpy array of bytes literals: the addresses alone", () => {
    const text = "numpy=array([b'a@b.com', b'c@d.com'], dtype=object)";
    expect(found(text)).toEqual([
      ["email", "a@b.com"],
      ["email", "c@d.com"],
    ]);
  });
});

describe("numbers that are no phone numbers", () => {
  it.each([
    // logpai/loghub HPC_2k.log: "<node id> <run id> boot_cmd", valid in Germany as 0178 1762428 and in Italy
    // as 178 176 2428, grouped as neither writes them.
    "178176 2428 boot_cmd success 1077894737 1",
    "247935 2568 boot_cmd success 1079049124 1",
    // An SVG path's and viewBox's coordinates (laravel/laravel's welcome page, handson-ml2's figures).
    '<path d="M 2034 4250 L 2450 4666 Z"/>',
    '<svg class="w-full" viewBox="0 0 438 104" fill="none">',
    // A numpy row, and loghub HPC's fan speeds.
    "a * b  = [70 92 96 82]",
    "Fan speeds ( 3552 3534 3375 **** 3515 3479 )",
    // Chromium's log stamp, [MMdd/HHmmss:.
    "[0701/114930:WARNING:dns_config_service_posix.cc(306)] DNS config changed",
    // handson-ml2's titanic/train.csv ticket, and a Terraform list of ports with a range.
    '"Leinonen, Mr. Antti Gustaf",male,32.0,0,0,STON/O 2. 3101292,7.925,,S',
    '      ports    = ["6379","8080","9081","9443","10000-19999"]',
  ])("%s", (text) => {
    expect(found(text)).toEqual([]);
  });

  // The same rule keeps numbers written in a region's own groups, or with groups of it merged.
  it.each([
    ["call 415-5550132", "415-5550132"],
    ["030 1234567", "030 1234567"],
    ["mobil 178 1762428", "178 1762428"],
    ["Blz: 70 15 00 00", "70 15 00 00"],
  ])("still finds %s", (text, number) => {
    expect(found(text)).toEqual([["phone", number]]);
  });
});

describe("numbers that are no card", () => {
  const scanTypes = (value: unknown) => scanner.scan(value, "result", () => true).findings.map((f) => f.type);

  // jhipster/jhipster-sample-app .devcontainer/devcontainer.json: four ports, Luhn-valid and Visa's range.
  it("a devcontainer's forwarded ports", () => {
    const text = '{\n  "forwardPorts": [4200, 3001, 9000, 8080]\n}\n';
    expect(scanTypes({ content: [{ type: "text", text }] })).toEqual([]);
  });

  it("the same numbers under another name are still read as a card", () => {
    expect(scanTypes({ numbers: [4200, 3001, 9000, 8080] })).toEqual(["credit_card"]);
    expect(scanTypes({ passports: [4200, 3001, 9000, 8080] })).toEqual(["credit_card"]);
  });

  // ageron/handson-ml2 datasets/housing/README.md: describe()'s decimals, two spaces apart.
  it("a statistics table's decimals", () => {
    expect(found("    max       6210.000000  35682.000000")).toEqual([]);
  });

  it("a card's groups two spaces apart are still found", () => {
    expect(found("card 4111 1111  1111 1111 on file")).toEqual([["credit_card", "4111 1111  1111 1111"]]);
  });
});

describe("secrets", () => {
  // bitnami/charts common/templates/_secrets.tpl: Sprig's random function is called, no password written.
  it("a Helm template's random function is no password", () => {
    expect(found("        {{- $password = randAscii 16 }}")).toEqual([]);
  });

  it("a password written in a template's action still is one", () => {
    expect(found('{{- $password = "Hq7vR2mX9zLpK4wN" }}')).toEqual([
      ["secret_assignment", "Hq7vR2mX9zLpK4wN"],
    ]);
  });
});

describe("layouts kept beside the region's own grouping", () => {
  // Presidio's and the PII datasets' numbers: 3-3-4 whatever the area code, Norway's mobiles 3-2-3.
  it.each([
    ["call me at 123 456 7890.", "123 456 7890"],
    ["to stop receiving messages text 966 73 857", "966 73 857"],
  ])("%s", (text, number) => {
    expect(found(text)).toEqual([["phone", number]]);
  });
});

describe("secret misses (values written by atk52b)", () => {
  it.each([
    ["a password as a one-item JSON list", '"password": ["Hq7vR2mX9zLpK4wN"]'],
    ["a heredoc without =", "  password <<-PASS\nHq7vR2mX9zLpK4wN\nPASS\n"],
  ])("%s", (_what, text) => {
    expect(found(text)).toEqual([["secret_assignment", "Hq7vR2mX9zLpK4wN"]]);
  });
});
