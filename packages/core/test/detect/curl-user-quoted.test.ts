// curl -u / --user with a quoted user:password: the shell passes the quoted word whole, blanks included, so the
// password found is all of it up to the closing quote, not its first word (which left the rest in the clear).
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const passwords = (text: string) =>
  scanner
    .spans(text)
    .filter((s) => s.type === "basic_auth")
    .map((s) => text.slice(s.start, s.end));

const PW = "Hq4rT8 xW2mZp9Kd";

describe("curl's quoted user:password", () => {
  it.each([
    `curl -u "admin:${PW}" https://api.internal/`,
    `curl -u 'admin:${PW}' https://api.internal/`,
    `curl --user "admin:${PW}" https://api.internal/`,
    `curl --user='admin:${PW}' https://api.internal/`,
    `curl --user "apikey":"${PW}" https://api.internal/`,
    `curl -u admin:'${PW}' https://api.internal/`,
    `curl -u "user:pa ss w0rd" https://api.internal/`,
  ])("%s gives the whole quoted password", (command) => {
    const whole = /:["']?([^"']*)["']? https/.exec(command)![1]!;
    expect(passwords(command)).toEqual([whole]);
  });

  it("an unquoted password still ends at its blank", () => {
    expect(passwords(`curl -u admin:Hq4rT8xW2mZp9Kd https://api.internal/`)).toEqual(["Hq4rT8xW2mZp9Kd"]);
  });

  it.each([
    // no password given: curl asks for it
    `curl -u user: https://api.internal/`,
    // an empty quoted password is no password, and the next option's quotes start no value
    `curl -u "user:" -d '{"a": 1}' https://api.internal/`,
    // a quote that never closes is no quoted value
    `curl -u "admin:Hq4rT8 xW2mZp9Kd https://api.internal/`,
  ])("%s gives no password across words", (command) => {
    for (const found of passwords(command)) expect(found).not.toMatch(/\s/);
  });
});
