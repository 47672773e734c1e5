import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";
import { chars } from "./samples.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const secretsIn = (text: string) =>
  scanner
    .spans(text)
    .filter((s) => s.category === "secret")
    .map((s) => [s.type, text.slice(s.start, s.end)]);

const URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
const DISCORD_EPOCH = 1420070400000n;

/** A snowflake created at `date`, with random low bits. */
function snowflake(date: string): string {
  const ms = BigInt(Date.parse(date)) - DISCORD_EPOCH;
  return ((ms << 22n) | BigInt(Number.parseInt(chars("0123456789", 6), 10) % 4194304)).toString();
}
const unpadded = (s: string) => btoa(s).replace(/=+$/, "");
const botToken = (id: string, hmac = 38) => `${unpadded(id)}.${chars(URL, 6)}.${chars(URL, hmac)}`;

describe("Discord bot tokens, which have no vendor prefix, are found by the id they start with", () => {
  it.each([
    ["a bot of 2016 (17-digit id), older 27-character HMAC", "2016-03-01", 27],
    ["a bot of 2020 (18-digit id)", "2020-07-15", 38],
    ["a bot of 2024 (19-digit id)", "2024-11-02", 38],
  ])("%s, bare in code", (_, date, hmac) => {
    const token = botToken(snowflake(date), hmac);
    expect(secretsIn(`client.login("${token}");`)).toEqual([["discord_bot_token", token]]);
    expect(secretsIn(`bot.run(${token})`)).toEqual([["discord_bot_token", token]]);
  });

  it("leaves alone three-part strings whose first part is not a Discord id", () => {
    const lookAlikes = [
      // base64 of letters, not of a decimal id
      `${unpadded("AAAAAAAAAAAAAAAAAA")}.${chars(URL, 6)}.${chars(URL, 38)}`,
      // a 21-digit number: longer than any snowflake
      `${unpadded("109876543210987654321")}.${chars(URL, 6)}.${chars(URL, 38)}`,
      // a 19-digit number whose timestamp lies in the 2090s
      `${unpadded("9999999999999999999")}.${chars(URL, 6)}.${chars(URL, 38)}`,
      // a JWT (header.payload.signature) with an ordinary first part
      `eyJhbGciOiJub25lIn0.${chars(URL, 6)}.${chars(URL, 38)}`,
    ];
    for (const text of lookAlikes) expect(secretsIn(`value(${text})`), text).toEqual([]);
  });

  it("a placeholder-like body does not pass (blank HMAC)", () => {
    const id = unpadded(snowflake("2021-01-01"));
    expect(secretsIn(`run(${id}.AAAAAA.${"A".repeat(38)})`)).toEqual([]);
  });
});
