// Base64 of text written in UTF-32 (either byte order, with or without a byte order mark), as a resource's
// blob labelled charset=utf-32 carries it: three zero bytes beside every ASCII character, so neither the UTF-8
// nor the UTF-16 reading saw text and the run was not read (round 41, attack-utf32-blob-secrets). Binary whose
// head is zero-padded stays alone.
import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const types = (text: string) => scanner.scan({ blob: text }, "result").findings.map((f) => f.type);

const TOKEN = "ghp_Wm4Kx9Qa2Zs7Lp1Tn5Vb8Rc3Hd6Jf0Ye2Gu4";
function utf32(text: string, little: boolean, bom = false): Buffer {
  const chars = [...(bom ? "\ufeff" : ""), ...text];
  const bytes = Buffer.alloc(chars.length * 4);
  chars.forEach((c, i) => {
    if (little) bytes.writeUInt32LE(c.codePointAt(0)!, i * 4);
    else bytes.writeUInt32BE(c.codePointAt(0)!, i * 4);
  });
  return bytes;
}
const text = `# deploy\nGITHUB_TOKEN=${TOKEN}\n`;

describe("base64 of UTF-32 text", () => {
  it.each([
    ["little-endian", false, true],
    ["little-endian with a byte order mark", true, true],
    ["big-endian", false, false],
    ["big-endian with a byte order mark", true, false],
  ])("%s: its secret is found", (_what, bom, little) => {
    expect(types(utf32(text, little, bom).toString("base64"))).toEqual(["github_token"]);
  });

  it("wrapped at 76 characters, as base64(1) prints it", () => {
    const wrapped = utf32(text, true).toString("base64").replace(/.{76}/g, "$&\n");
    expect(types(wrapped)).toEqual(["github_token"]);
  });

  it("redacts the encoded run where it is written", () => {
    const out = scanner.scan(`data ${utf32(text, false).toString("base64")} end`, "", () => true).value;
    expect(out).toBe("data [REDACTED:github_token] end");
  });

  it.each([
    ["ordinary UTF-32 text", utf32("Meeting notes: the build passed on Tuesday at 10:42.\n", true)],
    ["zero-padded 32-bit counters", Buffer.from(Array.from({ length: 96 }, (_, i) => (i % 4 ? 0 : i)))],
  ])("%s: nothing found", (_what, bytes) => {
    expect(types(bytes.toString("base64"))).toEqual([]);
  });
});
