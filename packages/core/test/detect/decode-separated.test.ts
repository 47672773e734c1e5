import { describe, expect, it } from "vitest";
import { groupedEnd, separatedViews } from "../../src/detect/decode-separated.js";
import { textCodes } from "../../src/detect/text-codes.js";

const SECRET = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const TEXT = `the deploy key: ${SECRET}`;
const pairs = [...Buffer.from(TEXT)].map((b) => b.toString(16).padStart(2, "0"));

describe("separatedViews", () => {
  it.each([
    ["colons", pairs.join(":")],
    ["spaces", pairs.join(" ")],
    ["two spaces", pairs.join("  ")],
    ["dashes, upper case", pairs.join("-").toUpperCase()],
    ["a C array", `char k[] = { ${pairs.map((p) => `0x${p}`).join(", ")} };`],
    ["decimal codes", `String.fromCharCode(${[...Buffer.from(TEXT)].join(", ")})`],
    [
      "xxd groups",
      pairs
        .join("")
        .match(/.{1,4}/g)!
        .join(" "),
    ],
    [
      "base64 groups",
      Buffer.from(TEXT)
        .toString("base64")
        .match(/.{1,4}/g)!
        .join(" "),
    ],
    ["quoted-printable", pairs.map((p) => `=${p.toUpperCase()}`).join("")],
    ["a soft line break", `pushes with ${SECRET.slice(0, 9)}=\r\n${SECRET.slice(9)} daily`],
  ])("%s: a view holds the value, mapped back over the run", (_, written) => {
    const text = `before it ${written} and after`;
    const view = separatedViews(text).find((v) => v.text.includes(SECRET));
    expect(view).toBeDefined();
    const at = view!.text.indexOf(SECRET);
    const [start, end] = view!.original(at, at + SECRET.length);
    expect(start).toBeGreaterThanOrEqual("before it ".length);
    expect(end).toBeLessThanOrEqual(text.length - " and after".length);
    expect(end).toBeGreaterThan(start);
  });

  it.each([
    ["prose", "The quick brown fox jumps over the lazy dog, then rests: that is all, says the tale."],
    ["dates and times", "2025-01-02T23:37:38.719Z and 2024-09-11 04:24:28, 10:00-12:00"],
    ["a UUID and a MAC address", "id=f6bf1b82-0a15-4960-ae0a-cb47901c8d53 mac 00:1a:2b:3c:4d:5e"],
    ["numbers", "sizes 12, 40, 77, 103, 9 and 1, 2, 3"],
    // base64's padding at the end of a line: quoted-printable writes "=" as =3D, so == breaks no line (round 9)
    [
      "padded base64 lines",
      "ANY_KEY = ZHVtbXkgdGV4dCBkYXRhIGRhdGEgZGF0YQ==\n# a comment\nNEXT = c2Vjb25kIGxpbmU==",
    ],
  ])("%s: no view", (_, text) => {
    expect(separatedViews(text)).toEqual([]);
  });

  it.each([
    ["dots", [...SECRET].join(".")],
    ["underscores", [...SECRET].join("_")],
    ["underscores, the token's own written as two", [...SECRET].join("_").replace("___", "__")],
    ["in a path", `/tmp/${[...SECRET].join("_")}/x`],
    ["after a word", `note_${[...SECRET].join("_")}_end`],
    ["pipes", [...SECRET].join("|")],
    ["slashes", [...SECRET].join("/")],
    ["stars", [...SECRET].join("*")],
    ["plus signs", [...SECRET].join("+")],
    ["a comma and a space", [...SECRET].join(", ")],
    ["two spaces", [...SECRET].join("  ")],
    ["quoted characters", [...SECRET].map((c) => `'${c}'`).join(",")],
    ["a list's text", JSON.stringify([...SECRET]).replace(/,/g, ", ")],
    ["code spans", [...SECRET].map((c) => `\`${c}\``).join("")],
  ])("one character at a time, %s: a view holds the value", (_, written) => {
    const text = `before it ${written} and after`;
    const view = separatedViews(text).find((v) => v.text === SECRET);
    expect(view).toBeDefined();
    const [start, end] = view!.original(0, SECRET.length);
    expect(text.slice(start, end)).toContain(
      written.slice(written.indexOf("g"), written.lastIndexOf("U") + 1),
    );
  });

  it.each([
    ["dotted names", "com.example.app.service.internal.v2.handler and a.b.c"],
    ["snake case", "max_retry_count_for_the_upstream_server_in_ms x_y_z"],
    ["initials", "U.S.A. and the U.K. and e.g. i.e. a.m. p.m."],
    ["a rule", "________________________________ ................................"],
    ["a list of words", "apples, pears, plums, figs, dates, limes, kiwis, grapes, melons, cherries"],
    ["paths", "/usr/local/lib/node/x/y/z and C:\\a\\b\\c"],
  ])("%s: no view", (_, text) => {
    expect(separatedViews(text)).toEqual([]);
  });

  it.each([
    ["underscores", "_".repeat(1_000_000)],
    ["commas and spaces", ", ".repeat(500_000)],
    ["quotes", "'".repeat(1_000_000)],
  ])("passes over a megabyte of %s without a view", (_, text) => {
    expect(separatedViews(text)).toEqual([]);
  });

  it.each([" ", "|", ", "])("reads an address written one character at a time with %j after each", (mark) => {
    const address = "john.doe@example.com";
    expect(separatedViews(`mail ${[...address].join(mark)} today`).some((v) => v.text === address)).toBe(
      true,
    );
  });

  it("reads a megabyte of dotted letters once", () => {
    const text = "a.".repeat(500_000);
    const views = separatedViews(text);
    expect(views).toHaveLength(1);
    expect(views[0]!.text).toHaveLength(500_000);
  });

  it("finds a run after a megabyte of near misses", () => {
    const filler = "de:ad:be:ef x ".repeat(80_000);
    const text = `${filler}${pairs.join(":")}`;
    expect(separatedViews(text).some((v) => v.text.includes(SECRET))).toBe(true);
  });
});

describe("groups of four", () => {
  // The pattern groupedEnd reads in code, kept here as its definition.
  const GROUPED =
    /[A-Za-z0-9+/]{4}(?:(?:[ \t]{1,2}|\r?\n)[A-Za-z0-9+/]{4}){3,}(?:(?:[ \t]{1,2}|\r?\n)[A-Za-z0-9+/]{2,3}={1,2})?/y;

  it("end where the pattern's match ends, from every start", () => {
    let seed = 9;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
    const pick = <T>(options: readonly T[]): T => options[Math.floor(next() * options.length)]!;
    let matched = 0;
    let padded = 0;
    for (let round = 0; round < 400; round++) {
      // Words of mostly four base64 characters, some padded, one to three blanks, a line break (or a dash)
      // apart.
      let text = "";
      while (text.length < 120) {
        const length = pick([2, 3, 4, 4, 4, 4, 4, 4, 5]);
        for (let i = 0; i < length; i++) text += pick([..."aB0+/"]);
        if (length < 4 && next() < 0.6) text += pick(["=", "==", "==="]);
        text += pick([" ", " ", "  ", "\t", " \t", "   ", "-", "\n", "\r\n", "\r", "\n\n"]);
      }
      const codes = textCodes(text);
      for (let start = 0; start < text.length; start++) {
        GROUPED.lastIndex = start;
        const m = GROUPED.exec(text);
        expect(groupedEnd(text, codes, start), `${JSON.stringify(text)} from ${start}`).toBe(
          m === null ? undefined : start + m[0].length,
        );
        if (m !== null) matched++;
        if (m?.[0].endsWith("=")) padded++;
      }
    }
    // The comparison covered matches, padded ones among them, not only misses.
    expect(matched).toBeGreaterThan(100);
    expect(padded).toBeGreaterThan(10);
  });

  it("four megabytes of grouped digits are read without throwing (the pattern overflowed the stack)", () => {
    const text = "4111 ".repeat(800_000);
    expect(groupedEnd(text, textCodes(text), 0)).toBe(text.length - 1);
    expect(groupedEnd(text, undefined, 0)).toBe(text.length - 1);
    expect(() => separatedViews(text)).not.toThrow();
    const words = "deadbeef ".repeat(450_000);
    expect(() => separatedViews(words)).not.toThrow();
  });
});

describe("one character at a time (round 8)", () => {
  it.each([
    ["spaces", [...SECRET].join(" ")],
    ["dashes", [...SECRET].join("-")],
    ["commas", [...SECRET].join(",")],
    ["after a word", `key ${[...SECRET].join(" ")} end`],
  ])("%s: read without the separators", (_, text) => {
    expect(separatedViews(text).map((v) => v.text)).toContain(SECRET);
  });

  it("maps the whole run back, and leaves short runs and words alone", () => {
    const text = `x ${[...SECRET].join(" ")} y`;
    const view = separatedViews(text).find((v) => v.text === SECRET);
    // "x" and "y" stand alone too: the run is also read without them.
    expect(view?.original(0, SECRET.length)).toEqual([2, 2 + 2 * SECRET.length - 1]);
    expect(separatedViews("H E L L O   W O R L D and 1 2 3 4 5 6 7 8 9 10").map((v) => v.text)).toEqual([]);
  });
});
