// False refusal (round 49, found from outside): content addresses are redacted as secrets when the field that
// holds them is named a key. containerd's `ctr containers info` prints `"SnapshotKey": "<container ID>"`
// (the snapshot is keyed by the container's 64-hex ID), and the ID is then redacted everywhere in the output,
// its `"ID"` too; a cache keyed by an image digest (`key: "sha256:5c53…"`, trivy's cache tests and redis
// keys) loses the digest. A SHA-256 digest names public content (an image, a layer, a container) and is what
// an agent needs to act on it; a correct guard lets a bare 64-hex ID or a `sha256:` digest pass under a
// `key` name, as it does under `digest` or `id`.
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

const CTR_INFO = [
  "{",
  '    "ID": "b47fb93b51d091e16ae145b8b1438e5c011fd68cd65305fcd42fd83a13da7a8c",',
  '    "Image": "docker.io/library/nginx:1.25",',
  '    "Snapshotter": "overlayfs",',
  '    "SnapshotKey": "b47fb93b51d091e16ae145b8b1438e5c011fd68cd65305fcd42fd83a13da7a8c",',
  '    "CreatedAt": "2026-11-28T10:00:00.000000000Z"',
  "}",
  "",
].join("\n");
const CACHE_ENTRY =
  'cache:\n  key: "sha256:5c534be56eca62e756ef2ef51523feda0f19cd7c15bb0c015e3d6e3ae090bf6e"\n';

describe("a digest under a key's name", () => {
  it("a random hex token under the same name is redacted (the harness sees what the scanner does)", () => {
    expect(shown('  api_key: "9f8e7d6c5b4a39281706f5e4d3c2b1a0"\n')).not.toContain(
      "9f8e7d6c5b4a39281706f5e4d3c2b1a0",
    );
  });

  it("hex under a secret's name stays redacted when a word merely ending in 'id' repeats it", () => {
    const hex = "9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0";
    for (const word of ["paid", "valid"]) {
      expect(shown(JSON.stringify({ apiKey: hex, [word]: hex }))).not.toContain(hex);
      // As a tool's arguments are scanned: an object, not its text.
      const out = scanner.scan({ apiKey: hex, [word]: hex }, "arguments", () => true);
      expect(out.findings.map((f) => f.type)).toContain("high_entropy_secret");
    }
  });

  it.each([
    ["containerd's container info", CTR_INFO],
    ["a cache entry keyed by an image digest", CACHE_ENTRY],
  ])("%s passes unchanged", (_name, text) => {
    expect(shown(text)).toBe(text);
  });
});
