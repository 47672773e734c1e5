// Phone numbers of every region, as libphonenumber writes its own example numbers internationally: a number
// written with "+" and its calling code is a phone number whatever `pii.phone_regions` holds. Several regions'
// formats group the national part 3-2-4 ("+55 800 12 3456", "+688 90 1234"), the shape of an SSN: such a
// number is found whole and kept as an SSN, the stricter type, so that a "+44 " written before a real SSN
// cannot lower it to a phone number (which passes towards servers by default). And the look-alikes that must
// stay nothing.
import examples from "libphonenumber-js/examples.mobile.json" with { type: "json" };
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const found = (text: string) => scanner.spans(text).map((s) => [s.type, text.slice(s.start, s.end)]);

describe("every region's example mobile number, written internationally", () => {
  const written = Object.entries(examples as Record<string, string>).flatMap(([region, national]) => {
    const number = parsePhoneNumberFromString(national, region as CountryCode);
    return number === undefined ? [] : [[region, number.formatInternational()] as const];
  });

  it("has the regions to check", () => {
    expect(written.length).toBeGreaterThan(200);
  });

  it("finds each one in prose, whole, as a phone number (or an SSN where it is shaped like one)", () => {
    const missed = written.filter(([, phone]) => {
      const spans = found(`You can reach me on ${phone} after six.`);
      const [only] = spans;
      return spans.length !== 1 || !only || !["phone", "ssn"].includes(only[0] ?? "") || only[1] !== phone;
    });
    expect(missed).toEqual([]);
  });
});

describe("a 3-2-4 run after a calling code", () => {
  it.each([
    "+688 90 1234",
    "+55 800 12 3456",
    "+255 840 12 3456",
    "+591 800 17 1234",
    "+60 1 600 12 3456",
    "+886 70 1234 5678",
  ])("%s is found whole, as an SSN", (phone) => {
    expect(found(`Call ${phone} now`)).toEqual([["ssn", phone]]);
  });

  // The reason: a calling code before a real SSN must not make it a phone number.
  it.each(["+44 078-05-1120", "SSN +44 078-05-1120"])("%s stays an SSN", (text) => {
    expect(found(text)).toEqual([["ssn", "+44 078-05-1120"]]);
  });

  // A "+" that makes no international number (no calling code starts with 0) does not hide an SSN.
  it.each(["+078-05-1120", "SSN: +078-05-1120"])("%s keeps its SSN", (text) => {
    expect(found(text)).toEqual([["ssn", "078-05-1120"]]);
  });
});

describe("numbers that are not personal data", () => {
  it.each([
    "version 10.2.3.4567",
    "v2024.11.23.1530",
    "released 2024-11-23 15:30:45",
    "ts 1732375845123",
    "uuid 550e8400-e29b-41d4-a716-446655440000",
    "fragment 446655440000",
    "Order ID: 112-4837261-9934521",
    "price $1,234,567.89",
    "EUR 1.234.567,89",
    "coords 37.7749295, -122.4194155",
    "lat 48.8583701 lon 2.2944813",
    "hash 4f3a9c2e1b7d6a50",
    "ISBN 978-3-16-148410-0",
    "build 20241123.1",
    "amount 4.111.111.111.111.111",
    "ref 2024/11/23-0001",
    "coords 40.689247,-74.044502",
    "range 100000-199999",
    "port 8080 8443 9090 9443",
    "table: 1234 5678 9012 3456 7890",
    "pi 3.14159265358979",
    "ISO 8601 2024-11-23T15:30:45.123+01:00",
    // Signed decimals: a coordinate pair, a constant, a stamp.
    "coords +48.8583701, +2.2944813",
    "at 40.689247,+74.044502 now",
    "rate +3.14159265",
    "version +20241123.1530",
  ])("%s", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("a national number with a one-digit group, as its region writes it", () => {
  it.each(["0900 1 234567", "0180 1 2345", "085 5 123 4567"])("%s is a phone number", (phone) => {
    expect(found(`call ${phone} today`)).toEqual([["phone", phone]]);
  });

  it.each(["part 7 13160 2 9", "item 0 12345 6 7", "lot 0900 12 3 4567"])("%s is not", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("toll-free numbers spelled with letters", () => {
  it.each(["1-800-CONTACTS", "(800) MY-APPLE", "1-800-GOT-JUNK", "1-800-FLOWERS", "(888) GET-HELP"])(
    "%s is a phone number",
    (phone) => {
      expect(found(`call ${phone} today`)).toEqual([["phone", phone]]);
    },
  );

  // Fewer than seven characters is no number; more than ten is a word after a number.
  it.each(["the 800-PSI pump", "call 1-800-ABC now", "model 800-SERIES", "call 1-800-CONTACTSXYZQ"])(
    "%s is not",
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});

describe("a phone number as EPP and WHOIS records write it", () => {
  it.each(["+1.4155550132", "+44.2079460958", "+33.142685300"])("%s", (phone) => {
    expect(found(`Phone: ${phone}`)).toEqual([["phone", phone]]);
  });
});
