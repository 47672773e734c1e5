// Round 43 (left by round 42): round 42 made a salt or pepper named after a credential's word a secret
// (SECURITY_PASSWORD_SALT, AUTH_SALT), but a salt named by itself passed whole. Real configurations keep
// such a salt as the key their hashing or their ids are keyed with: Matomo's config.ini.php (`salt = "…"`
// under [General]), Nextcloud's config.php (`'passwordsalt' => '…'`), Mattermost's config.json
// (`"PublicLinkSalt": "…"`), Rails' Active Record encryption credentials (`key_derivation_salt: …`), Devise's
// `config.pepper`, Laravel Hashids and Umami (`HASHIDS_SALT=`, `HASH_SALT=`), django-hashid-field
// (`HASHID_FIELD_SALT = "…"`), a Node app's .env (`SALT=`). The value is judged as a bare key's is (random
// enough for one), so a salt's settings (rounds, length) and code that makes one stay.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** A tool's result, every type set to redact: what reaches the client. */
const shown = (text: string) =>
  JSON.stringify(scanner.scan({ content: [{ type: "text", text }] }, "result", () => true).value);

const SALT = "pa5h8fcbsz8x7k3q9e4rwd2mjyu6ntvg";

describe("a salt named by itself", () => {
  it.each([
    ["Matomo's config.ini.php", `[General]\nsalt = "${SALT}"\n`],
    ["Nextcloud's config.php", `$CONFIG = array (\n  'passwordsalt' => '${SALT}',\n  'secret' => 'x',\n);`],
    ["Mattermost's config.json", `{"FileSettings": {"PublicLinkSalt": "${SALT}", "MaxFileSize": 52428800}}`],
    ["Rails' encryption credentials", `active_record_encryption:\n  key_derivation_salt: ${SALT}\n`],
    ["Devise's pepper", `  config.pepper = '${SALT}'`],
    ["a Laravel Hashids .env", `APP_ENV=production\nHASHIDS_SALT=${SALT}\n`],
    ["Umami's .env", `DATABASE_URL=postgresql://db/umami\nHASH_SALT=${SALT}\n`],
    ["django-hashid-field", `HASHID_FIELD_SALT = "${SALT}"`],
    ["a Node app's .env", `PORT=3000\nSALT=${SALT}\n`],
    ["YAML", `hashing:\n  salt: ${SALT}\n`],
  ])("%s is not shown with its salt", (name, text) => {
    expect(shown(text).includes(SALT), `the salt reached the client in ${name}`).toBe(false);
  });

  it.each([
    ["rounds", "SALT_ROUNDS=10"],
    ["a short cost", "BCRYPT_SALT=12"],
    ["a call that makes one", "const salt = await bcrypt.genSalt(saltRounds);"],
    ["Python's gensalt", "salt = bcrypt.gensalt(rounds=12)"],
    ["random bytes", "salt = os.urandom(16)"],
    ["a length", '"saltLength": 32'],
    ["a recipe", "Salt: Himalayan pink, finely ground"],
    ["a stand-in", 'HASHIDS_SALT="your-salt-here"'],
  ])("%s is no salt's value", (_, text) => {
    expect(shown(text)).toBe(JSON.stringify({ content: [{ type: "text", text }] }));
  });
});
