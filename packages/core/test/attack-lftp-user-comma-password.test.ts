// Attack (round 48, found from outside): lftp takes its login as `-u user,password` (its manual: "-u
// user[,pass]", also `open -u user,pass host` inside `-c`/`-e` command strings), the way every mirror and
// backup script that uses it does (`lftp -u webmaster,… -e "mirror -R …" ftp.example.com`). The scanner
// redacts the same password after wget's `--password=` or sshpass's `-p`, but passes lftp's pair whole, so a
// cron file, a deploy script, `ps aux` or shell history read through a tool shows it, and sending such a
// script to a server is not refused. A correct guard reads the part after the comma of lftp's `-u` (and of
// `open -u`) as a password and redacts it; a user alone (`-u anonymous`) passes.
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

const PASSWORD = "Kq8vM3tR6xLp";

describe("lftp's -u user,password", () => {
  it("wget's --password= is redacted (the harness sees what the scanner does)", () => {
    expect(
      shown(`wget --user=backup --password=${PASSWORD} https://files.example.com/dump.sql`),
    ).not.toContain(PASSWORD);
  });

  it.each([
    ["on the command line", `lftp -u backup,${PASSWORD} sftp://files.example.com`],
    [
      "after -e, in a deploy script",
      `lftp -e "mirror -R /srv/www /htdocs; quit" -u webmaster,${PASSWORD} ftp.example.com`,
    ],
    ["open -u inside -c", `lftp -c "open -u backup,${PASSWORD} ftp://files.example.com; mirror /pub /srv"`],
    [
      "a ps aux row",
      `backup    4242  0.0  0.1  23456  7890 ?  S  03:00  0:00 lftp -u backup,${PASSWORD} sftp://files.example.com`,
    ],
  ])("%s: the password is redacted", (_name, text) => {
    expect(shown(text)).not.toContain(PASSWORD);
  });
});

describe("lftp without a password", () => {
  it("a user alone passes", () => {
    const text = "lftp -u anonymous ftp.gnu.org\n";
    expect(shown(text)).toBe(text);
  });
});

describe("lftp's neighbours that hold no password", () => {
  it.each([
    ["a password from a variable", 'lftp -u "backup,$FTP_PASS" sftp://files.example.com\n'],
    ["a URL after -u of another command", "open -u https://example.com/a,b\n"],
    ["a user and an empty password", "lftp -u anonymous, ftp.gnu.org\n"],
  ])("%s passes", (_name, text) => {
    expect(shown(text)).toBe(text);
  });
});
