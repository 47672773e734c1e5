// Attack (round 43, found from outside): a file shown through a hex dump tool, as an agent does to look at a
// file's bytes (`xxd`, `hexdump -C`, `od -c`, `od -An -tx1`), leaks the secret or card it holds once the
// value runs over the dump's lines. Each line is an offset, sixteen bytes in hex, and (xxd, hexdump -C) the
// same bytes as characters: the scan reads the first line's share and redacts only that, so
// - xxd: the ASCII columns of the next lines still show 32 of a GitHub token's 40 characters, and their hex
//   columns spell them again;
// - hexdump -C: a card cut by the line end is read as a phone number (a warning by default, so nothing is
//   redacted) from its first half, and its second half stays;
// - od -c (each character three columns apart, an octal offset before every sixteen) and od -An -tx1 (hex
//   bytes, sixteen a line, no offset): nothing is found at all.
// README: secrets and card numbers are redacted towards the client, also when split or encoded. A correct
// guard reads a dump's character and hex columns across its lines as one run and redacts every line's share of
// the value (hex and characters), so no piece of it is left.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** A shell server's result, every type set to redact: what reaches the client, and the types found. */
const shown = (text: string) => {
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", () => true);
  const value = out.value as { content: { text: string }[] };
  return { text: value.content[0]!.text, types: out.findings.map((f) => f.type) };
};

// `printf 'config:\n  github_token: %s\n' "$TOKEN" | xxd` (xxd 2022-01-14, Debian 12), as printed.
const XXD = `00000000: 636f 6e66 6967 3a0a 2020 6769 7468 7562  config:.  github
00000010: 5f74 6f6b 656e 3a20 6768 705f 5238 6b57  _token: ghp_R8kW
00000020: 7132 5a70 4c35 764e 3378 5437 7942 3163  q2ZpL5vN3xT7yB1c
00000030: 4434 6647 3668 4a39 6b4d 326e 5035 7153  D4fG6hJ9kM2nP5qS
00000040: 0a                                       .
`;

// `printf 'Card: 4111 1111 1111 1111 exp 12/27\n' | hexdump -C` (util-linux 2.38).
const HEXDUMP_C = `00000000  43 61 72 64 3a 20 34 31  31 31 20 31 31 31 31 20  |Card: 4111 1111 |
00000010  31 31 31 31 20 31 31 31  31 20 65 78 70 20 31 32  |1111 1111 exp 12|
00000020  2f 32 37 0a                                       |/27.|
00000024
`;

// `printf 'github_token: %s\n' "$TOKEN" | od -c` (coreutils 9.1).
const OD_C = `0000000   g   i   t   h   u   b   _   t   o   k   e   n   :       g   h
0000020   p   _   R   8   k   W   q   2   Z   p   L   5   v   N   3   x
0000040   T   7   y   B   1   c   D   4   f   G   6   h   J   9   k   M
0000060   2   n   P   5   q   S  \\n
0000067
`;

// `printf 'token %s\n' "$TOKEN" | od -An -tx1`.
const OD_HEX = ` 74 6f 6b 65 6e 20 67 68 70 5f 52 38 6b 57 71 32
 5a 70 4c 35 76 4e 33 78 54 37 79 42 31 63 44 34
 66 47 36 68 4a 39 6b 4d 32 6e 50 35 71 53 0a
`;

describe("a value that runs over a hex dump's lines", () => {
  it("xxd: no line's share of the token is left, in characters or in hex", () => {
    const out = shown(XXD);
    expect(out.types).toContain("github_token");
    expect(out.text).not.toContain("q2ZpL5vN3xT7yB1c");
    expect(out.text).not.toContain("D4fG6hJ9kM2nP5qS");
    expect(out.text).not.toContain("4434 6647 3668 4a39");
  });

  it("hexdump -C: the card is read as a card, and its second line's half is redacted too", () => {
    const out = shown(HEXDUMP_C);
    expect(out.types).toContain("credit_card");
    expect(out.text).not.toContain("|1111 1111 exp 12|");
  });

  it("od -c: the token spelled three columns apart over the lines is found", () => {
    const out = shown(OD_C);
    expect(out.types).toContain("github_token");
    expect(out.text).not.toContain("D   4   f   G");
  });

  it("od -An -tx1: the token's bytes in hex, sixteen a line, are found", () => {
    expect(shown(OD_HEX).types).toContain("github_token");
  });
});

describe("hex dump look-alikes", () => {
  it("a dump of ordinary text passes unchanged", () => {
    // `printf 'The meeting moved to Thursday at ten.\n' | xxd`
    const dump = `00000000: 5468 6520 6d65 6574 696e 6720 6d6f 7665  The meeting move
00000010: 6420 746f 2054 6875 7273 6461 7920 6174  d to Thursday at
00000020: 2074 656e 2e0a                            ten..
`;
    const out = shown(dump);
    expect(out.types).toEqual([]);
    expect(out.text).toBe(dump);
  });
});
