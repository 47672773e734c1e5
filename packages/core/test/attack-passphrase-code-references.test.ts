// Attack (round 48, found from outside; a false refusal): the MCP Inspector's own web build
// (@modelcontextprotocol/inspector 2.12.0, clients/web/build/index.js) has two passphrase lines that are not
// secrets: `if (hasDirect) return { passphrase: direct };` (the value is a variable read from the
// environment two lines above) and the comment "so a passphrase-configured install claims …" (a hyphenated
// adjective, not a label). The scanner redacts `direct` and `install`, and then every other `direct` and
// `install` in the file, so the inspector's code reaches an agent with holes and a patch to it is refused
// towards a server. Found by scanning the pnpm store's packages. A correct guard takes a bare identifier after
// `passphrase:` in an object literal for a reference (as it does for `password: pw`), and a word joined to
// `passphrase-` by a hyphen for part of a compound, not a value.
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

/** The inspector's lines, as installed. */
const RESOLVE = `function resolveSecretPassphrase(env = process.env, secretFilePath) {
  const direct = env[SECRET_KEY_ENV];
  const hasDirect = direct !== void 0 && direct.trim() !== "";
  if (hasDirect) return { passphrase: direct };
  if (!wantsKeyFile) return {};
}
`;
const COMMENT = `   * file yet" — and the descriptor then falls back to the configured write
   * policy, so a passphrase-configured install claims "Encrypted file"
   * about a file whose encryption state was never established and which
`;

describe("passphrase words in the MCP Inspector's code", () => {
  it.each([
    ["an object literal with a variable as the value", RESOLVE],
    ["a comment with a hyphenated compound", COMMENT],
  ])("%s passes unredacted", (_name, text) => {
    expect(shown(text)).toBe(text);
  });
});

describe("a passphrase said", () => {
  it("a quoted literal passphrase is still redacted", () => {
    expect(shown('return { passphrase: "Kq8vM3tR6xLpZw2N" };')).not.toContain("Kq8vM3tR6xLpZw2N");
  });
  it("an unquoted word that no code set is still redacted", () => {
    expect(shown("settings = { user: bob, password: direct9 };")).not.toContain("direct9");
  });
});
