import { describe, expect, it } from "vitest";
import { lineDiff } from "@mcp-guard/core";

describe("lineDiff", () => {
  it("marks removed and added lines around the common ones", () => {
    const before = ["{", '  "a": 1', '  "b": 2', "}"];
    const after = ["{", '  "a": 1', '  "b": 3', '  "c": 4', "}"];
    expect(lineDiff(before, after)).toEqual([
      "  {",
      '    "a": 1',
      '-   "b": 2',
      '+   "b": 3',
      '+   "c": 4',
      "  }",
    ]);
  });
});
