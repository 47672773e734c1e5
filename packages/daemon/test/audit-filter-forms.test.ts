// A filter finds the rows of the value it names however the audit kept it: what AuditScrub keeps of a
// method or target (itself, or its keyed digest) is always one of the forms core/audit-filter.ts gives for
// that value as a person types it, and never one of another key's forms.
import { randomBytes } from "node:crypto";
import { piiSchema } from "@mcp-guard/config";
import { methodForms, targetForms, targetOf } from "@mcp-guard/core";
import { describe, expect, it } from "vitest";
import { AuditScrub } from "../src/audit-scrub.js";
import { detectionFromConfig } from "../src/detection.js";

const key = randomBytes(32).toString("hex");
const scanner = detectionFromConfig(piiSchema.parse({ enabled: true }))?.scanner;
const scrub = new AuditScrub(scanner, key);

describe("the forms a logs or dashboard filter matches", () => {
  it.each(["tools/call", "admin/exec", "x".repeat(400)])(
    "hold how the audit keeps the method %#",
    (method) => {
      expect(methodForms(method, key)).toContain(scrub.method(method));
    },
  );

  it.each([
    ["an ordinary tool name", "read_file"],
    ["a name over the audit's bound (cut, then digested)", `transfer_funds_${"x".repeat(320)}`],
    ["a name detection flags (digested)", "card_4111111111111111"],
  ])("hold how the audit keeps %s", (_, tool) => {
    const kept = scrub.target(targetOf("tools/call", { name: tool }));
    expect(kept).not.toBeNull();
    expect(targetForms(tool, key)).toContain(kept);
  });

  it("differ under another key", () => {
    const kept = scrub.method("admin/exec");
    expect(methodForms("admin/exec", randomBytes(32).toString("hex"))).not.toContain(kept);
  });
});
