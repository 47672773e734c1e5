// Attack (round 50, found from the outside): provisioning scripts and their logs (`bash -x`, CI output, a
// shell history an assistant reads) set a password by piping it into a command that reads it from stdin:
// `echo "…" | passwd --stdin user` (RHEL/Fedora), `echo -e "…\n…" | smbpasswd -s -a user` (Samba), `echo -n
// "…" | kinit principal` (MIT Kerberos). The scanner redacts the same pipe into `docker login
// --password-stdin` and into `chpasswd`, but passes these whole, to the client and to a server. A correct
// guard reads what is echoed into these commands as the password (as positional-credentials.ts reads
// `--password-stdin`) and redacts it.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
/** What the client is shown under the default actions (a type the table does not know counts as a secret). */
const shown = (text: string) => {
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};
/** The types that would block the text as a tool's argument (towards the server). */
const blockedAsArgument = (text: string) =>
  scanner
    .scan({ content: [{ type: "text", text }] }, "request", () => false)
    .findings.map((f) => f.type)
    .filter((type) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).request === "block");

const PASSWORD = "Zk4pW8sN1qT6";
const PIPES = [
  [
    "passwd --stdin",
    `+ echo "${PASSWORD}" | passwd --stdin deploy\nChanging password for user deploy.\npasswd: all authentication tokens updated successfully.\n`,
  ],
  ["smbpasswd -s", `+ echo -e "${PASSWORD}\\n${PASSWORD}" | smbpasswd -s -a deploy\nAdded user deploy.\n`],
  [
    "kinit",
    `$ echo -n '${PASSWORD}' | kinit deploy@CORP.EXAMPLE\n$ klist\nTicket cache: FILE:/tmp/krb5cc_1000\n`,
  ],
] as const;

describe("passwords piped into commands that read them from stdin", () => {
  it("the pipe into docker login --password-stdin is redacted (the harness sees what the scanner does)", () => {
    expect(
      shown(`echo '${PASSWORD}' | docker login registry.corp.example -u deploy --password-stdin\n`),
    ).not.toContain(PASSWORD);
  });

  it.each(PIPES)("the pipe into %s is redacted", (_name, text) => {
    expect(shown(text)).not.toContain(PASSWORD);
  });

  it.each(PIPES)("the pipe into %s is blocked as a tool's argument", (_name, text) => {
    expect(blockedAsArgument(text).length).toBeGreaterThan(0);
  });

  it("an environment reference piped in passes", () => {
    const text = 'echo "$DEPLOY_PASSWORD" | passwd --stdin deploy\n';
    expect(shown(text)).toBe(text);
  });

  // Added by the fixer: the neighbouring readers and the here-string, and a reference read through sudo.
  it.each([
    ["sudo -S", `echo '${PASSWORD}' | sudo -S apt-get update\n`],
    ["sudo passwd --stdin", `echo "${PASSWORD}" | sudo passwd --stdin deploy\n`],
    ["a here-string into kinit", `kinit deploy@CORP.EXAMPLE <<< '${PASSWORD}'\n`],
    ["a here-string into passwd --stdin", `passwd --stdin deploy <<< "${PASSWORD}"\n`],
  ])("%s is redacted", (_name, text) => {
    expect(shown(text)).not.toContain(PASSWORD);
  });

  it("a reference piped through sudo -S passes", () => {
    const text = 'echo "${SUDO_PASSWORD}" | sudo -S systemctl restart app\n';
    expect(shown(text)).toBe(text);
  });
});
