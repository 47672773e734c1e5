// False refusal (round 49, found from outside): "PAT" (a personal access token) is read as a secret's name
// even where it is the last part of a C identifier: glibc's `<bits/platform/x86.h>` declares the CPU feature
// `x86_cpu_PAT = x86_cpu_index_1_edx + 16` (PAT, the Page Attribute Table), the scanner takes
// `x86_cpu_index_1_edx` for the token and, since a found secret is redacted wherever it stands, the header
// comes back with some thirty feature lines edited (`x86_cpu_FPU = [REDACTED:secret_assignment],`). An agent
// reading a system header is handed corrupt code and a write of it is refused. A correct guard does not read
// an identifier expression (a name plus an offset) as a token, nor a feature macro's `_PAT` as a token's name.
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

// Lines 91-97 and 111 of /usr/include/x86_64-linux-gnu/bits/platform/x86.h (glibc 2.36).
const HEADER = [
  "  x86_cpu_index_1_edx",
  "    = (CPUID_INDEX_1 * 8 * 4 * sizeof (unsigned int)",
  "       + cpuid_register_index_edx * 8 * sizeof (unsigned int)),",
  "",
  "  x86_cpu_FPU\t\t\t= x86_cpu_index_1_edx,",
  "  x86_cpu_VME\t\t\t= x86_cpu_index_1_edx + 1,",
  "  x86_cpu_PAT\t\t\t= x86_cpu_index_1_edx + 16,",
  "",
].join("\n");

describe("a C feature constant ending in _PAT", () => {
  it("a real token under a PAT name is redacted (the harness sees what the scanner does)", () => {
    expect(shown("AZURE_DEVOPS_PAT=q7vxk3mzt8rplw2nd6hc4fjsy9bg5ae1uo0iq7vxk3mzt8rplw2n\n")).not.toContain(
      "q7vxk3mzt8rplw2nd6hc4fjsy9bg5ae1uo0iq7vxk3mzt8rplw2n",
    );
  });

  it("the header passes unchanged", () => {
    expect(shown(HEADER)).toBe(HEADER);
  });
});
