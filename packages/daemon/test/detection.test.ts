// The detection set-up from the config: the configured phone regions reach the phone detector, and the
// config's default region list is core's.
import { DEFAULT_PHONE_REGIONS as CONFIG_DEFAULT, piiSchema } from "@mcp-guard/config";
import { DEFAULT_PHONE_REGIONS as CORE_DEFAULT } from "@mcp-guard/core";
import { describe, expect, it } from "vitest";
import { detectionFromConfig } from "../src/detection.js";

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
