// Attack (round 44, found from outside; a false refusal): a list of field names that begins with "password"
// has its next name redacted as that password. pino's `redact` option, fast-redact, and every logging or
// serialiser config take such a list (`redact: ['password', 'creditCard', 'ssn']`, found in pino's own
// tests in node_modules), and so do Python settings tuples (`SENSITIVE_FIELDS = ('password', …)`); Rails'
// symbol list `[:password, :creditCard]` already passes. The scanner reads 'password', 'creditCard' as a name
// and its value, so the second field's *name* is redacted and, towards a server, the config is blocked as carrying a secret. A
// correct guard sees a list of quoted names (comma-separated items of a bracketed list), not a key and value.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const shown = (text: string) => {
  const redacted = (type: string) => DEFAULT_ACTIONS[type]?.response === "redact";
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

describe("a list of field names beginning with password", () => {
  it.each([
    ["pino's redact option", "const logger = pino({ redact: ['password', 'creditCard', 'ssn'] })\n"],
    ["a Python tuple", "SENSITIVE_FIELDS = ('password', 'creditCard', 'apiKey')\n"],
  ])("%s passes unredacted", (_name, text) => {
    expect(shown(text)).toBe(text);
  });
});

describe("a password's name and a value that only look listed", () => {
  it.each([
    ["a call's two arguments", "auth.connect('password', 'opensesame')\n", "opensesame"],
    ["an option's value in an argument list", "spawn('psql', ['--password', 'Xk9mP2vLq7'])\n", "Xk9mP2vLq7"],
  ])("%s is still redacted", (_name, text, secret) => {
    expect(shown(text)).not.toContain(secret);
  });
});
