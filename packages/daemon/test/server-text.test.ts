// An HTTP server's error text reaches the client cut to 1,000 characters, redacted: a token that straddles
// the cut must not leave its beginning in the clear (it did when the text was cut before it was redacted).
import { describe, expect, it } from "vitest";
import { scrubServerText } from "../src/upstream/stderr-scrub.js";

// Built at run time so that no scanner reading this file meets a whole token.
const TOKEN = `ghp_${"Q8wLm2Xv4Tz8Wb3Nc6Hd1Yf5Gj0Ps2Qa7Rk9"}`;

describe("an HTTP server's error text", () => {
  it("is redacted before it is cut, so a token across the cut leaves nothing of itself", () => {
    for (const at of [980, 990, 996, 999]) {
      const out = scrubServerText(`${"x".repeat(at)} ${TOKEN} ${"y".repeat(80_000)}`);
      expect(out.length).toBeLessThanOrEqual(1_010);
      expect(out).not.toContain("ghp_");
      expect(out).not.toContain(TOKEN.slice(4, 10));
      expect(out.endsWith("… [cut]")).toBe(true);
    }
  });

  it("keeps a short text whole", () => {
    expect(scrubServerText("Bad Gateway")).toBe("Bad Gateway");
  });
});
