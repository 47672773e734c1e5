// Attack (round 46, found from outside): Windows tools take options as `/name:value` or `/name value`, not
// `--name=value`. `cmdkey /add:host /user:u /pass:<password>` stores a credential, `schtasks /create … /ru
// <user> /rp <password>` runs a task as a user, and PowerShell's `ConvertTo-SecureString <password>
// -AsPlainText` takes its clear text unquoted as the first positional. A shell or remote-admin MCP server's
// result (command history, a runbook, a transcript of a session) reaches the client with the password whole:
// the Unix spellings (`-p`, `--password=`, `net user u <password>`, `ConvertTo-SecureString "<password>"`) are
// redacted, these are not. README: secrets (passwords included) are redacted towards the client. A correct
// guard reads a Windows switch that names a password (`/pass`, `/password`, `/p`, `/rp`) as it reads the Unix
// option, and ConvertTo-SecureString's plain-text argument quoted or not.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** Whether a type is redacted towards the client by default (email and phone only warn). */
const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
/** A shell server's result, with the default actions: what reaches the client. */
const shown = (text: string) => {
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};
const PASSWORD = "Kx7pQm2vRt9w";

describe("Windows password switches", () => {
  it("the control: net user's positional password and a quoted ConvertTo-SecureString are redacted", () => {
    expect(shown(`C:\\> net user svc_backup ${PASSWORD} /add /domain`)).not.toContain(PASSWORD);
    expect(shown(`$pw = ConvertTo-SecureString "${PASSWORD}" -AsPlainText -Force`)).not.toContain(PASSWORD);
  });

  it("cmdkey /pass:<password> is redacted", () => {
    const text = `C:\\> cmdkey /add:fileserver01 /user:CORP\\svc_backup /pass:${PASSWORD}
CMDKEY: Credential added successfully.`;
    expect(shown(text)).not.toContain(PASSWORD);
  });

  it("cmdkey /generic: with /pass: is redacted", () => {
    expect(shown(`cmdkey /generic:git:https://github.com /user:octo /pass:${PASSWORD}`)).not.toContain(
      PASSWORD,
    );
  });

  it("schtasks /rp <password> is redacted", () => {
    const text = `C:\\> schtasks /create /tn "Nightly Backup" /tr C:\\ops\\backup.cmd /sc daily /st 02:00 /ru CORP\\svc_backup /rp ${PASSWORD}
SUCCESS: The scheduled task "Nightly Backup" has successfully been created.`;
    expect(shown(text)).not.toContain(PASSWORD);
  });

  it("ConvertTo-SecureString with its plain text unquoted is redacted", () => {
    const text = `PS C:\\> New-LocalUser -Name svc_app -Password (ConvertTo-SecureString ${PASSWORD} -AsPlainText -Force)`;
    expect(shown(text)).not.toContain(PASSWORD);
  });

  it.each([
    `C:\\> netdom join PC01 /domain:corp.local /UserD:corp\\admin /PasswordD:${PASSWORD}`,
    `C:\\> winrs -r:srv01 -u:admin -p:${PASSWORD} ipconfig`,
    `C:\\> dsadd user "cn=bob,dc=corp,dc=local" -pwd ${PASSWORD} -mustchpwd yes`,
    `C:\\> schtasks /query /s srv01 /u CORP\\admin /p ${PASSWORD}`,
    `PS C:\\> ConvertTo-SecureString -AsPlainText -Force -String ${PASSWORD}`,
  ])("the neighbouring switch %s is redacted", (text) => {
    expect(shown(text)).not.toContain(PASSWORD);
  });

  it("a switch that prompts, a variable and a URL's /pass pass", () => {
    for (const text of [
      "C:\\> cmdkey /add:fileserver01 /user:CORP\\svc_backup /pass",
      "C:\\> schtasks /create /tn Nightly /tr C:\\ops\\backup.cmd /ru CORP\\svc_backup /rp * /f",
      "PS C:\\> $pw = ConvertTo-SecureString $plain -AsPlainText -Force",
      "GET /pass/reset?step=2 HTTP/1.1",
      "See https://example.com/account/pass:reset for the form.",
    ])
      expect(shown(text)).toBe(text);
  });

  it("switches that name no secret pass", () => {
    for (const text of [
      "C:\\> cmdkey /list:fileserver01",
      'C:\\> schtasks /query /tn "Nightly Backup" /fo LIST /v',
      "C:\\> robocopy C:\\data D:\\backup /mir /r:3 /w:10 /log:C:\\ops\\copy.log",
    ])
      expect(shown(text)).toBe(text);
  });
});
