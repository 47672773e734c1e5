import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const secretsIn = (text: string) =>
  scanner
    .spans(text)
    .filter((s) => s.category === "secret")
    .map((s) => text.slice(s.start, s.end));

describe("a password said in a sentence is found, without the sentence's punctuation", () => {
  it.each([
    ["My password is Tr0ub4dor&3, please reset the account.", "Tr0ub4dor&3"],
    ["my password is hunter2", "hunter2"],
    ["The WiFi password is Pass1234!, connect now.", "Pass1234!"],
    ["The login pass is Summer2025!, use it for troubleshooting.", "Summer2025!"],
    ["Your password has been reset to Temp1234x.", "Temp1234x"],
    ["the admin password was changed to N3wP4ss! yesterday", "N3wP4ss!"],
    ["the password is now 'Kf8#vq2L'.", "Kf8#vq2L"],
    ["userPassword is Xk9vLq2m", "Xk9vLq2m"],
    ["the PW is Kx9#mQ2v now", "Kx9#mQ2v"],
    ["the vault passcode is 48213957", "48213957"],
    ["Das Passwort lautet Geheim123!", "Geheim123!"],
    ["Le mot de passe est Soleil2024.", "Soleil2024"],
  ])("%s", (text, value) => {
    expect(secretsIn(text)).toEqual([value]);
  });
});

describe("sentences about passwords are left alone", () => {
  it.each([
    "The password is incorrect, please try again.",
    "Your password is required to continue.",
    "The password is case-sensitive.",
    "The password is base64-encoded before it is stored.",
    "The password is 8-64 characters long.",
    "Each password is sha256 hashed; the old scheme was bcrypt.",
    "The password is 2FA-protected.",
    "The password is ${DB_PASSWORD} at deploy time.",
    "The password is YOUR_PASSWORD in the example.",
    "Your password was set to expire in 90 days.",
    "Her boarding pass is B12345X for gate 4.",
    "The bypass is a1b2c3d4 in the schematic.",
    "A season pass is 250000 won this year.",
    "PW is Palau, PY is Paraguay.",
  ])("%s", (text) => {
    expect(secretsIn(text)).toEqual([]);
  });
});

describe("an unquoted value holds an & (only a query's next field, && or &= ends it)", () => {
  it.each([
    ["user: admin, pass: Tr0ub4dor&3", "Tr0ub4dor&3"],
    ["Here are the credentials: admin:Tr0ub4dor&3", "admin:Tr0ub4dor&3"],
    ["token: Xk29fq7Lm3&Zp8 and more", "Xk29fq7Lm3&Zp8"],
    ["https://x.io/login?password=Tr0ub4dor1&user=bob", "Tr0ub4dor1"],
    // A character reference is one character of the value (an HTML page's), unless it starts the next field.
    ["pass: Tr0ub4dor&amp;3x", "Tr0ub4dor&amp;3x"],
    ["password: red&lt;Crane-Lantern97", "red&lt;Crane-Lantern97"],
    ["password: blue&#x26;Horse-Staple42", "blue&#x26;Horse-Staple42"],
    ['<a href="https://x.io/login?password=Tr0ub4dor1&amp;user=bob">', "Tr0ub4dor1"],
  ])("%s", (text, value) => {
    expect(secretsIn(text)).toEqual([value]);
  });
});
