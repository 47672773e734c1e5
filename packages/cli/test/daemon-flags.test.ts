// Every V8 flag a started daemon gets must take effect as written. V8 lets one flag imply another's value
// and override what was given beside it: --optimize-for-size sets --max-semi-space-size=1, so the
// --max-semi-space-size=2 the daemon was started with for rounds never applied, and measurements were
// explained by a setting it did not have. Asked from the node that runs the tests, which is the one
// that starts the daemon.
import { execFileSync } from "node:child_process";
import { expect, it } from "vitest";
import { DAEMON_NODE_FLAGS } from "../src/daemon-process.js";

/** The flag values V8 ends up with, one `--name[=value]` (or `--no-name`) per line. */
function effectiveFlags(flags: readonly string[]): Set<string> {
  const printed = execFileSync(process.execPath, [...flags, "--print-flag-values", "-e", "0"], {
    encoding: "utf8",
  });
  return new Set(printed.split("\n").map((line) => line.trim()));
}

/** A flag's name without its value or `no-`: `--max-semi-space-size=2` → `max-semi-space-size`. */
const nameOf = (flag: string): string => flag.replace(/^--(no-)?/, "").replace(/=.*$/, "");

it("keeps each of the daemon's V8 flags as written (none overridden by another's implication)", () => {
  const effective = effectiveFlags(DAEMON_NODE_FLAGS);
  const v8Names = new Set([...effective].map(nameOf));
  // Node's own options (--v8-pool-size) are not V8 flags and are not printed.
  const v8Flags = DAEMON_NODE_FLAGS.filter((flag) => v8Names.has(nameOf(flag)));
  expect(v8Flags).toContain("--optimize-for-size");
  for (const flag of v8Flags) expect(effective, flag).toContain(flag);
});

it("notices a flag another one overrides (the check itself can fail)", () => {
  const effective = effectiveFlags(["--max-semi-space-size=2", "--optimize-for-size"]);
  expect(effective).not.toContain("--max-semi-space-size=2");
  expect(effective).toContain("--max-semi-space-size=1");
});
