// Attack (round 43, found from outside): the password hashes of the web applications people run most, and
// two protocol hashes cracking tools are fed, pass the scan where nothing names them a password: WordPress's
// phpass (`$P$…`, phpBB's `$H$…`) and WordPress 6.8's bcrypt (`$wp$2y$10$…`: the `$2y$` rule wants no letter
// before its `$`), Drupal 7's `$S$…`, passlib's `$pbkdf2-sha256$…` (Airflow, Home Assistant, many Python
// apps), Apache htpasswd's `{SHA}…`, and NetNTLMv2 challenge responses as Responder logs them. They are
// offline-crackable like the crypt and Django formats the scan does find (docs/detection.md: a hash itself,
// `$2b$…`, is still found; `password_hash`), and here they come as real tools print them: `drush sql:query`
// and `wp db query --skip-column-names` print rows without a header, htpasswd files and Responder's logs have
// no column names. A correct guard reports each as password_hash by its own shape, as it does `$2b$` and
// `pbkdf2_sha256$`.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const typesIn = (text: string) =>
  scanner.scan({ content: [{ type: "text", text }] }, "result", () => true).findings.map((f) => f.type);

const CRYPT64 = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
/** n characters of crypt's alphabet, as a salt or digest of these formats prints. */
const crypt64 = (n: number, seed: string) =>
  [...createHash("sha512").update(seed).digest()]
    .slice(0, n)
    .map((b) => CRYPT64[b % 64])
    .join("");
const hex = (n: number, seed: string) => createHash("sha512").update(seed).digest("hex").slice(0, n);

const cases: [string, string][] = [
  // `wp db query "SELECT user_login, user_pass FROM wp_users" --skip-column-names`
  ["WordPress phpass", `admin\t$P$B${crypt64(30, "wp")}\neditor\t$P$B${crypt64(30, "wp2")}\n`],
  // WordPress 6.8+ stores bcrypt of the HMAC-SHA384'd password behind its own `$wp` marker.
  ["WordPress 6.8 bcrypt", `admin\t$wp$2y$10$${crypt64(53, "wp68")}\n`],
  ["phpBB phpass", `1\tadmin\t$H$9${crypt64(30, "bb")}\n`],
  // `drush sql:query "SELECT name, pass FROM users_field_data WHERE uid > 0"`
  ["Drupal 7", `admin\t$S$D${crypt64(51, "dr")}\n`],
  // passlib's pbkdf2_sha256.hash(), as Airflow's and Home Assistant's user stores keep it.
  [
    "passlib pbkdf2",
    `{"username": "admin", "hash": "$pbkdf2-sha256$29000$${crypt64(22, "pl")}$${crypt64(43, "pl2")}"}`,
  ],
  // `htpasswd -nbs bob …` and the .htpasswd it goes to.
  ["htpasswd SHA", `bob:{SHA}${createHash("sha1").update("Tr0ub4dor&3").digest("base64")}\n`],
  // Responder's log of a captured SMB authentication (hashcat mode 5600).
  [
    "NetNTLMv2",
    `[SMB] NTLMv2-SSP Client   : 10.0.0.23\n[SMB] NTLMv2-SSP Username : CORP\\alice\n[SMB] NTLMv2-SSP Hash     : alice::CORP:1122334455667788:${hex(32, "proof").toUpperCase()}:0101000000000000${hex(180, "blob").toUpperCase()}\n`,
  ],
];

describe("web applications' password hashes, unnamed", () => {
  it.each(cases)("%s is a password_hash", (_name, text) => {
    expect(typesIn(text)).toContain("password_hash");
  });

  it("the control: a bcrypt hash on the same kind of line is found", () => {
    expect(typesIn(`admin\t$2y$10$${crypt64(53, "bc")}\n`)).toContain("password_hash");
  });
});
