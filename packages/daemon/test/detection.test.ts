// The detection set-up from the config: the configured phone regions reach the phone detector, and the
// config's default region list is core's.
import { DEFAULT_PHONE_REGIONS as CONFIG_DEFAULT, piiSchema } from "@mcp-guard/config";
import { DEFAULT_PHONE_REGIONS as CORE_DEFAULT } from "@mcp-guard/core";
import { describe, expect, it } from "vitest";
import { detectionFromConfig, sharedBuiltInDetectors } from "../src/detection.js";

const typesIn = (pii: unknown, text: string) =>
  detectionFromConfig(piiSchema.parse(pii))!
    .scanner.scan(text, "")
    .findings.map((f) => f.type);

describe("phone regions from the config", () => {
  it("defaults to core's list", () => {
    expect(piiSchema.parse({}).phone_regions).toEqual([...CORE_DEFAULT]);
    expect([...CONFIG_DEFAULT]).toEqual([...CORE_DEFAULT]);
  });

  it("recognises national formats of the configured regions only; + numbers always", () => {
    expect(typesIn({ phone_regions: ["US"] }, "call 020 7946 0958")).toEqual([]);
    expect(typesIn({ phone_regions: ["GB"] }, "call 020 7946 0958")).toEqual(["phone"]);
    expect(typesIn({ phone_regions: ["US"] }, "call +44 20 7946 0958")).toEqual(["phone"]);
  });

  it("refuses a region the phone library does not know", () => {
    const result = piiSchema.safeParse({ phone_regions: ["XX"] });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain("not a region known to libphonenumber");
  });
});

describe("built-in detectors shared between scanners", () => {
  it("builds them once per region list", () => {
    expect(sharedBuiltInDetectors(["US", "GB"])).toBe(sharedBuiltInDetectors(["US", "GB"]));
    expect(sharedBuiltInDetectors(["US"])).not.toBe(sharedBuiltInDetectors(["GB"]));
  });

  it("keeps each scanner's own disabled types", () => {
    const text = "mail ada@example.com, token ghp_0123456789abcdefABCDEF0123456789abcd";
    const all = typesIn({}, text);
    expect(all).toEqual(expect.arrayContaining(["email", "github_token"]));
    expect(typesIn({ disabled_types: ["email"] }, text)).toEqual(all.filter((t) => t !== "email"));
    expect(typesIn({ disabled_types: ["github_token"] }, text)).not.toContain("github_token");
    // Built after the others, from the same shared detectors: nothing of their settings carried over.
    expect(typesIn({}, text)).toEqual(all);
  });
});

describe("actions from the config", () => {
  it("apply to a type through its m0lz.03 alias, and a type's own action wins over its alias's", () => {
    const actionFor = (actions: unknown) =>
      detectionFromConfig(piiSchema.parse({ actions }))!.actionFor("aws_secret_access_key", "request");
    const defaulted = actionFor({});
    const other = defaulted === "warn" ? "redact" : "warn";
    expect(actionFor({ aws_key: { request: other } })).toBe(other);
    expect(actionFor({ aws_key: { request: other }, aws_secret_access_key: { request: defaulted } })).toBe(
      defaulted,
    );
    expect(actionFor({ github_token: { request: other } })).toBe(defaulted);
  });
});
