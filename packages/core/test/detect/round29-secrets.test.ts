// Round 29 of the secret rules: values a credential's name puts forward that are none, by kind (from the
// development corpora's negatives), each beside a real credential of the same shape that is still reported.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";
import { isHeaderName } from "../../src/detect/secrets/values-not-credentials.js";
import { chars } from "./samples.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const secretsIn = (text: string) => scanner.spans(text).filter((s) => s.category === "secret");
/** The text as it would be forwarded with every finding redacted. */
const forwarded = (text: string) =>
  (scanner.scan({ text }, "params", () => true).value as { text: string }).text;

const AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

describe("an HTTP header's name under a token's or key's name", () => {
  // each was reported before this round
  it.each([
    'const contentTypeToken string = "Content-Type"',
    'const sessionToken = "X-Request-Id"',
    "api_token = 'Cache-Control'",
    "secret: Proxy-Authorization",
    'access_key = "Content-Security-Policy"',
  ])("%j is not reported", (text) => {
    expect(secretsIn(text), text).toEqual([]);
  });

  it("a token beside it is still redacted", () => {
    const token = chars(AN, 32);
    const text = `const contentTypeToken string = "Content-Type"\nconst fastlyToken string = "${token}"`;
    expect(forwarded(text)).toContain("Content-Type");
    expect(forwarded(text)).not.toContain(token);
  });

  it("a passphrase of capitalised words under a password's name is still a password", () => {
    expect(forwarded('password = "Correct-Horse-Battery-Staple"')).not.toContain("Correct-Horse");
  });

  it("random words of that shape are not header names", () => {
    expect(isHeaderName("Content-Type")).toBe(true);
    expect(isHeaderName("X-Request-Id")).toBe(true);
    for (const value of ["Xkqz-Bcdfg", "Content-Type2", "CONTENT-TYPE", "Ab-Cd", "Xk29-Lm3q"])
      expect(isHeaderName(value), value).toBe(false);
  });
});

describe("the password of an anonymous login", () => {
  // each was reported before this round
  it.each([
    'server->user = "anonymous";\nserver->password = "busybox@";',
    "ftp:\n  user: anonymous\n  password: IEUser@",
    "ftp_user=anonymous ftp_password=mozilla@",
    '{"login": "ftp", "password": "-wget@"}',
  ])("%j is not reported", (text) => {
    expect(secretsIn(text), text).toEqual([]);
  });

  it("a password of another shape beside an anonymous user is still redacted", () => {
    const password = `${chars(AN, 12)}!`;
    expect(forwarded(`server->user = "anonymous";\nserver->password = "${password}";`)).not.toContain(
      password,
    );
  });

  it("an e-mail-like password of a named user is still redacted", () => {
    expect(forwarded('server->user = "deploy";\nserver->password = "Xk29fq7@"')).not.toContain("Xk29fq7@");
  });

  it("a user set to anonymous far above (another block) does not count", () => {
    const text = `user = "anonymous"\n${"# ...\n".repeat(40)}[backup]\nuser = "backup"\npassword = "Xk29fq7@"`;
    expect(forwarded(text)).not.toContain("Xk29fq7@");
  });
});
