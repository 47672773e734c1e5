// False refusal (round 49, found from outside): Go source is read a field at a time, and where a field's name
// ends in a secret's word (`Key:`, `httpAuth:`, `VersionKey:`, `auth :=`) and its value is a composite
// literal of a pointer to a struct (`&types.CryptoKey{`, `&datasource.HTTPAuthentication{`), the type's name
// is taken for the secret and redacted. The shapes are trivy's `internal/cryptotest/asset.go`, osv-scalibr's
// `clients/datasource/npmrc.go` and its deps.dev enricher, i.e. ordinary Go that an agent reads or edits: the
// file it is shown has `Key: [REDACTED:secret_assignment]{` in it, and a call writing such a file back to a
// server is refused. A type expression (`&`, a package-qualified name, a `{` opening its fields) is code, not
// a credential; a correct guard lets it pass, as it already does for a call such as `os.Getenv("KEY")`.
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

describe("a Go composite literal under a secret-sounding field", () => {
  it("a literal password under the same field is still redacted (the harness sees what the scanner does)", () => {
    expect(shown('\tcfg := Config{\n\t\tPassword: "Vq7mK3tR8xLpZ2wN",\n\t}\n')).not.toContain(
      "Vq7mK3tR8xLpZ2wN",
    );
  });

  it.each([
    [
      "trivy's crypto asset",
      '\tasset := types.CryptoAsset{\n\t\tKey: &types.CryptoKey{\n\t\t\tAlgorithm: "RSA",\n\t\t\tSize:      2048,\n\t\t},\n\t}\n',
    ],
    [
      "osv-scalibr's registry authentication",
      "\t\thttpAuth: &datasource.HTTPAuthentication{\n\t\t\tSupportedMethods: []datasource.HTTPAuthMethod{datasource.AuthBasic},\n\t\t},\n",
    ],
    [
      "a deps.dev request",
      "\treq := &depsdevpb.GetVersionRequest{\n\t\tVersionKey: &depsdevpb.VersionKey{\n\t\t\tSystem:  depsdevpb.System_NPM,\n\t\t\tName:    name,\n\t\t\tVersion: version,\n\t\t},\n\t}\n",
    ],
    ["a short variable declaration", "\tauth := &HTTPAuthentication{\n\t\tSupportedMethods: methods,\n\t}\n"],
  ])("%s passes unchanged", (_name, text) => {
    expect(shown(text)).toBe(text);
  });
});
