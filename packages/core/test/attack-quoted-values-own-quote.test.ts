// Attack (round 44's leftover; a partial redaction): a quoted credential that holds the other kind of quote
// (`curl -u "admin:it's secret"`, a password with an apostrophe) was read only up to that inner quote, so the
// rest of it ("s secret") reached the client, or the value was not read at all. A value between quotes ends at
// the quote it opened with: between double quotes a single quote (and a quote escaped with a backslash) is one
// of its characters; between single quotes a double quote is. Each command form the secret readers know is
// tried: curl's -u and --user, the parts quoted apart, docker's -u … -p, mysql's glued -p, sshpass -p.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const shown = (text: string) =>
  (
    scanner.scan({ content: [{ type: "text", text }] }, "result", () => true).value as {
      content: { text: string }[];
    }
  ).content[0]?.text;

/** A command, and the password in it that must not be shown (no part of it after its first characters). */
const cases: [string, string][] = [
  [`curl -u "admin:it's secret" https://api.example.com/v1`, "s secret"],
  [`curl --user "admin:Tr0ub'4dor&3x" https://api.example.com/v1`, "4dor&3x"],
  [`curl -u 'admin:say "hi" 4ever' https://api.example.com/v1`, "4ever"],
  [`curl -u "admin:ab\\"cd9 ef" https://api.example.com/v1`, "cd9 ef"],
  [`curl --user "apikey":"it's Tr0ub4dor" https://api.example.com/v1`, "s Tr0ub4dor"],
  [`docker login -u ci -p "it's Tr0ub4dor9" registry.example.com`, "s Tr0ub4dor9"],
  [`mysql -u root -p"it's Tr0ub4dor&3x" shop`, "s Tr0ub4dor&3x"],
  [`sshpass -p 'say "hi" 4ever' ssh deploy@host`, "4ever"],
];

describe("a quoted credential runs to its own closing quote", () => {
  it.each(cases)("%s", (text, tail) => {
    const out = shown(text) ?? "";
    expect(out).toContain("[REDACTED:");
    expect(out).not.toContain(tail);
  });
});

describe("what follows the closing quote is not taken into the value", () => {
  it("a command's next quoted argument stays", () => {
    expect(shown(`curl -u "admin:Tr0ub4dor&3x" -d 'it's' https://api.example.com`)).toBe(
      `curl -u "admin:[REDACTED:basic_auth]" -d 'it's' https://api.example.com`,
    );
    expect(shown(`curl -u "key:" -d '{"a": "it's"}' https://api.example.com`)).toBe(
      `curl -u "key:" -d '{"a": "it's"}' https://api.example.com`,
    );
  });
});
