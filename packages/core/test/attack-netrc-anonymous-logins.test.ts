// False refusal (round 47, found from outside): the conventional password of an anonymous FTP login (RFC
// 1635: the user's mail address, or a stand-in for it) is redacted as a secret when it is a stand-in without
// a dotted domain. Perl's Net/Netrc.pm documents `default login anonymous password user@site`, the line
// netrc(5) tutorials copy, and Net::FTP and URI::ftp default to `anonymous@` and `-anonymous@`; the scanner
// redacts `user@site`. docs/detection.md and anonymous-login.ts promise that an anonymous login's password is
// no secret, and `password guest@example.com` on the same line passes; a stand-in address does not. A correct
// guard passes any password of an anonymous login; a named login's password on the same line is still
// redacted.
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

describe("an anonymous FTP login in .netrc", () => {
  it.each([
    ["Net::Netrc's documented default", "    default login anonymous password user@site\n"],
    ["a machine line", "machine ftp.debian.org login anonymous password user@site\n"],
  ])("%s passes unredacted", (_name, text) => {
    expect(shown(text)).toBe(text);
  });

  it("a full address as the password passes (the harness sees what the scanner does)", () => {
    const text = "default login anonymous password guest@example.com\n";
    expect(shown(text)).toBe(text);
  });

  it("a named login's password on the same line is still redacted", () => {
    expect(shown("machine ftp.example.org login backup password Kd93mxQ2pzL7\n")).not.toContain(
      "Kd93mxQ2pzL7",
    );
  });

  // Neighbours (fix48fp): Net::FTP's own default, and the login after the password, pass; a password that is
  // no address beside an anonymous login, and an address beside a named login, are still redacted.
  it("Net::FTP's -anonymous@ and a login after the password pass", () => {
    const text =
      "machine ftp.gnu.org login ftp password -anonymous@\nmachine ftp.kernel.org password me@home login anonymous\n";
    expect(shown(text)).toBe(text);
  });

  it.each([
    [
      "a real password beside an anonymous login",
      "machine ftp.example.org login anonymous password Tq8mZ2vLp9wXr4kN\n",
      "Tq8mZ2vLp9wXr4kN",
    ],
    [
      "an address-like password of a named login",
      "machine ftp.example.org login backup password Kd93mxQ2@pzL7\n",
      "Kd93mxQ2@pzL7",
    ],
  ])("%s is still redacted", (_name, text, secret) => {
    expect(shown(text)).not.toContain(secret);
  });
});
