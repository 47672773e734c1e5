import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../src/issues.js";
import { loadConfigFile } from "../src/load.js";

describe("mcp-guard.example.yaml", () => {
  it("loads without errors", () => {
    const r = loadConfigFile(fileURLToPath(new URL("../../../mcp-guard.example.yaml", import.meta.url)), {});
    expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([]);
  });
});
