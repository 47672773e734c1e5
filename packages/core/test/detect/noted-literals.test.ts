// The detectors after the secret rules that first look for a literal in the whole text (an openssl key dump's
// private names, chpasswd) ask the rules' keyword pass, which noted it, instead of searching the text again:
// on a megabyte of source code or log lines that holds none, each search was a further read of the megabyte.
// What they find is unchanged: the pass notes a superset, and a noted literal is still searched for as written.
import { afterEach, describe, expect, it, vi } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";
import { NOTED_LITERALS } from "../../src/detect/secrets/noted-literals.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const types = (text: string) => new Set(scanner.scan(text, "").findings.map((f) => f.type));

/** The literals String.prototype.includes was asked for while `run` ran. */
function searchedFor(run: () => void): Set<string> {
  const includes = vi.spyOn(String.prototype, "includes");
  try {
    run();
    return new Set(includes.mock.calls.map(([literal]) => String(literal)));
  } finally {
    includes.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe("literals the keyword pass notes", () => {
  const code = "const total = values.reduce((a, b) => a + b, 0);\nreturn total * 2;\n".repeat(400);

  it("a text that holds none of them is not searched for them", () => {
    const searched = searchedFor(() => scanner.scan(code, "result"));
    for (const literal of NOTED_LITERALS) expect(searched.has(literal), literal).toBe(false);
  });

  it("a text that holds one is searched, and what it holds is still found", () => {
    const dump = `${code}privateExponent:\n    7f:de:fb:45:0e:a9:03:fb:d0:3e:f0:27:c2:0f:5a:\n    74:4b:5f:3a:c7:cc:44:43:e2:f7:95:1a:01:45:21:\n`;
    expect(searchedFor(() => scanner.scan(dump, "result")).has("priv")).toBe(true);
    expect(types(dump)).toContain("private_key");
    const hereDoc = `${code}chpasswd <<EOF\ndeploy:Kq8vM3tR6xLp\nEOF\n`;
    expect(types(hereDoc)).toContain("secret_assignment");
  });

  it("written in capitals the pass notes it, and the search as written decides, as before", () => {
    const upper = `${code}PRIVATEEXPONENT:\n    7f:de:fb:45:0e:a9:03:fb:d0:3e:f0:27:c2:0f:5a:\n`;
    expect(types(upper)).not.toContain("private_key");
  });
});
