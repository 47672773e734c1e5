// The secret types the daemon's scanner (every type enabled, the default threshold) finds in a text: what the
// secret rule tests assert on, in one place.
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });

export const secretsIn = (text: string): string[] =>
  scanner
    .spans(text)
    .filter((s) => s.category === "secret")
    .map((s) => s.type);
