// False refusal (round 49, found from outside): a GitHub Actions workflow names its cache with
// `actions/cache`'s `key:` input, written as a literal prefix and an expression (`key:
// go-mod-cache-v2-${{ hashFiles('**/go.sum') }}`, trivy's own `cache-test-images-${{ steps.….digest }}`). The
// scanner reads the `key:` line as a secret's and redacts the prefix, so `.github/workflows/*.yml` read
// through the guard comes back as `key: [REDACTED:secret_assignment]{{ … }}`, and an agent editing CI (a
// common task) has its write refused. A cache key is a label built from the runner and file hashes and is
// printed in every job log; a correct guard lets an Actions `key:` (a value that holds a `${{ }}`
// expression) pass.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** What the client is shown under the default actions (a type the table does not know counts as a secret). */
const shown = (text: string) => {
  const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

// .github/workflows/cache-test-assets.yaml in aquasecurity/trivy.
const TRIVY_STEP = [
  "      - name: Cache test images",
  "        uses: actions/cache@v4",
  "        with:",
  "          path: integration/testdata/fixtures/images",
  "          key: cache-test-images-${{ steps.image-digest.outputs.digest }}",
  "",
].join("\n");
const GO_STEP = [
  "      - uses: actions/cache@v4",
  "        with:",
  "          path: ~/go/pkg/mod",
  "          key: go-mod-cache-v2-${{ hashFiles('**/go.sum') }}",
  "",
].join("\n");

describe("actions/cache's key", () => {
  it("a literal secret under key: is still redacted (the harness sees what the scanner does)", () => {
    expect(shown("          key: Vq7mK3tR8xLpZ2wN9cF4hJ6d\n")).not.toContain("Vq7mK3tR8xLpZ2wN9cF4hJ6d");
  });

  it.each([
    ["trivy's test-image cache", TRIVY_STEP],
    ["a Go module cache", GO_STEP],
  ])("%s passes unchanged", (_name, text) => {
    expect(shown(text)).toBe(text);
  });
});
