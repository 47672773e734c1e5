import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { StderrScrub } from "../src/upstream/stderr-scrub.js";

const pem = () =>
  generateKeyPairSync("ec", { namedCurve: "P-256" })
    .privateKey.export({ type: "pkcs8", format: "pem" })
    .toString()
    .trim()
    .split("\n");
const bodyOf = (lines: string[]) => lines.filter((l) => !l.startsWith("-----"));

describe("a server's stderr, line by line", () => {
  it("withholds a key's body lines even when its BEGIN line was never seen", () => {
    const scrub = new StderrScrub();
    for (const line of bodyOf(pem())) expect(scrub.line(line)).toBe("[REDACTED:private_key]");
  });

  it("withholds a second key that begins on the line where the first ends", () => {
    const [first, second] = [pem(), pem()];
    const scrub = new StderrScrub();
    const lines = [...first.slice(0, -1), `${first.at(-1)!} then ${second[0]!}`, ...second.slice(1)];
    expect(lines.map((l) => scrub.line(l)).every((l) => l === "[REDACTED:private_key]")).toBe(true);
    expect(scrub.line("server stopped")).toBe("server stopped");
  });

  it("keeps ordinary diagnostics: words, hex digests, ids and numbers", () => {
    const scrub = new StderrScrub();
    for (const line of [
      "Listening on port 3000",
      "successfully",
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "550e8400-e29b-41d4-a716-446655440000",
      "1700000000000",
      "ConnectionResetError",
    ])
      expect(scrub.line(line)).toBe(line);
  });
});
