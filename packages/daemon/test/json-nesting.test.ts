import { describe, expect, it } from "vitest";
import { batchMembersTooDeep, MAX_NESTING, nestedTooDeep } from "../src/session/nesting.js";

const nested = (levels: number) => `${"[".repeat(levels)}1${"]".repeat(levels)}`;
const member = (x: string) => `{"jsonrpc":"2.0","method":"m","params":{"x":${x}}}`;

describe("JSON nesting measured on the text", () => {
  it("counts a message's own levels, and not brackets inside strings", () => {
    // The member's object and its params take two levels.
    expect(nestedTooDeep(member(nested(MAX_NESTING - 2)))).toBe(false);
    expect(nestedTooDeep(member(nested(MAX_NESTING - 1)))).toBe(true);
    expect(nestedTooDeep(member(JSON.stringify("[".repeat(5_000))))).toBe(false);
  });

  it("names each batch member too deep on its own, with its size, the batch's bracket not counted", () => {
    const deep = member(nested(MAX_NESTING));
    const batch = `[${member("1")},${deep}, ${member(JSON.stringify("{[".repeat(3_000)))},${deep}]`;
    expect([...batchMembersTooDeep(batch)]).toEqual([
      [1, deep.length],
      [3, deep.length],
    ]);
    expect(batchMembersTooDeep(`[${member(nested(MAX_NESTING - 2))}]`).size).toBe(0);
  });
});
