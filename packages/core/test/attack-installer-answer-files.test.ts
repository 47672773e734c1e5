// Attack (round 42, found from outside): the files that install and provision machines carry the
// administrator's password in their own shapes, and each passes the scan: Windows Setup's unattend.xml
// (`<AdministratorPassword>`/`<AutoLogon>` hold it as `<Password><Value>…</Value><PlainText>true</PlainText>`,
// the value's element named `Value`, its parent `Password`), a Group Policy Preferences `Groups.xml`
// (`cpassword="…"`, AES under the key Microsoft published in MS-GPPREF, so anyone reads it: MS14-025), a Debian
// preseed file (`d-i passwd/root-password password …`, debconf's owner, question, type and value),
// cloud-init's `chpasswd: list:` (`user:password` lines) and a kickstart's `rootpw --plaintext …`. Beside them
// a kickstart's `user --password=…` and cloud-init's `plain_text_passwd:` are found. README: secrets (passwords included) are blocked towards a
// server and redacted towards the client; docs/detection.md reads an XML element named as a password by its
// tag or its `name` attribute. A correct guard takes the password in each of these files.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** A tool's result, every type set to redact: what reaches the client. */
const shown = (text: string) =>
  JSON.stringify(scanner.scan({ content: [{ type: "text", text }] }, "result", () => true).value);
/** A call writing a file, every type set to redact: what reaches the server. */
const sent = (path: string, content: string) =>
  JSON.stringify(
    scanner.scan({ name: "write_file", arguments: { path, content } }, "params", () => true).value,
  );

const PASSWORD = "Xr7tQm2vLp9K";
/** "Winter#2026Acme", encrypted as Group Policy Preferences encrypt it (AES-256-CBC, MS-GPPREF's key). */
const CPASSWORD = "2JhqeU6OpLqMUNRqDfe3Is4JBLebahBwuZn4HyA1eTE";

const UNATTEND = `<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <UserAccounts>
        <AdministratorPassword>
          <Value>${PASSWORD}</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
      <AutoLogon>
        <Password>
          <Value>${PASSWORD}</Value>
          <PlainText>true</PlainText>
        </Password>
        <Enabled>true</Enabled>
        <LogonCount>1</LogonCount>
        <Username>Administrator</Username>
      </AutoLogon>
    </component>
  </settings>
</unattend>`;

const GROUPS_XML = `<?xml version="1.0" encoding="utf-8"?>
<Groups clsid="{3125E937-EB16-4b4c-9934-544FC6D24D26}">
  <User clsid="{DF5F1855-51E5-4d24-8B1A-D9BDE98BA1D1}" name="Administrator (built-in)" image="2" changed="2024-03-05 14:22:01" uid="{A5E3F388-6F0D-4F4C-9A4B-8C1A2B3C4D5E}">
    <Properties action="U" newName="" fullName="" description="" cpassword="${CPASSWORD}" changeLogon="0" noChange="1" neverExpires="1" acctDisabled="0" userName="Administrator (built-in)"/>
  </User>
</Groups>`;

const PRESEED = `d-i debian-installer/locale string en_US.UTF-8
d-i netcfg/get_hostname string web01
d-i passwd/root-login boolean true
d-i passwd/root-password password ${PASSWORD}
d-i passwd/root-password-again password ${PASSWORD}
d-i passwd/user-fullname string Deploy User
d-i passwd/username string deploy
d-i passwd/user-password password ${PASSWORD}
d-i passwd/user-password-again password ${PASSWORD}`;

const CLOUD_INIT = `#cloud-config
hostname: web01
ssh_pwauth: true
chpasswd:
  list: |
    root:${PASSWORD}
    ubuntu:${PASSWORD}
  expire: false`;

describe("installer and provisioning answer files", () => {
  it("a kickstart's user --password= and cloud-init's plain_text_passwd are found (the rules this door is beside)", () => {
    expect(shown(`user --name=deploy --password=${PASSWORD} --plaintext`).includes(PASSWORD)).toBe(false);
    expect(shown(`users:\n  - name: deploy\n    plain_text_passwd: ${PASSWORD}`).includes(PASSWORD)).toBe(
      false,
    );
  });

  it.each([
    ["unattend.xml", UNATTEND, PASSWORD],
    ["a Group Policy Preferences Groups.xml", GROUPS_XML, CPASSWORD],
    ["a Debian preseed.cfg", PRESEED, PASSWORD],
    ["cloud-init user-data with chpasswd", CLOUD_INIT, PASSWORD],
    [
      "a kickstart's rootpw",
      `lang en_US.UTF-8\nkeyboard us\nrootpw --plaintext ${PASSWORD}\ntimezone UTC`,
      PASSWORD,
    ],
  ])("%s is not shown with its password", (name, text, secret) => {
    expect(shown(text).includes(secret), `the password reached the client in ${name}`).toBe(false);
  });

  it.each([
    ["C:\\Windows\\Panther\\unattend.xml", UNATTEND, PASSWORD],
    ["/srv/tftp/preseed.cfg", PRESEED, PASSWORD],
  ])("%s is not written with its password", (path, content, secret) => {
    expect(sent(path, content).includes(secret), `the password reached the server in ${path}`).toBe(false);
  });
});
