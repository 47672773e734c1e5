// The README's table of the chain is the chain: same steps, same order, as INTERCEPTOR_ORDER, and the
// pipeline builder follows that constant.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Scanner } from "../src/detect/scanner.js";
import { INTERCEPTOR_ORDER, policyChain, type ChainDependencies } from "../src/interceptors/index.js";
import { RateLimiter } from "../src/policy/rate-limiter.js";

const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");

/** The rows of the README's pipeline table as "<order> <name>". */
function documentedOrder(): string[] {
  const section =
    readme.split("<!-- pipeline-order:start -->")[1]?.split("<!-- pipeline-order:end -->")[0] ?? "";
  return section
    .split("\n")
    .map((line) => /^\|\s*(\d+)\s*\|\s*`([a-z_]+)`\s*\|/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => `${m[1]} ${m[2]}`);
}

const numbered = (names: readonly string[]) => names.map((name, i) => `${i + 1} ${name}`);

// Only the names are read: building the chain must not touch its stores.
const deps: ChainDependencies = {
  limiter: new RateLimiter({ load: () => undefined, save: () => {} }, () => 0),
  now: () => 0,
  pins: {} as never,
  detection: {
    scanner: new Scanner([], { threshold: 0.8, disabled: new Set() }),
    actionFor: () => "warn",
  },
  spend: {
    store: {} as never,
    newId: () => "c0",
    limits: () => ({ max_pending_per_identity: 1, max_pending_per_server: 1 }),
  },
};

describe("pipeline order", () => {
  it("the README table lists INTERCEPTOR_ORDER, every step, in order", () => {
    expect(documentedOrder()).toEqual(numbered(INTERCEPTOR_ORDER));
    expect(INTERCEPTOR_ORDER).toHaveLength(8);
  });

  it("the pipeline builder runs the steps in INTERCEPTOR_ORDER", () => {
    expect(policyChain(deps).map((step) => step.name)).toEqual([...INTERCEPTOR_ORDER]);
  });

  it("leaves out a step whose dependency is absent and keeps the others in order", () => {
    const names = policyChain({ ...deps, detection: undefined, spend: undefined }).map((s) => s.name);
    // content_scan stays with detection off: it withholds the credentials the guard handed the server.
    expect(names).toEqual(INTERCEPTOR_ORDER.filter((n) => n !== "spend"));
  });
});
