// A definition change is approved by its whole id only: the server chooses that id (attack-approve-change-prefix).
import { describe, expect, it } from "vitest";
import { definitionChangeId } from "@mcp-guard/core";
import type { ChangeRow } from "@mcp-guard/store";
import { changeByWholeId } from "../src/commands/change-ids.js";

const change = (hash: string): ChangeRow => ({
  server: "recorder",
  kind: "tool",
  name: "deploy",
  hash,
  definition: "{}",
  seen_at: 0,
  findings: [],
});
const swapped = change("b".repeat(64));
const id = definitionChangeId(swapped);

describe("changeByWholeId", () => {
  it("finds a change by its whole id", () => {
    expect(changeByWholeId([change("a".repeat(64)), swapped], id)).toBe(swapped);
  });

  it("refuses a prefix of a pending change's id, saying why, whatever its length", () => {
    for (const typed of [id.slice(0, 6), id.slice(0, 12), id.slice(0, 32), "d"])
      expect(() => changeByWholeId([swapped], typed)).toThrow(/only the start of a definition change's id/);
  });

  it("names nothing with a whole id no change has (the server swapped the definition since)", () => {
    expect(changeByWholeId([swapped], definitionChangeId(change("a".repeat(64))))).toBeUndefined();
    expect(changeByWholeId([swapped], "c0123")).toBeUndefined(); // a call's id is not a change's
  });
});
