// Attack (round 50): chpasswd's here-document was read one rule per line for its first four lines, so a
// provisioning script that sets the passwords of five accounts or more (`chpasswd <<EOF` then a line per
// login) handed the client every password from the fifth on, and a script written through a server with them
// was not refused. A correct guard reads every `user:password` line of the here-document to its delimiter,
// and nothing after it.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const shown = (text: string) => {
  const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

const PASSWORDS = [
  "Kq8vM3tR6xLp",
  "Zt4nW9pQ2mVb",
  "Hs7dF3kL8yRc",
  "Nb5xJ2vT9qWe",
  "Pm6gC4rY7uKa",
  "Lw3eB8sD5hTz",
];
const doc = (open: string, close: string) =>
  `#!/bin/sh\n${open}\n${PASSWORDS.map((p, i) => `user${i + 1}:${p}`).join("\n")}\n${close}\necho done\n`;

describe("a here-document of six logins fed to chpasswd", () => {
  it.each([
    ["<<EOF", doc("chpasswd <<EOF", "EOF")],
    ["<<-'END' with tabs", doc("sudo chpasswd <<-'END'", "\tEND").replace(/\nuser/g, "\n\tuser")],
    ['<< "USERS"', doc('chpasswd << "USERS"', "USERS")],
  ])("%s: every password is redacted", (_name, text) => {
    const out = shown(text);
    for (const password of PASSWORDS) expect(out).not.toContain(password);
  });

  it("the lines after the delimiter are not read as logins", () => {
    const text = `chpasswd <<EOF\nuser1:${PASSWORDS[0]}\nEOF\nlog:started at boot\nmode:production-ready\n`;
    expect(shown(text)).toContain("log:started at boot\nmode:production-ready\n");
  });
});
