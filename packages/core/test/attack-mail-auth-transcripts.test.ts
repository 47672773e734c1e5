// Attack (round 46, found from outside): SMTP and IMAP clients log in with the password in base64. `AUTH
// PLAIN <base64 of "\0user\0password">` (RFC 4616) and `AUTH LOGIN`, whose server prompts `334 UGFzc3dvcmQ6`
// ("Password:") and whose client answers with the base64 of the password, are what `swaks`, `openssl s_client`,
// Postfix's and Dovecot's debug logs and a mail library's verbose mode print. A mail or log MCP server's result
// reaches the client with the user's password, one base64 decode away: HTTP's `Authorization: Basic <base64>`
// is redacted, the mail protocols' spellings are not. README: secrets are redacted towards the client. A
// correct guard reads `AUTH PLAIN <base64>` (and the line answering a `334` password prompt) as a credential,
// as it reads HTTP Basic.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** Whether a type is redacted towards the client by default (email and phone only warn). */
const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
/** A mail or log server's result, with the default actions: what reaches the client. */
const shown = (text: string) => {
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};
const b64 = (text: string) => Buffer.from(text).toString("base64");
const PASSWORD = "Kx7pQm2vRt9w";

describe("mail protocols' base64 logins", () => {
  it("the control: HTTP Basic of the same user and password is redacted", () => {
    const basic = b64(`alice:${PASSWORD}`);
    expect(shown(`Proxy-Authorization: Basic ${basic}`)).not.toContain(basic);
  });

  it("swaks's AUTH PLAIN line is redacted", () => {
    const plain = b64(`\0alice@example.com\0${PASSWORD}`);
    const text = ` -> EHLO client.example.com
<-  250-mx1.example.com
<-  250 AUTH PLAIN LOGIN
 -> AUTH PLAIN ${plain}
<-  235 2.7.0 Authentication successful`;
    expect(shown(text)).not.toContain(plain);
  });

  it("a mail log's AUTH PLAIN line is redacted", () => {
    const plain = b64(`\0alice\0${PASSWORD}`);
    const text = `Mar  3 10:12:01 mx1 postfix/smtpd[2211]: < client.example.com[192.0.2.7]: AUTH PLAIN ${plain}`;
    expect(shown(text)).not.toContain(plain);
  });

  it("AUTH LOGIN's answer to the 334 password prompt is redacted", () => {
    const answer = b64(PASSWORD);
    const text = `C: AUTH LOGIN
S: 334 VXNlcm5hbWU6
C: ${b64("alice@example.com")}
S: 334 UGFzc3dvcmQ6
C: ${answer}
S: 235 2.7.0 Authentication successful`;
    expect(shown(text)).not.toContain(answer);
  });

  it("PLAIN's response after an empty challenge, and IMAP's AUTHENTICATE PLAIN, are redacted", () => {
    const plain = b64(`\0alice\0${PASSWORD}`);
    expect(shown(`C: AUTH PLAIN\nS: 334\nC: ${plain}\nS: 235 2.7.0 Authentication successful`)).not.toContain(
      plain,
    );
    expect(shown(`a001 AUTHENTICATE PLAIN ${plain}\na001 OK Logged in`)).not.toContain(plain);
  });

  it("the answer to the username prompt passes", () => {
    const text = `S: 334 VXNlcm5hbWU6\nC: ${b64("alice@example.com")}`;
    expect(shown(text)).toBe(text);
  });

  it("the rest of a session passes", () => {
    const text = ` -> EHLO client.example.com
<-  250-mx1.example.com
<-  250-AUTH PLAIN LOGIN CRAM-MD5
<-  250 SIZE 52428800
 -> MAIL FROM:<alerts@example.com>
<-  250 2.1.0 Ok`;
    expect(shown(text)).toBe(text);
  });
});
