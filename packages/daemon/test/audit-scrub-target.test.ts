// An audit row's target is kept as it is only when detection finds nothing in it, and that detection is every
// built-in detector and the config's custom types whatever the config turns off for the traffic: the traffic
// policy chooses what may flow between the peers, not what the guard writes to its disk.
import { piiSchema } from "@mcp-guard/config";
import { describe, expect, it } from "vitest";
import { AuditScrub } from "../src/audit-scrub.js";
import { detectionFromConfig } from "../src/detection.js";

const KEY = "k".repeat(64);
const scrubWith = (pii: object) => new AuditScrub(detectionFromConfig(piiSchema.parse(pii))?.scanner, KEY);

describe("an audit row's target", () => {
  const lenient = scrubWith({
    enabled: true,
    disabled_types: ["email", "phone", "github_token"],
    confidence_threshold: 0.99,
    custom_types: { ticket: { patterns: [{ regex: "TCK-[0-9]{6}" }] } },
  });

  it.each([
    ["an e-mail address", "file:///crm/zq.doe@acme-mail.com/notes.txt"],
    ["a phone number", "file:///crm/+1-415-555-0132/notes.txt"],
    ["a token", `tool_ghp_${"R7kq2Lm9Xv4Tz8Wb3Nc6Hd1Yf5Gj0Ps2Qa7E"}`],
    ["a custom type", "ticket TCK-123456"],
  ])("holding %s the config disables or leaves to a custom type is digested", (_, target) => {
    expect(lenient.target(target)).toMatch(/^hmac:[0-9a-f]{24}$/);
  });

  it("holding nothing is kept as it is", () => {
    expect(lenient.target("file:///docs/readme.md")).toBe("file:///docs/readme.md");
  });

  it("is digested whatever it holds when the config gives no detection", () => {
    expect(new AuditScrub(undefined, KEY).target("read_file")).toMatch(/^hmac:/);
  });
});
