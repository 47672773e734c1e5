// False refusal (round 49, found from outside): in a listing of rows, a row whose name holds "secret" makes
// the scanner read the next row's cell as that secret's value. `git ls-tree -r HEAD` of any repository with
// GitHub's documented `.github/secret_scanning.yml` (osv-scalibr's is one) comes back with the path of the
// file after it replaced by `[REDACTED:secret_assignment]`, and the scanner table Trivy prints in its docs
// (`| Secret | ✓ |` then `| License | ✓ |`) loses "License". The agent is handed a corrupted file list or
// table; a call that writes either on is refused. A file named for secret scanning is not a secret, nor is the
// next file's name; a correct guard reads a cell as a value only where the row names it, not the row before.
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

// Two rows of `git ls-tree -r HEAD` in google/osv-scalibr (mode, type, object name, a tab, the path).
const LS_TREE = [
  "100644 blob 1148a93bfccf414abd23542041a51ca561535316\t.github/secret_scanning.yml",
  "100644 blob 98dec1591c93218c8f8223ffbf57c8daa6bff079\t.github/workflows/codeql-analysis.yml",
  "100644 blob 70a49512dc9a46ca504cad63d34f762916356ee2\t.github/workflows/go.yml",
  "",
].join("\n");

// Trivy's docs (docs/guide/configuration/filtering.md): which scanners a filter applies to.
const SCANNER_TABLE = [
  "|     Scanner      | Supported |",
  "|:----------------:|:---------:|",
  "|  Vulnerability   |     ✓     |",
  "| Misconfiguration |     ✓     |",
  "|      Secret      |     ✓     |",
  "|     License      |     ✓     |",
  "",
].join("\n");

describe("a row after a row that names a secret", () => {
  it("a real secret in a listing is still redacted (the harness sees what the scanner does)", () => {
    expect(shown("DB_PASSWORD=Vq7mK3tR8xLpZ2wN\n")).not.toContain("Vq7mK3tR8xLpZ2wN");
  });

  it("git ls-tree's path after .github/secret_scanning.yml passes", () => {
    expect(shown(LS_TREE)).toBe(LS_TREE);
  });

  it("Trivy's scanner table keeps its License row", () => {
    expect(shown(SCANNER_TABLE)).toBe(SCANNER_TABLE);
  });

  // Round 50: the neighbouring shapes. A table with no rule whose rows mark a column; a real header still names.
  it("a checklist of marks keeps the row after its Secret row", () => {
    const checklist = "| Secret | ✓ |\n| License | ✗ |\n";
    expect(shown(checklist)).toBe(checklist);
  });

  it("a real header still names the password column under it", () => {
    expect(shown("user\tpassword\nalice\tVq7mK3tR8xLpZ2wN\n")).not.toContain("Vq7mK3tR8xLpZ2wN");
  });
});
