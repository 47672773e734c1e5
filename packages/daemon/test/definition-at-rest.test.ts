// What the database keeps of a definition a server listed (round 30: a token in a tool's description and an
// SSN in a prompt's were redacted for the client but kept bare in the pins and pending changes).
import { describe, expect, it } from "vitest";
import { canonicalJson, pinOf } from "@mcp-guard/core";
import { definitionAtRest } from "../src/shown-text.js";

// Built at run time so that no scanner reading this file meets a whole token.
const KEY = "k".repeat(64);
const TOKEN = `ghp_${"R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU"}`;

describe("a definition at rest", () => {
  it("keeps no value detection finds, in any string of it, and stays canonical JSON", () => {
    const definition = {
      name: "report",
      description: `Uses key ${TOKEN}.`,
      inputSchema: { type: "object", properties: { ssn: { default: "536-22-8471" } } },
    };
    const kept = definitionAtRest(pinOf(definition).definition, KEY);
    expect(kept).not.toContain(TOKEN);
    expect(kept).not.toContain("536-22-8471");
    expect(kept).toContain("[REDACTED:github_token]");
    expect(canonicalJson(JSON.parse(kept))).toBe(kept);
  });

  it("marks a redacted string with a keyed digest of what it was, so a changed secret is a changed line", () => {
    const kept = (token: string) =>
      definitionAtRest(pinOf({ name: "r", description: `Uses ${token}.` }).definition, KEY);
    const other = `${TOKEN.slice(0, -4)}Zz9Y`;
    expect(kept(TOKEN)).toMatch(/"Uses \[REDACTED:github_token\]\. \[digest [0-9a-f]{8}\]"/);
    expect(kept(other)).not.toBe(kept(TOKEN));
    expect(kept(TOKEN)).toBe(kept(TOKEN));
    expect(
      definitionAtRest(pinOf({ name: "r", description: `Uses ${TOKEN}.` }).definition, "other key"),
    ).not.toBe(kept(TOKEN));
  });

  it("keeps a definition with nothing to redact as it was", () => {
    const { definition } = pinOf({ name: "echo", description: "Returns its arguments." });
    expect(definitionAtRest(definition, KEY)).toBe(definition);
  });
});
