// Attack (round 42, found from outside): round 41's suffix rule (credential-suffixes.ts, docs/detection.md)
// keeps a credential's name one whatever word follows it, except a word that makes the name about the
// credential rather than its value; it lists "salt" among those (with "prefix", "algorithm", "rounds": what the
// value looks like). But in the names real applications read, the salt after a credential word is itself the
// secret: Flask-Security's SECURITY_PASSWORD_SALT is the HMAC key every password hash and reset token is
// signed with (its docs: generate it with secrets.SystemRandom().getrandbits(128), keep it with SECRET_KEY),
// and WordPress's AUTH_SALT / SECURE_AUTH_SALT sign its login cookies. So a Flask app's .env, config.py or
// settings JSON hands the model SECRET_KEY redacted (control) and SECURITY_PASSWORD_SALT beside it whole, and
// so does a settings object in structuredContent. A correct guard reads a salt named for a password, an auth
// or a token as that secret's value, as it does a pepper (PASSWORD_PEPPER is found).
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** A tool's result, every type set to redact: what reaches the client. */
const shown = (result: unknown) => JSON.stringify(scanner.scan(result, "result", () => true).value);
const text = (t: string) => ({ content: [{ type: "text", text: t }] });

const SECRET_KEY = "b7f3c91e4d2a8f6051c3e9d7a4b2f8e1";
const SALT = "230918476512098374651209834765120983";
const WP_SALT = "Kq8vR2mX7pLw4Tz9bN3cY6hJfW5sD1gA";

describe("a salt named for a password, an auth or a token", () => {
  it.each([
    [
      "flask .env",
      text(`FLASK_APP=app.py\nSECRET_KEY=${SECRET_KEY}\nSECURITY_PASSWORD_SALT=${SALT}\n`),
      SALT,
    ],
    [
      "flask config.py",
      text(
        `class ProductionConfig(Config):\n    SECRET_KEY = "${SECRET_KEY}"\n    SECURITY_PASSWORD_SALT = "${SALT}"\n    SECURITY_PASSWORD_HASH = "argon2"\n`,
      ),
      SALT,
    ],
    [
      "settings object",
      {
        content: [],
        structuredContent: { SECRET_KEY, SECURITY_PASSWORD_SALT: SALT, SECURITY_REGISTERABLE: true },
      },
      SALT,
    ],
    [
      "wordpress AUTH_SALT",
      text(`define( 'AUTH_KEY', '${SECRET_KEY}' );\ndefine( 'AUTH_SALT', '${WP_SALT}' );`),
      WP_SALT,
    ],
  ])("%s: the salt does not reach the client", (_name, result, salt) => {
    // the rules this door is beside: the secret key in the same file, and a pepper
    expect(shown(result).includes(SECRET_KEY)).toBe(false);
    expect(shown(text(`PASSWORD_PEPPER=${SALT}`)).includes(SALT)).toBe(false);
    expect(shown(result).includes(salt), "the salt reached the client").toBe(false);
  });
});
