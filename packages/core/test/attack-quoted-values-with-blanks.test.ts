// Round 43 (left by round 42): a credential's name set to a quoted value that holds a blank. The assignment
// rules read a secret's, token's or key's value up to its first blank (a quoted sentence is prose), so
// `SECRET_KEY="<random> <more>"` was redacted to the blank and the rest of the value reached the client. A
// value the rules report is the whole quoted string: what follows its first word inside the quotes is part
// of it (WordPress's generator puts blanks in its keys; a pasted key wraps at a blank).
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** A tool's result, every type set to redact: what reaches the client. */
const shown = (text: string) =>
  (
    scanner.scan({ content: [{ type: "text", text }] }, "result", () => true).value as {
      content: { text: string }[];
    }
  ).content[0]?.text ?? "";

const TAIL = "Qm2vLp9KzW8h";

describe("a quoted credential with a blank in it", () => {
  it.each([
    ["a .env secret", `SECRET_KEY="Xr7tQm2vLp9Kz8Hq ${TAIL}"`],
    ["a single-quoted token", `API_TOKEN='ghx7Kq2Lm9pQ2z8Rt ${TAIL}'`],
    ["a YAML client secret", `client_secret: "aB3dE5gH7jK9mN1p ${TAIL}"`],
    ["a JSON member", `{"auth_token": "Xr7tQm2vLp9Kz8HqW2 ${TAIL}", "user": "jdoe"}`],
    ["a value of three parts", `SECRET="Xr7tQm2vLp9K Zq8Hw3 ${TAIL}"\nDEBUG=false`],
  ])("%s is redacted to its closing quote", (_, text) => {
    const out = shown(text);
    expect(out).toContain("[REDACTED:");
    expect(out.includes(TAIL), `the value's tail reached the client: ${out}`).toBe(false);
  });

  it("what follows the closing quote is left", () => {
    const out = shown(`SECRET_KEY="Xr7tQm2vLp9Kz8Hq ${TAIL}" # rotated monthly`);
    expect(out).toBe('SECRET_KEY="[REDACTED:secret_assignment]" # rotated monthly');
  });

  it("a quoted sentence under a secret's name is still no value", () => {
    const text = `secret: "the value is set by the operator"`;
    expect(shown(text)).toBe(text);
  });
});
