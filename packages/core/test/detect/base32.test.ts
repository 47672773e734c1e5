// A secret written in base32 (RFC 4648, as coreutils' `base32` prints it, also lower case and unpadded):
// decoded when a stretch of one case of its alphabet decodes to text, read by the secret detectors alone,
// and redacted where it is written. Upper-case words, TOTP seeds and base32 of binary stay unread.
import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import { decodedViews } from "../../src/detect/decode.js";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const types = (text: string) => scanner.scan({ note: text }, "v").findings.map((f) => f.type);
const redacted = (text: string) =>
  (scanner.scan({ note: text }, "v", () => true).value as { note: string }).note;

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
/** What `printf %s "$1" | base32 -w0` prints. */
function base32(bytes: Buffer): string {
  let out = "";
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(value >> bits) & 31];
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out.padEnd(Math.ceil(out.length / 8) * 8, "=");
}
const TOKEN = "ghp_R8kWq2ZpL5vN3xT7yB1cD9eF0gH2iJ4kL6mN";
const ENCODED = base32(Buffer.from(TOKEN));

describe("a secret in base32", () => {
  it("encodes as coreutils prints it", () => {
    expect(ENCODED).toBe("M5UHAX2SHBVVO4JSLJYEYNLWJYZXQVBXPFBDCY2EHFSUMMDHJAZGSSRUNNGDM3KO");
    expect(base32(Buffer.from("abc"))).toBe("MFRGG===");
  });

  it.each([
    ["as printed", ENCODED, "[REDACTED:github_token]"],
    ["in lower case", ENCODED.toLowerCase(), "[REDACTED:github_token]"],
    ["in a sentence", `the key is ${ENCODED} ok`, "the key is [REDACTED:github_token] ok"],
    ["after a character no base32 has", `k_${ENCODED}`, "k_[REDACTED:github_token]"],
    ["in a line of text, padded", base32(Buffer.from(`token: ${TOKEN}\n`)), "[REDACTED:github_token]"],
    ["unpadded", base32(Buffer.from(`${TOKEN}!`)).replace(/=+$/, ""), "[REDACTED:github_token]"],
  ])("is found and redacted where it is written: %s", (_what, text, out) => {
    expect(types(text)).toEqual(["github_token"]);
    expect(redacted(text)).toBe(out);
  });

  it("is read by the secret detectors alone", () => {
    const view = decodedViews(base32(Buffer.from("write to ana.lima@example.org")))[0];
    expect(view?.text).toBe("write to ana.lima@example.org");
    expect(view?.only).toBe("secret");
    expect(types(base32(Buffer.from("write to ana.lima@example.org")))).toEqual([]);
  });

  it.each([
    ["a TOTP seed", "JBSWY3DPEHPK3PXP"],
    ["a longer TOTP seed", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"],
    ["the alphabet", ALPHABET],
    ["upper-case words", "THEQUICKBROWNFOXJUMPSOVERTHELAZYDOG AND SOMEOTHERVERYLONGWORDS"],
    ["base32 of binary", base32(Buffer.from("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822c", "hex"))],
    ["base32 of a sentence", base32(Buffer.from("nothing secret in this sentence at all"))],
  ])("leaves %s alone", (_what, text) => {
    expect(types(text)).toEqual([]);
    expect(redacted(text)).toBe(text);
  });
});
