// Attack (round 46, found from outside): the line-based protocols send the password as a command's argument:
// IMAP's `a001 LOGIN <user> <password>` (RFC 9051), POP3's and FTP's `USER <user>` then `PASS <password>`
// (RFC 1939, RFC 959). `curl -v`, `openssl s_client`, `ftp -d`, Dovecot's rawlog and a mail client's debug log
// print them so. A shell or log MCP server's result reaches the client with the password in clear: nothing
// reads these commands. README: secrets (passwords included) are redacted towards the client. A correct guard
// reads PASS's argument after a USER line and LOGIN's last argument as a password; a `PASS` that is prose
// (a test suite's summary, "PASS tests/login.test.ts") passes.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** Whether a type is redacted towards the client by default (email and phone only warn). */
const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
/** A shell or log server's result, with the default actions: what reaches the client. */
const shown = (text: string) => {
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};
const PASSWORD = "Kx7pQm2vRt9w";

describe("passwords as protocol command arguments", () => {
  it("IMAP LOGIN's password is redacted", () => {
    const text = `* OK [CAPABILITY IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE IDLE AUTH=PLAIN] Dovecot ready.
a001 LOGIN alice ${PASSWORD}
a001 OK [CAPABILITY IMAP4rev1] Logged in`;
    expect(shown(text)).not.toContain(PASSWORD);
  });

  it("POP3's PASS is redacted", () => {
    const text = `+OK Dovecot ready.
USER alice
+OK
PASS ${PASSWORD}
+OK Logged in.`;
    expect(shown(text)).not.toContain(PASSWORD);
  });

  it("FTP's PASS as curl -v prints it is redacted", () => {
    const text = `< 220 (vsFTPd 3.0.5)
> USER alice
< 331 Please specify the password.
> PASS ${PASSWORD}
< 230 Login successful.`;
    expect(shown(text)).not.toContain(PASSWORD);
  });

  it("IRC's PASS before NICK and USER is redacted", () => {
    const text = `PASS ${PASSWORD}\nNICK alice\nUSER alice 0 * :Alice`;
    expect(shown(text)).not.toContain(PASSWORD);
  });

  it("prose about the commands and a password from a variable pass", () => {
    for (const text of [
      "The LOGIN command takes a user name and a password",
      "USER alice\nPASS $FTP_PASSWORD",
      "Chapter 3 Login screen design",
    ])
      expect(shown(text)).toBe(text);
  });

  it("a test runner's PASS lines pass", () => {
    const text = " PASS  tests/login.test.ts\n PASS  tests/session.test.ts\n\nTests: 12 passed, 12 total";
    expect(shown(text)).toBe(text);
  });
});
