// Attack (round 44, found from outside; a miss): a card number split across two fields is found when the
// fields stand alone (`"pan_part1": "4539148", "pan_part2": "803436467"` is redacted), but not when the same
// object also carries the masked digits payment APIs always give, `first6` and `last4`: the whole number
// then reaches the client in two fields. A guess from outside: the masked siblings are taken as the card's
// parts, they do not spell a Luhn-valid number, and the real halves beside them are never joined (with an
// 8 + 8 split, first6, last4 and pan_part1 are redacted and pan_part2 is left). Payment processors' vault and
// tokenisation responses, and a legacy export that splits the PAN to fit two columns, hold both. A correct
// guard joins every ordered pair of digit fields in an object (a bounded number of them), not only the first
// pair it picks, and refuses the number they spell.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** What the client is shown of a structured result, every type set to redact. */
const shown = (payment: Record<string, string>) => {
  const result = { content: [{ type: "text", text: "ok" }], structuredContent: { payment } };
  return JSON.stringify(scanner.scan(result, "result", () => true).value);
};

/** A Luhn-valid Visa number split 7 + 9, as a two-column export splits it. */
const PART1 = "4539148";
const PART2 = "803436467";

describe("a card number's halves beside first6 and last4", () => {
  it("the control: the halves alone are redacted", () => {
    const out = shown({ pan_part1: PART1, pan_part2: PART2 });
    expect(out).not.toContain(PART1);
    expect(out).not.toContain(PART2);
  });

  it("the halves beside the masked digits are redacted", () => {
    const out = shown({ first6: "453914", last4: "6467", pan_part1: PART1, pan_part2: PART2 });
    expect(out).not.toContain(PART1);
    expect(out).not.toContain(PART2);
  });

  it("the neighbouring shapes: halves apart, 8 + 8, part names beside the masked digits, an expiry before", () => {
    const shapes: Record<string, string>[] = [
      { pan_part1: PART1, holder: "J DOE", pan_part2: PART2 },
      { first6: "453914", last4: "6467", card_number_1: "45391488", card_number_2: "03436467" },
      { bin: "453914", last_four: "6467", part1: PART1, part2: PART2 },
      { card_last4: "6467", exp_month: "12", exp_year: "2029", panHead: PART1, panTail: PART2 },
    ];
    for (const payment of shapes) {
      const out = shown(payment);
      expect(out, JSON.stringify(payment)).not.toMatch(/45391488?0?3436467|4539148|803436467|45391488/);
    }
  });

  // Neighbouring digit fields are read together whatever their names (split-values.ts); apart, only names join.
  it("numbers apart whose names say no card's parts are not joined, even when they spell one", () => {
    const records: Record<string, string>[] = [
      { first6: "453914", last4: "6467", order_no: PART1, status: "paid", invoice: PART2 },
      { first_name: "Ann", part1: PART1, last_name: "Lee", part2: PART2 },
      { card_brand: "visa", card_id: PART1, status: "active", card_exp: PART2 },
    ];
    for (const payment of records) {
      const out = shown(payment);
      expect(out, JSON.stringify(payment)).toContain(PART1);
      expect(out, JSON.stringify(payment)).toContain(PART2);
    }
  });
});
