// docs/errors.md documents every error code a client can receive; this test keeps it honest.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ERROR_REGISTRY } from "../src/errors.js";

const page = readFileSync(new URL("../../../docs/errors.md", import.meta.url), "utf8");

function documentedErrors(): Map<string, number> {
  const section = page.split("<!-- error-codes:start -->")[1]?.split("<!-- error-codes:end -->")[0] ?? "";
  const rows = new Map<string, number>();
  for (const line of section.split("\n")) {
    const match = /^\|\s*(-?\d+)\s*\|\s*`([a-z_]+)`\s*\|/.exec(line);
    if (match) rows.set(match[2]!, Number(match[1]));
  }
  return rows;
}

describe("error registry", () => {
  it("matches the table in docs/errors.md exactly", () => {
    const fromCode = new Map(Object.entries(ERROR_REGISTRY).map(([reason, spec]) => [reason, spec.code]));
    expect(documentedErrors()).toEqual(fromCode);
  });

  it("uses -32603 exactly for failures that are not the client's fault", () => {
    const internal = [
      "upstream_message_too_large",
      "upstream_unavailable",
      "listing_unanswered",
      "session_ended",
      "interceptor_failed",
      "internal_error",
    ];
    for (const [reason, spec] of Object.entries(ERROR_REGISTRY)) {
      expect(spec.code === -32603, reason).toBe(internal.includes(reason));
    }
  });
});
