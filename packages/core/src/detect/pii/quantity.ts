// Amounts and measured quantities: a run of digits grouped in threes (512 000 000, 45 678 901) is written the
// way Poland, Spain, Portugal and the Nordic countries write their phone numbers, and as often a count, a size
// or a sum. The words around it tell them apart: a unit of measure or a count noun right after it ("512 000
// 000 bytes", "45 678 901 req/s", "912 345 678 rows") or a currency before or after it ("$612 345 678", "EUR
// 45 678 901", "24 000 000 kr") says it is a quantity, whatever its digits. Single-letter units (s, m, h, B)
// are left out: "(m)" and "(h)" mark mobile and home numbers in address blocks. Each test reads a bounded
// window, so the scan stays linear.

// Abbreviations are matched in the case they are written in ("ms", "KB", "USD"), so that a state or a
// country written after a number in an address block ("MS", "IN") is not read as one.
const ABBREVIATED_UNITS = [
  // data sizes and rates
  String.raw`[kKMGTP]i?B|[kKMGT]?bps|[kKMGT]?B/s`,
  // durations
  String.raw`ns|µs|ms|secs?|mins|reqs?/s|ops/s(?:ec)?|[qrt]ps|iops`,
  // measures
  String.raw`km|kg|mg|mm|cm|ml|mAh|kWh|MWh|[kMG]Hz|px|pts`,
  // currency codes and abbreviations written after the sum
  String.raw`USD|EUR|GBP|CHF|JPY|CNY|INR|BRL|MXN|AUD|CAD|ZAR|PLN|SEK|NOK|DKK|CZK|HUF|kr|zł`,
].join("|");
// Words are matched in any case. Words that may follow a phone number in a listing are left out: "lines
// open 9-5", "hours: 9-5", "messages only", "times vary".
const UNIT_WORDS = [
  String.raw`bytes?|bits?|seconds?|minutes?|milliseconds?|microseconds?|nanoseconds?`,
  // counts of things a log or report tallies
  String.raw`rows|records|entries|items|events|hits|requests|transactions|packets|frames|tokens|pixels|files|users|visitors|views|downloads|tests|samples|words|characters|people|votes|copies|shares|points`,
  String.raw`tonnes?|litres?|liters?|meters?|metres?|kilometres?|kilometers?|miles`,
  String.raw`dollars?|euros?|pounds?|yen|rupees?`,
].join("|");

// One space at most between the number and its unit (a tab or a line break starts another field); the unit
// ends where its word does, so "msg" or "users_table" is no unit.
const NOT_WORD_AFTER = String.raw`(?![\p{L}\p{N}_])`;
const ABBREVIATION_AFTER = new RegExp(
  String.raw`^ ?(?:(?:${ABBREVIATED_UNITS})${NOT_WORD_AFTER}|[%‰€$£¥₹])`,
  "u",
);
const UNIT_WORD_AFTER = new RegExp(String.raw`^ ?(?:${UNIT_WORDS})${NOT_WORD_AFTER}`, "iu");
// A currency sign or code right before the sum ("$612 345 678", "EUR 45 678 901", "Rs. 912 345 678").
const AMOUNT_BEFORE =
  /(?:[$€£¥₹]|(?<![\p{L}\p{N}])(?:USD|EUR|GBP|CHF|JPY|CNY|INR|BRL|MXN|AUD|CAD|ZAR|PLN|SEK|NOK|DKK|Rs\.?))\s?$/u;

export function quantity(text: string, start: number, end: number): boolean {
  return (
    ABBREVIATION_AFTER.test(text.slice(end, end + 8)) ||
    UNIT_WORD_AFTER.test(text.slice(end, end + 16)) ||
    AMOUNT_BEFORE.test(text.slice(Math.max(0, start - 8), start))
  );
}
