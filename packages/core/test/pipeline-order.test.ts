// The README's table of the chain is the chain: same steps, same order, as the code builds it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Scanner } from "../src/detect/scanner.js";
import { policyChain } from "../src/interceptors/index.js";
import { RateLimiter } from "../src/policy/rate-limiter.js";

const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");

function documentedOrder(): string[] {
  const section =
    readme.split("<!-- pipeline-order:start -->")[1]?.split("<!-- pipeline-order:end -->")[0] ?? "";
  return section
    .split("\n")
    .map((line) => /^\|\s*(\d+)\s*\|\s*`([a-z_]+)`\s*\|/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => `${m[1]} ${m[2]}`);
}

describe("pipeline order", () => {
  it("matches the README table, every step in the order the code runs them", () => {
    const chain = policyChain({
      limiter: new RateLimiter({ load: () => undefined, save: () => {} }, () => 0),
      now: () => 0,
      // Only the names are read: building the chain must not touch its stores.
      pins: {} as never,
      detection: {
        scanner: new Scanner([], { threshold: 0.8, disabled: new Set() }),
        actionFor: () => "warn",
      },
      spend: { store: {} as never, newId: () => "c0" },
    });
    expect(documentedOrder()).toEqual(chain.map((step, i) => `${i + 1} ${step.name}`));
    expect(chain).toHaveLength(8);
  });
});
