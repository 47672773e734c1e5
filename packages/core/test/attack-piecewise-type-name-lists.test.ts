// False refusal (round 47, found from outside): ISL's gdb pretty-printer, shipped by libisl23 at
// /usr/share/gdb/auto-load/usr/lib/x86_64-linux-gnu/libisl.so.23.2.0-gdb.py (loaded by every gdb session on a
// GCC toolchain), names ISL's types in a Python list: `"pw_qpolynomial", "pw_qpolynomial_fold", …,
// "union_pw_qpolynomial_fold"]`. "pw" is ISL's "piecewise", but the scanner reads `"pw_qpolynomial", ` as a
// password's name and the next string as its value, and redacts `pw_qpolynomial_fold` twice as a
// secret_assignment. An agent reading the printer (or ISL's headers, isl/polynomial.h, full of
// `isl_pw_qpolynomial_*`) gets corrupt code, and a patched copy is refused. A string in a list is no name for
// the string after it; a correct guard passes the list.
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

/** Lines 88–97 of libisl.so.23.2.0-gdb.py (libisl23 0.25). */
const ISL_GDB = `def str_lookup_function(val):
	...
		# Those types of printers defined in isl.
		if m.group(1) in ["basic_set", "set", "union_set", "basic_map",
				  "map", "union_map", "qpolynomial",
				  "pw_qpolynomial", "pw_qpolynomial_fold",
				  "union_pw_qpolynomial",
				  "union_pw_qpolynomial_fold"]:
			return IslObjectPrinter(val, m.group(1))
	return None
`;

describe("ISL's piecewise type names", () => {
  it("the gdb printer's list passes unredacted", () => {
    expect(shown(ISL_GDB)).toBe(ISL_GDB);
  });

  it("a pw key with a value in a dict is still a password", () => {
    expect(shown('creds = {"user": "admin", "pw": "Tq8mZ2vLp9wXr4kN"}\n')).not.toContain("Tq8mZ2vLp9wXr4kN");
  });

  // Neighbours (fix48fp): an argument list's password after its option, and a call given a name and a literal,
  // are still read; a list of names holding other credential words passes.
  it.each([
    ['subprocess.run(["mysql", "-u", "root", "--password", "Tq8mZ2vLp9wXr4kN"])\n'],
    ['setattr(conf, "pw", "Tq8mZ2vLp9wXr4kN")\n'],
    ['pairs = ["user", "admin", "pw", "Tq8mZ2vLp9wXr4kN"]\n'],
  ])("%s is still redacted", (text) => {
    expect(shown(text)).not.toContain("Tq8mZ2vLp9wXr4kN");
  });

  it("a list of names with credential words passes", () => {
    const text =
      'FIELDS = ["user_name", "password_hash", "token_type", "secret_store_name", "auth_method"]\n';
    expect(shown(text)).toBe(text);
  });
});
