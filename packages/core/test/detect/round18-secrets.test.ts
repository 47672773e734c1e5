// Round 18 of the secret rules: credentials set by a statement's grammar rather than by `name = value` (a
// setter's call, a Java or Gradle property on a command line, SQL's IDENTIFIED BY), and the names that
// templating and release tools wrap in delimiters, which are slots, not values.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";
import { chars } from "./samples.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const secretsIn = (text: string) => scanner.spans(text).filter((s) => s.category === "secret");
/** The text as it would be forwarded with every finding redacted. */
const forwarded = (text: string) =>
  (scanner.scan({ text }, "params", () => true).value as { text: string }).text;

const AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const FIXED = "h7Kp2mQz9LxR4vW";

describe("a credential set by a setter's or builder's call", () => {
  const calls = [
    (v: string) => `entry.setPassword("${v}")`,
    (v: string) => `client.setApiKey('${v}');`,
    (v: string) => `Config.builder().withClientSecret("${v}").build()`,
    (v: string) => `conn.set_password("${v}")`,
    (v: string) => `Auth.builder().password("${v}")`,
    (v: string) => `OpenAI.builder().apiKey("${v}")`,
  ];

  it.each(calls.map((make) => [make(FIXED)]))("%j is redacted", (text) => {
    expect(forwarded(text)).not.toContain(FIXED);
  });

  it("holds for random values", () => {
    for (let i = 0; i < 200; i++) {
      const value = chars(AN, 16);
      for (const make of calls) expect(forwarded(make(value)), make(value)).not.toContain(value);
    }
  });

  it.each([
    // calls that read, check or transform: their literal is an argument (a name, an input)
    `hashPassword("${FIXED}")`,
    `validateApiKey("${FIXED}")`,
    `vault.getToken("${FIXED}")`,
    `const { data } = useToken("${FIXED}")`,
    // a setter given a variable, an empty string or a template
    "setPassword(newPassword)",
    'setPassword("")',
    'setPassword("${DB_PASSWORD}")',
    // a label, not a value
    'i18n.password("Password")',
  ])("%j is not reported", (text) => {
    expect(secretsIn(text), text).toEqual([]);
  });
});

describe("a property set on a command line", () => {
  it.each([`java -Dpassword=${FIXED} -jar app.jar`, `./gradlew publish -Ptoken=${FIXED}`])(
    "%j is redacted",
    (text) => {
      expect(forwarded(text)).not.toContain(FIXED);
    },
  );

  it("a reference in the value's place is not reported", () => {
    expect(secretsIn("java -Dpassword=${DB_PASSWORD} -jar app.jar")).toEqual([]);
  });
});

describe("SQL's IDENTIFIED BY", () => {
  it.each([
    `CREATE USER app IDENTIFIED BY '${FIXED}';`,
    `GRANT ALL ON *.* TO 'app'@'%' IDENTIFIED BY "${FIXED}";`,
    `ALTER USER 'app'@'%' IDENTIFIED WITH caching_sha2_password BY '${FIXED}';`,
    // Oracle's unquoted password, before the statement's end
    `create user scott identified by ${FIXED};`,
  ])("%j is redacted", (text) => {
    expect(forwarded(text)).not.toContain(FIXED);
  });

  it.each([
    // prose, and code quoted in prose
    "Each user is identified by their e-mail address.",
    "Using the method identified by `algorithm`, subtle.digest() returns a digest.",
    // Oracle's stored verifier, not the password (MySQL's `BY PASSWORD '*…'` hash is left to the password
    // name's rule: with mysql_native_password the hash alone logs in)
    "CREATE USER scott IDENTIFIED BY VALUES 'S:8F2D65FB5547B71C8DA3760F10960428CD307B1C6271691FC55C1F56554A';",
    // a template in the password's place
    "CREATE USER app IDENTIFIED BY '${DB_PASSWORD}';",
  ])("%j is not reported", (text) => {
    expect(secretsIn(text), text).toEqual([]);
  });
});

describe("a name wrapped in a templating tool's delimiters is a slot", () => {
  it.each([
    'password = "@@PASSWORD@@"',
    'password = "%%db_password%%"',
    'password = "$DB_PASSWORD$"',
    'secret = "_CLIENT_SECRET_"',
    'token: "--API-TOKEN--"',
    'password = "[%db.password%]"',
    'password = "(hidden)"',
    'password: "{$password}"',
    "password: :db_password",
  ])("%j is not reported", (text) => {
    expect(secretsIn(text), text).toEqual([]);
  });

  it.each([
    // a chosen password between two such characters mixes cases or puts digits inside a word
    'password = "$Xk29qLm$"',
    'password = "(tr0ub4dor)"',
    'password = "_Hk7x9P_"',
  ])("%j is still reported", (text) => {
    expect(secretsIn(text).length, text).toBeGreaterThan(0);
  });
});
