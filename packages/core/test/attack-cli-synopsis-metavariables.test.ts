// Attack (round 44, found from outside; a false refusal): a command's usage synopsis, where every option's
// value is a placeholder in capitals, has one of them redacted as a secret. `gcloud … --help` (and the man
// pages the Cloud SDK installs) print groups as `[--kms-key=KMS_KEY : --kms-keyring=KMS_KEYRING
// --kms-location=KMS_LOCATION --kms-project=KMS_PROJECT]`: the scanner reads `--kms-key=KMS_KEY : ` as a key
// whose value is the next option, `--kms-keyring=KMS_KEYRING`, and redacts it. Dozens of gcloud commands
// (alloydb, composer, tensorboards, colab runtime templates) come back with a hole in their usage, and an
// agent that pastes the usage into a request is refused. A correct guard takes an option (`--name=…`) for
// what it is, never for another option's value, and an all-capitals word that repeats its option's name for
// a placeholder.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const shown = (text: string) => {
  const redacted = (type: string) => DEFAULT_ACTIONS[type]?.response === "redact";
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

/** The synopsis of `gcloud alloydb clusters create-secondary --help`, in part. */
const SYNOPSIS = `SYNOPSIS
    gcloud alloydb clusters create-secondary CLUSTER --primary-cluster=PRIMARY_CLUSTER
        --region=REGION [--async] [--enable-private-service-connect]
        [--kms-key=KMS_KEY : --kms-keyring=KMS_KEYRING --kms-location=KMS_LOCATION
          --kms-project=KMS_PROJECT] [GCLOUD_WIDE_FLAG ...]
`;

describe("a usage synopsis", () => {
  it("gcloud's KMS key group passes unredacted", () => {
    expect(shown(SYNOPSIS)).toBe(SYNOPSIS);
  });
});

describe("an option given a real key after a key's name", () => {
  it("is still redacted", () => {
    const text = "KMS_KEY : --kms-keyring=Q8ZK3LMW9VR2TP7XN4BC1DF6\n";
    expect(shown(text)).not.toContain("Q8ZK3LMW9VR2TP7XN4BC1DF6");
  });
});
