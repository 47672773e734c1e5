// Base64 of text written in UTF-16 (little- or big-endian, with or without a byte order mark), as a
// resource's blob with charset=utf-16 or a Windows tool's output carries it: every other byte is zero, so
// the UTF-8 reading saw control characters and the run was not read. Before the fix none of the four
// encodings below was found. Binary data and ordinary base64 that only resembles the pattern stay alone.
import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const types = (text: string) => scanner.scan({ blob: text }, "result").findings.map((f) => f.type);

const TOKEN = "ghp_Wm4Kx9Qa2Zs7Lp1Tn5Vb8Rc3Hd6Jf0Ye2Gu4";
const utf16le = (s: string, bom = false) =>
  Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(s, "utf16le")]);
const utf16be = (s: string, bom = false) => {
  const le = Buffer.from(s, "utf16le");
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return Buffer.concat([bom ? Buffer.from([0xfe, 0xff]) : Buffer.alloc(0), le]);
};
const text = `deploy.token = ${TOKEN}\r\ncard 4111 1111 1111 1111\r\n`;

describe("base64 of UTF-16 text", () => {
  it.each([
    ["little-endian", (s: string) => utf16le(s)],
    ["little-endian with a byte order mark", (s: string) => utf16le(s, true)],
    ["big-endian", (s: string) => utf16be(s)],
    ["big-endian with a byte order mark", (s: string) => utf16be(s, true)],
  ])("%s: its secret is found, and a card alone", (_what, encode) => {
    expect(types(encode(text).toString("base64"))).toEqual(["github_token"]);
    expect(types(encode("card 4111 1111 1111 1111, exp 04/29").toString("base64"))).toEqual(["credit_card"]);
  });

  it("redacts the encoded run where it is written", () => {
    const out = scanner.scan(`data ${utf16le(text).toString("base64")} end`, "", () => true).value;
    expect(out).toBe("data [REDACTED:github_token] end");
  });

  // Hard negatives: UTF-16 text with nothing in it, and binary that opens like UTF-16 base64.
  it.each([
    ["ordinary UTF-16 text", utf16le("Meeting notes: the build passed on Tuesday at 10:42.\r\n")],
    ["zero-padded counters", Buffer.from(Array.from({ length: 64 }, (_, i) => (i % 2 ? 0 : 65 + (i % 26))))],
    [
      "an image-like header",
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
    ],
  ])("%s: nothing found", (_what, bytes) => {
    expect(types(bytes.toString("base64"))).toEqual([]);
  });
});
