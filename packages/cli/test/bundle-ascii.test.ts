// The bundle (`pnpm build`) is ASCII text, so that Node keeps each module's source as one-byte text: one
// character of the detectors' multilingual patterns made the daemon's 1.5 MB core chunk a two-byte string,
// slower to decode and parse at every start and twice its size in the heap (scripts/ascii-source.mjs). The
// rewrite must keep what every literal means, String.raw's text included.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bundle = fileURLToPath(new URL("../bundle/", import.meta.url));
const script = fileURLToPath(new URL("../../../scripts/ascii-source.mjs", import.meta.url));
const { asciiSource } = (await import(script)) as { asciiSource: (text: string, name: string) => string };

/** What a piece of code's values are: it ends by evaluating to them. */
const valuesOf = (code: string): unknown => new Function(code)();

describe("the bundle's text", () => {
  it("has no character outside ASCII in any file", () => {
    const files = readdirSync(bundle).filter((name) => name.endsWith(".js"));
    expect(files.length).toBeGreaterThan(0);
    const nonAscii = files.filter((name) => /[^\x00-\x7f]/.test(readFileSync(bundle + name, "utf8")));
    expect(nonAscii).toEqual([]);
  });
});

describe("asciiSource", () => {
  const samples = ["únicamente", "只", "😀", "fødselsnummer", "n°", "‰€$£¥₹"];

  it("keeps what regular expressions match, with and without the u flag", () => {
    const code = `return [/únicamente|只|😀[é😀]/u, /n°|é[ü]/gi, /^[😀]$/, /^.$/u].map((r) => [${JSON.stringify(
      [...samples, "É", "N°", "😀😀", "😀"],
    )}.map((s) => r.test(s)), r.flags]);`;
    const ascii = asciiSource(code, "sample.js");
    expect(ascii).toMatch(/^[\x00-\x7f]*$/);
    expect(valuesOf(ascii)).toEqual(valuesOf(code));
  });

  it("keeps string literals, templates and String.raw's text as written", () => {
    const code =
      'const x = 1; return ["ö", `é ${x} ü`, String.raw`\\bné ${x}ü😀\\d`, String.raw`fødsel`, `😀`]; // © note';
    const ascii = asciiSource(code, "sample.js");
    expect(ascii).toMatch(/^[\x00-\x7f]*$/);
    expect(valuesOf(ascii)).toEqual(valuesOf(code));
  });

  it("stops where no escape keeps the meaning", () => {
    for (const code of ["const s = tag`é`;", "const café = 1;", "const r = /\\é/;", 'const s = "\\é";'])
      expect(() => asciiSource(code, "sample.js"), code).toThrow();
  });
});
