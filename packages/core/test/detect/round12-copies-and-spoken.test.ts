// Round 12: copies of every found value (not only the first sixteen), a password given beside its name
// (`pwd Tr0ub4dor&3`, `my password is Summer2024!`), `PW: …` in capitals, and a token cut where a chunk is a
// run of five lower-case letters. Each with ordinary texts of the same look that must stay untouched.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const secretsIn = (text: string) => scanner.spans(text).filter((s) => s.category === "secret");
const redacted = (text: string) =>
  (scanner.scan({ text }, "params", () => true).value as { text: string }).text;

describe("every found value's copies are redacted, however many values were found", () => {
  it.each([16, 17, 40, 200])("%i decoys found first, then a value and its bare copy", (decoys) => {
    const lines = Array.from({ length: decoys }, (_, i) => `user${i}.password=Dq${i}v!7Lm${i}Xr2`);
    const text = `${lines.join("\n")}\nadmin.password=Tr0ub4dor&3Zq\nlogin ok with Tr0ub4dor&3Zq for admin`;
    const out = redacted(text);
    expect(out).not.toContain("Tr0ub4dor&3Zq");
    expect(out).toContain("login ok with [REDACTED:secret_assignment] for admin");
  });

  it("values sharing their first eight characters beyond a bucket's room: the next sixteen are still searched", () => {
    const values = Array.from({ length: 12 }, (_, i) => `Qz8vN3kL${i}x!9pW${i}m`);
    const text = `${values.map((v, i) => `u${i}.password=${v}`).join("\n")}\n${values.join(" | ")}`;
    const out = redacted(text);
    for (const v of values) expect(out).not.toContain(v);
  });

  it("hard negative: a near-copy (one character more or less, or glued to a word) is another string", () => {
    const text = "admin.password=Tr0ub4dor#3Zq\nTr0ub4dor#3Z and xTr0ub4dor#3Zq and Tr0ub4dor#3Zqy";
    const out = redacted(text);
    expect(out).toContain("Tr0ub4dor#3Z and xTr0ub4dor#3Zq and Tr0ub4dor#3Zqy");
  });

  it("hard negative: no finding, no copies, however often a string repeats", () => {
    const text = Array.from({ length: 40 }, (_, i) => `build_${i}_artifact build_${i}_artifact`).join("\n");
    expect(secretsIn(text)).toEqual([]);
  });
});

describe("a password given beside its name, by a blank or 'is'", () => {
  it.each([
    ["pwd Tr0ub4dor&3", "Tr0ub4dor&3"],
    ["my password is Summer2024! so log in", "Summer2024!"],
    ["the vpn passwd was Kx9#mQ2vLp today", "Kx9#mQ2vLp"],
    ["server db1\npassword P@ssw0rd2024\nport 5432", "P@ssw0rd2024"],
    ["PW Zx7!qLm4vR", "Zx7!qLm4vR"],
    ["pwd Tr0ub4dor&3, then ssh in", "Tr0ub4dor&3"],
  ])("%s", (text, value) => {
    expect(redacted(text)).not.toContain(value);
  });

  it.each([
    "run pwd && ls -la to see where you are",
    "pwd /home/alice2/src && make",
    "password reset for bob2 was sent",
    "the password is required (min 8 chars, 1 digit, 1 symbol!)",
    "Password policy v2.1: 12+ characters",
    "your password must contain a-z, 0-9 and one of !@#$",
    "password C++17 compatible",
    "pw 50%+ faster",
    "pass the token via --password-file /run/secrets/pw2",
    "Password expired on 2024-05-12 at 10:00!",
    "the passwords are in 1Password#2 vault",
    "password hash $2b$10$abcdefghijklmnopqrstuv",
    "password ${DB_PASSWORD2}",
    "password bob2@example.com",
    "password x+y=2*z is no password",
    "pass 3 of 4 done, 75% complete!",
  ])("hard negative: %s", (text) => {
    expect(secretsIn(text)).toEqual([]);
  });
});

describe("PW: in capitals with a chosen password", () => {
  it.each([
    "PW: Tr0ub4dor&3",
    '{"USER": "admin", "PW": "Tr0ub4dor&3"}',
    "USER: admin\nPW: hunter42x\nHOST: db1",
  ])("%s", (text) => {
    expect(secretsIn(text).length).toBeGreaterThan(0);
  });

  it.each([
    "PW: Palau",
    '{"PW": "PLW", "numeric": "585"}',
    "PW: PW-004",
    "PW: 680",
    '{ "PW": "Republic of Palau" }',
  ])("hard negative (a country's data): %s", (text) => {
    expect(secretsIn(text)).toEqual([]);
  });
});

describe("a token cut in chunks where one chunk is five lower-case letters", () => {
  it.each(["ghp_R8kWq2Zp abcde L5vN3xT7yB1c D4fG6hJ9mK0", "ghp_R8kWq2Zp-L5vN3xT7yB1c-qwert-D4fG6hJ9mK0"])(
    "%s",
    (text) => {
      expect(secretsIn(text).map((s) => s.type)).toContain("github_token");
    },
  );

  it.each([
    "glpat-hellOWorld380 testin",
    "sk_test_abc123. Reach out to 4you",
    "ghp_R8kWq2Zp words after it: hello world",
    "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6h abcde",
  ])("hard negative: %s", (text) => {
    expect(secretsIn(text).map((s) => s.type)).not.toContain("github_token");
  });
});

describe("a vendor's prefix cut by a blank", () => {
  it.each([
    ["gh p_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU", "github_token"],
    ["key: AK IA2OGYBAH6STMMNXNL", "aws_access_key_id"],
    ["new token gh p_R8kWq2Zp L5vN3xT7yB1c D4fG6hJ9mK0s A2eU done", "github_token"],
    ["ghp _R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU", "github_token"],
  ])("%s", (text, type) => {
    expect(secretsIn(text).map((s) => s.type)).toContain(type);
    expect(redacted(text)).not.toContain("2OGYBAH6");
    expect(redacted(text)).not.toContain("L5vN3xT7yB1c");
  });

  it.each([
    "gh pr list --state open",
    "the AK IA report for 2024",
    "AK IAEA inspections resumed",
    "gh p_ is not a prefix anyone uses",
    "sk live demo at 10",
    "xo xb- is nothing",
  ])("hard negative: %s", (text) => {
    expect(secretsIn(text)).toEqual([]);
  });
});
