// Round 32 of the secret rules, by kind, from the development corpora: each kind's case that was wrong before,
// beside its neighbour that was right and stays so.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";
import { chars } from "./samples.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const secretsIn = (text: string) => scanner.spans(text).filter((s) => s.category === "secret");
/** The text as it would be forwarded with every finding redacted. */
const forwarded = (text: string) =>
  (scanner.scan({ text }, "params", () => true).value as { text: string }).text;

const HEX = "0123456789abcdef";

describe("a value typed between a template's braces", () => {
  // Letters of both cases and digits, switching back and forth: no slot is named so.
  const typed = "Tq7Wm2Xk9Lr4Pz";

  // each was missed before this round: the braces made the value read as a slot such as {password}
  it.each([
    `curl -X POST --user "apikey":"{${typed}}" https://api.us-south.example.cloud/v1/translate`,
    `curl -u "{${typed}}:" https://api.example.com`,
    `password = "{${typed}}"`,
  ])("%j is redacted", (text) => {
    expect(forwarded(text)).not.toContain(typed);
  });

  it("curl's --user with each part quoted apart is read as user and password", () => {
    // missed before this round: the quote closing the user's part stood before the colon
    const password = `${chars(HEX, 6)}Kq${chars(HEX, 6)}`;
    expect(forwarded(`curl --user "admin":"${password}" https://api.example.com`)).not.toContain(password);
  });

  it("slots that name what fills them are still slots", () => {
    for (const text of [
      'password = "{userPassword}"',
      'token = "{sha256Hex}"',
      'curl -u "{apikey}:{password}" https://api.example.com',
      'curl --user "apikey":"{apikey}" https://api.example.com',
      'password: "{dbPassword2}"',
    ])
      expect(secretsIn(text), text).toEqual([]);
  });
});

describe("a value that spells the field it stands in for", () => {
  it("an Azure connection string's AccountKey that says 'storage account key' is not reported", () => {
    // reported before this round
    const text =
      "DefaultEndpointsProtocol=https;AccountName=mylogstorage;AccountKey=storageaccountkeybase64encoded;EndpointSuffix=core.windows.net";
    expect(secretsIn(text)).toEqual([]);
  });

  it("a real account key in the same string is still redacted", () => {
    const key = `${chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 86)}==`;
    const text = `DefaultEndpointsProtocol=https;AccountName=mylogstorage;AccountKey=${key};EndpointSuffix=core.windows.net`;
    expect(forwarded(text)).not.toContain(key.slice(0, 40));
  });
});
