import {
  getCountries,
  getExampleNumber,
  parsePhoneNumberFromString,
  type CountryCode,
} from "libphonenumber-js/max";
import examples from "libphonenumber-js/mobile/examples";
import { describe, expect, it } from "vitest";
import { planPrecheck } from "../../src/detect/pii/plan-precheck.js";

// The pre-check may only skip a parse that could not say yes: for every region the library knows, digits it
// finds valid (or formats in groups) must pass. The digits: each region's example number written nationally
// with digits changed, and runs with the prefixes that change how a number is read (trunk, international,
// a calling code, carrier codes), from a seeded generator so that every run asks the same numbers.
let seed = 20261123;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const digit = () => String(Math.floor(random() * 10));
const LEADS = ["", "0", "00", "011", "0011", "010", "1", "8", "90", "015", "44", "55", "86", "0041"];

function digitsToTry(regions: readonly CountryCode[]): string[] {
  const all: string[] = [];
  for (const region of regions) {
    const national = getExampleNumber(region, examples)
      ?.formatNational()
      .replace(/[^0-9]/g, "");
    if (national === undefined) continue;
    all.push(national);
    for (let i = 0; i < 6; i++) all.push(national.replace(/[0-9]/g, (d) => (random() < 0.2 ? digit() : d)));
  }
  for (let i = 0; i < 600; i++) {
    const lead = LEADS[Math.floor(random() * LEADS.length)] ?? "";
    const length = 5 + Math.floor(random() * 11);
    all.push(lead + Array.from({ length }, digit).join(""));
  }
  return all;
}

describe("the phone plans' pre-check", () => {
  const regions = getCountries();
  const tried = digitsToTry(regions);

  it("passes every number the library finds valid or formats in groups, for every region", () => {
    const missed: string[] = [];
    let valid = 0;
    for (const region of regions) {
      const precheck = planPrecheck(region);
      for (const digits of tried) {
        const parsed = parsePhoneNumberFromString(digits, { defaultCountry: region, extract: false });
        if (parsed === undefined) continue;
        if (parsed.isValid()) {
          valid++;
          if (!precheck.mayBeValid(digits)) missed.push(`${region} ${digits} valid`);
        }
        // Formatted in groups: a national format matched (with none, the number is one group).
        if (/[0-9][^0-9]+[0-9]/.test(parsed.formatNational()) && !precheck.mayBeFormatted(digits))
          missed.push(`${region} ${digits} formatted`);
      }
    }
    expect(missed).toEqual([]);
    // The set must ask real numbers, or the test proves nothing.
    expect(valid).toBeGreaterThan(1000);
    // Over half a million parses: about 20 s alone on this machine, past a minute with the suite beside it.
  }, 300_000);

  it("asks the national number the library reads of the condition it is given", () => {
    const seen: string[] = [];
    planPrecheck("GB").mayBeValid("02079460958", (n) => (seen.push(n), false));
    expect(seen).toContain("2079460958");
  });

  it.each([
    ["DE", "41111111"],
    ["GB", "41111111"],
    ["US", "4111111111"],
    ["JP", "41111111"],
  ])("skips %s's parse of %s, a run no reading makes valid", (region, digits) => {
    expect(parsePhoneNumberFromString(digits, { defaultCountry: region as CountryCode })?.isValid()).toBe(
      false,
    );
    expect(planPrecheck(region as CountryCode).mayBeValid(digits)).toBe(false);
  });

  it("reads digits after the international prefix as a number of the calling code that follows", () => {
    // 011 from North America, then +44 and a London number; then +1 and digits no NANP country issues.
    expect(planPrecheck("US").mayBeValid("011442079460958")).toBe(true);
    expect(parsePhoneNumberFromString("01111111", { defaultCountry: "US" })?.isValid()).not.toBe(true);
    expect(planPrecheck("US").mayBeValid("01111111")).toBe(false);
  });

  it("leaves digits that start with the region's calling code to the parse", () => {
    expect(planPrecheck("DE").mayBeValid("4911111111")).toBe(true);
  });
});
