import { BUILT_IN_TYPES, piiSchema } from "@mcp-guard/config";
import { builtInDetectors } from "@mcp-guard/core";
import { describe, expect, it } from "vitest";

describe("detection types", () => {
  it("the config knows exactly the types the built-in detectors report", () => {
    const reported = new Set(builtInDetectors().flatMap((d) => d.types ?? [d.type]));
    reported.add("high_entropy_secret"); // reported by the scanner itself for secret-looking keys
    reported.add("nested_json"); // and for JSON in strings nested past what it reads
    expect([...BUILT_IN_TYPES].sort()).toEqual([...reported].sort());
  });

  it("accepts actions for the new secret types and still rejects unknown ones", () => {
    expect(piiSchema.safeParse({ actions: { discord_webhook: { response: "block" } } }).success).toBe(true);
    expect(piiSchema.safeParse({ disabled_types: ["basic_auth"] }).success).toBe(true);
    expect(piiSchema.safeParse({ actions: { discord_webhok: { response: "block" } } }).success).toBe(false);
  });
});
