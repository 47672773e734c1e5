// Digits regrouped at will (4111 11111111 1111) count as a card when the groups end where the card does. The
// start of a longer row of numbers does not: a log line's fields (HDFS writes "081109 210248 1138" at each
// line's start, after the previous line's port 50010) held a Luhn-valid Maestro prefix, "50010 081109 210248",
// and the line break between them was read as a wrapped card (logpai/loghub, HDFS_2k.log). A card named as one,
// or followed by its expiry or code, keeps the digits that follow.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const found = (text: string) => scanner.spans(text).map((s) => [s.type, text.slice(s.start, s.end)]);

describe("regrouped digits at the start of a longer row", () => {
  it.each([
    "50010 081109 210248 1138 INFO dfs.DataNode",
    "dest: /10.251.199.19:50010\n081109 210248 1138 INFO dfs.DataNode$PacketResponder",
    "size 3549917\r\n081109 211453 1623 INFO dfs.DataNode$PacketResponder",
  ])("%j is no card", (text) => {
    expect(found(text).filter(([type]) => type === "credit_card")).toEqual([]);
  });

  it.each([
    ["4111 11111111 1111", "4111 11111111 1111"],
    ["card 4111 11111111 1111 123", "4111 11111111 1111"],
    ["5500 00000000 0004 exp 12/27", "5500 00000000 0004"],
    ["card 4111 1111\n11111111", "4111 1111\n11111111"],
  ])("%j holds a card", (text, card) => {
    const cards = found(text).filter(([type, value]) => type === "credit_card" && value?.includes(card));
    expect(cards).toHaveLength(1);
  });
});
