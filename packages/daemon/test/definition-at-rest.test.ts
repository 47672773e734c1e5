// What the database keeps of a definition a server listed (round 30: a token in a tool's description and an
// SSN in a prompt's were redacted for the client but kept bare in the pins and pending changes).
import { describe, expect, it } from "vitest";
import { canonicalJson, pinOf, plainDigest } from "@mcp-guard/core";
import { definitionAtRest, nameAtRest, redactedAtRest, shownName } from "../src/shown-text.js";

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
    const kept = definitionAtRest(pinOf(definition, plainDigest).definition, KEY);
    expect(kept).not.toContain(TOKEN);
    expect(kept).not.toContain("536-22-8471");
    expect(kept).toContain("[REDACTED:github_token]");
    expect(canonicalJson(JSON.parse(kept))).toBe(kept);
  });

  it("marks a redacted string with a keyed digest of what it was, so a changed secret is a changed line", () => {
    const kept = (token: string) =>
      definitionAtRest(pinOf({ name: "r", description: `Uses ${token}.` }, plainDigest).definition, KEY);
    const other = `${TOKEN.slice(0, -4)}Zz9Y`;
    expect(kept(TOKEN)).toMatch(/"Uses \[REDACTED:github_token\]\. \[digest [0-9a-f]{8}\]"/);
    expect(kept(other)).not.toBe(kept(TOKEN));
    expect(kept(TOKEN)).toBe(kept(TOKEN));
    expect(
      definitionAtRest(
        pinOf({ name: "r", description: `Uses ${TOKEN}.` }, plainDigest).definition,
        "other key",
      ),
    ).not.toBe(kept(TOKEN));
  });

  it("keeps a definition with nothing to redact as it was", () => {
    const { definition } = pinOf({ name: "echo", description: "Returns its arguments." }, plainDigest);
    expect(definitionAtRest(definition, KEY)).toBe(definition);
  });
});

// Round 31: a definition's name is the key of the pin tables, and was kept bare (attack-names-at-rest).
describe("a definition's name at rest", () => {
  const uri = `https://api.example.com/v1/feed?token=${TOKEN}`;

  it("keeps a name holding a secret redacted, with a keyed digest of the name as listed", () => {
    const kept = nameAtRest(uri, KEY);
    expect(kept).not.toContain(TOKEN);
    expect(kept).toMatch(
      /^https:\/\/api\.example\.com\/v1\/feed\?token=\[REDACTED:github_token\] \[digest [0-9a-f]{16}\]$/,
    );
    expect(redactedAtRest(kept)).toBe(true);
  });

  it("keeps two names apart, and the same name the same, under one key only", () => {
    const other = `${uri.slice(0, -4)}Zz9Y`;
    expect(nameAtRest(other, KEY)).not.toBe(nameAtRest(uri, KEY));
    expect(nameAtRest(uri, KEY)).toBe(nameAtRest(uri, KEY));
    expect(nameAtRest(uri, "j".repeat(64))).not.toBe(nameAtRest(uri, KEY));
  });

  it("keeps an ordinary name as it is, and a kept name as it was kept", () => {
    expect(nameAtRest("read_file", KEY)).toBe("read_file");
    expect(redactedAtRest("read_file")).toBe(false);
    const kept = nameAtRest(TOKEN, KEY);
    expect(nameAtRest(kept, KEY)).toBe(kept);
  });

  it("is shown redacted, without its digest, whether listed or kept", () => {
    expect(shownName(nameAtRest(TOKEN, KEY))).toBe("[REDACTED:github_token]");
    expect(shownName(TOKEN)).toBe("[REDACTED:github_token]");
    expect(shownName("read_file")).toBe("read_file");
  });

  it("redacts a secret a server dressed as a kept name", () => {
    const dressed = `${TOKEN} [digest 0123456789abcdef]`;
    expect(nameAtRest(dressed, KEY)).not.toContain(TOKEN);
  });
});
