// Round 52 review finds on the detection rules' let-go paths (quotedArguments, afterChpst, the bar-less table row,
// the said password): each credential below was found before the rule that let it go, each benign text is the
// rule's own false finding and must stay clean.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const valuesIn = (text: string) => scanner.spans(text).map((s) => text.slice(s.start, s.end));

describe("a quoted credential name followed by its quoted value is found", () => {
  it.each([
    ["Helm set", `{{- $_ := set .Values.auth "rootPassword" "S3cr3tPw!x" }}\n`, "S3cr3tPw!x"],
    ["Helm dict", `{{- $creds := dict "password" "Summer2024!x" "username" "admin" }}\n`, "Summer2024!x"],
    [
      "Valve KeyValues",
      `"Account"\n{\n\t"username"\t\t"gabe"\n\t"password"\t\t"Tr0ub4dor&3x"\n}\n`,
      "Tr0ub4dor&3x",
    ],
  ])("%s", (_what, text, value) => {
    expect(valuesIn(text).join(" ")).toContain(value);
  });
});

describe("a later command's -u on a chpst line is read", () => {
  it.each([
    [
      "chpst then curl -u",
      "#!/bin/sh\nexec chpst -u backup:backup curl -sf -u admin:Hq7vR2mX9zLp https://backup.internal/api/run\n",
      "Hq7vR2mX9zLp",
    ],
    [
      "chpst with options then curl -u",
      "exec chpst -e /etc/env -u www:www -/ /srv curl -u admin:Hq7vR2mX9zLp https://a.internal/\n",
      "Hq7vR2mX9zLp",
    ],
  ])("%s", (_what, text, value) => {
    expect(valuesIn(text).join(" ")).toContain(value);
  });
});

describe("a status column of a bar-less table is no password", () => {
  it.each([
    ["status log", "password | changed | 2024-05-01\ntoken | rotated\nsecret | n/a\n"],
    ["settings status", "Setting | Status\n--- | ---\npassword | expired\ntwo_factor | enabled\n"],
    [
      "audit",
      "Field | Action | Date\n--- | --- | ---\npassword | reset | 2024-05-01\nemail | verified | 2024-05-02\n",
    ],
    ["checklist", "Item | Done\n--- | ---\npassword | yes\ntoken | rotated\nsecret | pending\n"],
  ])("%s", (_what, text) => {
    expect(valuesIn(text)).toEqual([]);
  });
});

describe("a said password of letters ending its sentence is found", () => {
  it.each([
    ["wifi", "Hi Sam, the wifi password is butterfly!\n", "butterfly"],
    ["guest", "Our guest Wi-Fi password is pineapple!\n", "pineapple"],
  ])("%s", (_what, text, value) => {
    expect(valuesIn(text).join(" ")).toContain(value);
  });
  it.each([
    ["required", "The password is required!\n"],
    ["incorrect", "Sorry, the password is incorrect.\n"],
    ["expired", "Your password is expired.\n"],
  ])("not the predicate %s", (_what, text) => {
    expect(valuesIn(text)).toEqual([]);
  });
});
