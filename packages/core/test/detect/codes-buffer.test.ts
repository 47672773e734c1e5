// The byte copies of long texts are written into bytes a scanner keeps (text-codes.ts, CodesBuffer): lent to one
// copy at a time, and each copy exactly what a fresh one would be.
import { describe, expect, it } from "vitest";
import { SharedPass } from "../../src/detect/digit-chains.js";
import { CodesBuffer, textCodes } from "../../src/detect/text-codes.js";

const ascii = "token = ghp_0123456789abcdefABCDEF\n".repeat(2000);
const wide = "Zahlung für Müller: 4111 1111 1111 1111 ✓\n".repeat(1500);
const short = "a = 1".repeat(10);

describe("a kept buffer of bytes", () => {
  it("is lent to one copy at a time, and the same bytes come back", () => {
    const buffer = new CodesBuffer();
    const first = buffer.take(100_000);
    expect(first).toBeDefined();
    expect(first?.length).toBeGreaterThanOrEqual(100_000);
    expect(buffer.take(10)).toBeUndefined();
    buffer.giveBack();
    expect(buffer.take(50_000)).toBe(first);
    buffer.giveBack();
    const larger = buffer.take(300_000);
    expect(larger?.length).toBeGreaterThanOrEqual(300_000);
  });

  it("makes the copy a fresh one would be, for ASCII and wider texts, one pass after another", () => {
    const buffer = new CodesBuffer();
    for (const text of [ascii, wide, ascii.slice(0, 40_000), wide, short]) {
      const pass = new SharedPass(text, buffer);
      expect(Array.from(pass.codes())).toEqual(Array.from(textCodes(text)));
      expect(pass.codes().length).toBe(text.length);
      pass.done();
    }
  });

  it("gives a second pass its own copy while the first holds the bytes", () => {
    const buffer = new CodesBuffer();
    const outer = new SharedPass(ascii, buffer);
    const outerCodes = outer.codes();
    const inner = new SharedPass(wide, buffer);
    const innerCodes = inner.codes();
    expect(innerCodes.buffer).not.toBe(outerCodes.buffer);
    expect(Array.from(outerCodes)).toEqual(Array.from(textCodes(ascii)));
    inner.done();
    outer.done();
    // After done, a pass asked again makes a copy of its own, still exact.
    expect(Array.from(outer.codes())).toEqual(Array.from(textCodes(ascii)));
  });
});
