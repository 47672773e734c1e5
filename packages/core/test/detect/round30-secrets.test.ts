// Round 30 of the secret rules: values that look like credentials and are none, by kind (from the development
// corpora's negatives), each beside a real credential of the same shape that is still reported.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";
import { chars } from "./samples.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const secretsIn = (text: string) => scanner.spans(text).filter((s) => s.category === "secret");
/** The text as it would be forwarded with every finding redacted. */
const forwarded = (text: string) =>
  (scanner.scan({ text }, "params", () => true).value as { text: string }).text;

const AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

describe("NuGet's documented ClearTextPassword examples", () => {
  // each was reported before this round: the two values of nuget.config's reference (learn.microsoft.com)
  it.each(["33f!!lloppa", "hal+9ooo_da!sY"])("%j in a nuget.config is not reported", (password) => {
    const text = `<packageSourceCredentials>\n  <Contoso>\n    <add key="Username" value="user@contoso.com" />\n    <add key="ClearTextPassword" value="${password}" />\n  </Contoso>\n</packageSourceCredentials>`;
    expect(secretsIn(text), text).toEqual([]);
  });

  it("a password of the same shape that is not the documentation's is still redacted", () => {
    const text = '<add key="ClearTextPassword" value="41k!!pqorra" />';
    expect(forwarded(text)).not.toContain("41k!!pqorra");
  });
});

describe("a Cloudflare key named by its service alone", () => {
  const globalKey = chars("0123456789abcdef", 37);
  const apiToken = chars(AN + "-_", 40);

  // each was missed before this round: no credential word in the name, no prefix in the value
  it.each([
    `cloudflare: "${globalKey}"`,
    `cloudflare: "${apiToken}"`,
    `CLOUDFLARE=${apiToken}`,
    `{"cloudflare_global": "${globalKey}"}`,
  ])("%j is redacted", (text) => {
    expect(forwarded(text)).not.toContain(text.includes(globalKey) ? globalKey : apiToken);
  });

  it("values of other shapes under the name are not this rule's", () => {
    // a commit hash, a zone id (32 hex digits), a blank of the right length
    for (const text of [
      `cloudflare: "${chars("0123456789abcdef", 40)}"`,
      `cloudflare_zone: "${chars("0123456789abcdef", 32)}"`,
      `cloudflare: "${"a".repeat(37)}"`,
    ])
      expect(secretsIn(text), text).toEqual([]);
  });
});
