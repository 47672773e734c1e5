// Personal data in the formats people write it: phone numbers national and international, card numbers of
// every brand, bare or grouped, IBANs in any case and grouping, e-mail with IDN domains, SSNs. Each value is
// checked for its type and its exact span; each look-alike for nothing at all.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { phoneDetector } from "../../src/detect/pii/phone.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const found = (text: string) => scanner.spans(text).map((s) => [s.type, text.slice(s.start, s.end)]);

/** A number with the prefix and length given whose last digit makes the Luhn sum right. */
function luhnNumber(prefix: string, length: number, fill = "7"): string {
  const body = prefix + fill.repeat(length - prefix.length - 1);
  for (let check = 0; check < 10; check++) {
    const candidate = body + check;
    let sum = 0;
    for (let i = 0; i < candidate.length; i++) {
      let d = Number(candidate[candidate.length - 1 - i]);
      if (i % 2 === 1 && (d *= 2) > 9) d -= 9;
      sum += d;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error("unreachable");
}
const groupsOf4 = (digits: string, sep: string) => digits.match(/.{1,4}/g)!.join(sep);

describe("phone numbers", () => {
  it.each([
    ["call (212) 555-0187 today", "(212) 555-0187"],
    ["US 212.555.0187", "212.555.0187"],
    ["desk +1 650-253-0000 ext. 123", "+1 650-253-0000 ext. 123"],
    ["London 020 7946 0958", "020 7946 0958"],
    ["London +44 20 7946 0958", "+44 20 7946 0958"],
    ["Berlin +49 (0)30 12345678", "+49 (0)30 12345678"],
    ["Berlin 030 12345678", "030 12345678"],
    ["Paris 01.42.68.53.00", "01.42.68.53.00"],
    ["Paris +33 1 42 68 53 00.", "+33 1 42 68 53 00"],
    ["Zürich +41 (0)44 668 18 00", "+41 (0)44 668 18 00"],
    ["Amsterdam 06-12345678", "06-12345678"],
    ["Tokyo 03-1234-5678", "03-1234-5678"],
    ["Mumbai 98765 43210", "98765 43210"],
    ["Sydney (02) 9876 5432", "(02) 9876 5432"],
    ["from the US: 011 44 20 7946 0958", "011 44 20 7946 0958"],
    ["Moscow +7 912 345-67-89", "+7 912 345-67-89"],
    ["phone: 2125550187", "2125550187"],
    ["call me at 555-1234", "555-1234"],
    // The North American layout counts whatever the area code (test data and old numbers use unassigned ones).
    ["reach her on 751-954-9268 after six", "751-954-9268"],
    ["(898)666-3621x0135", "(898)666-3621x0135"],
    ["from Europe 001-748-088-2851x818", "001-748-088-2851x818"],
    ["345.899.3560 ext. 4587", "345.899.3560 ext. 4587"],
    // Extensions after a comma, in brackets, as RFC 3966 writes them, abbreviated "extn" or "x.".
    ["call +1-415-555-0132, ext. 12 today", "+1-415-555-0132, ext. 12"],
    ["London 020 7946 0958 (ext 204).", "020 7946 0958 (ext 204)"],
    ["tel:+1-415-555-0132;ext=123", "+1-415-555-0132;ext=123"],
    ["+44 20 7946 0958 extn 204", "+44 20 7946 0958 extn 204"],
    ["+44 20 7946 0958 x.204", "+44 20 7946 0958 x.204"],
    // The calling code in brackets after the "+".
    ["London +(44) 20 7946 0958", "+(44) 20 7946 0958"],
    // A path segment written internationally: after "crm/" an identifier's tail holds no "+".
    ["file:///crm/+1-415-555-0132/notes.txt", "+1-415-555-0132"],
    ["https://example.com/users/+442079460958", "+442079460958"],
    // "For reference" notes a number down; it does not call it a reference number.
    ["contact number kept for reference: 0866-16087810.", "0866-16087810"],
    // A phone word after an identifier's name is the next value's label.
    ["PESEL, telefon: 601 234 567", "601 234 567"],
    ["NIP telefon: 601 234 567", "601 234 567"],
    // A number on the line before is no lead of the next one.
    ["Helsinki 00336\n455 6186 office", "455 6186"],
    // A label before or right after, as in address blocks and signatures.
    ["455 6186 office", "455 6186"],
    ["92 34 70 12-Office", "92 34 70 12"],
    ["2546712361 fax", "2546712361"],
    ["Desk: 5403926876", "5403926876"],
    ["My CN number is 13812345678", "13812345678"],
    ["reach me at 555-0100", "555-0100"],
    // An unassigned range written with the trunk prefix in the region's own groups (Ofcom's drama numbers);
    // 011 as a British area code, not the North American international prefix.
    ["Bristol 0117 496 0123", "0117 496 0123"],
    // The international prefix 00, whatever the groups after the country code.
    ["from Denmark 0046 8 123 456 78", "0046 8 123 456 78"],
    // Toll-free numbers spelled with letters.
    ["call 1-800-FLOWERS now", "1-800-FLOWERS"],
    // Written for callers abroad with whatever separators, one group looking like a decimal; ten digits or
    // more after "+" or 00 count whether or not the calling code is assigned.
    ["via +44.34-654 8707.", "+44.34-654 8707"],
    ["Contact +186-72 056 8529 now", "+186-72 056 8529"],
    ["dial 0018-000-780.6817", "0018-000-780.6817"],
    // The trunk prefix 0 and an area code, in groups of any separators.
    ["calling 029 831.5403 to", "029 831.5403"],
    ["toll free 1.800.555.0199", "1.800.555.0199"],
    ["London (+44) 20 7946 0958", "(+44) 20 7946 0958"],
    ["mobile 0866-16087810", "0866-16087810"],
    ["The pharmacy hotline is 7261938450. Open", "7261938450"],
    ["reach our customer service team at 8867251406 to", "8867251406"],
    ["(888) GET-HELP", "(888) GET-HELP"],
  ])("%j", (text, value) => {
    expect(found(text)).toEqual([["phone", value]]);
  });

  it.each([
    "order 2125550187 shipped",
    "at 2024-01-15 10:30",
    "version 1.2.3.4567",
    "host 192.168.100.200",
    "pi 3.14159265",
    "id 12345678-abcd",
    "ticket 555-1234",
    "uuid 58f76567-9685-4987-ae12-c574e28bcf09",
    // Numbers of an address, codes, quantities and measurements.
    "Mrs. Brittany Voronov Apt. 338 32 216 Menzies Street",
    "The restaurant is at 17151 2450 Crown St",
    "Juliusz A Kwiatkowski lives at 28919 136 Filadelfeos Str., Klirou",
    "Mrs. Barbara Yudina Apt. 675 62314 Mellemvej 32",
    "My zip code is 90010-170",
    "population 1 234 567 890",
    "scores 0.123 0.456 0.789",
    "coordinates 40.712776 -74.005974",
    "ISBN 978-3-16-148410-0",
    "UPS 1Z 999 AA1 01 2345 6784",
    "USPS 9400 1000 0000 0000 0000 00",
    "epoch 1700000000000",
    "build 2023.10.15.1234",
    "model 800-ABC-DEFG",
    "reached 1234567 downloads",
    // From tables: a span of years, a golfer's rounds before their total, a catalogue number, a measurement
    // with its conversion.
    "| 2012-2013 | Lynch |",
    "| 2010 (2011) | Reference |",
    "| United States | 74-71-69-65=279 | –9 |",
    "| Compact Disc | 7 13160 2 9 |",
    "| 80 | 180.48 (290.454) | 1:57:23 |",
    // Written without the trunk prefix its region's format requires: an identifier (a Swiss AVS number),
    // not a German phone number.
    "AVS 756.4567.8901.23",
    // Seven digits after +1 are no number anyone can dial; no calling code starts with 0.
    "phone: +1-555-0100",
    "ref 0001-2345-6789 x",
    // Dates, times, ZIP+4 codes, employer numbers and identifiers called by their name.
    "Previous role at a similar organization (2017–2021)",
    "ADMISSION NOTES (2025-01-16):",
    "Shift: 0700-1900",
    'TransactTime: "20230302-15:30:00"',
    "resolution at 11:02:06.506326.",
    "located at Dot Road, 37172-8327, aims",
    "Record shows 12-3456789.",
    "Chart MRN 847-293-1056.",
    "Attending: Joseph Young, NPI 0031155480",
    "Your policy, number 123456789, is set to renew",
    // A signed quantity in thousands, a list of small numbers, a bare run after 00 with no phone word.
    "score +1 234 567 890",
    "matrix 01 02 03 04 05 06",
    "extracting data from 003146280336254. Incident",
    "reference: 0866-16087810",
    "for reference number 0866-16087810",
    // Signed quantities and standards called by name.
    "spec-error classification (-32020/-32021/…)",
    "is false for a modern -32601 404 or a",
    "authorization flow: RFC 9728/8414 discovery",
  ])("not in %j", (text) => {
    expect(found(text)).toEqual([]);
  });

  // A voicemail, an answering machine and a line answered "at" a number are a telephone's; "the answer" is
  // not, nor is a question answered on a date.
  it.each([
    ["They're not answering at 785 8949", "785 8949"],
    ["nobody answered at 785-8949 all day", "785-8949"],
    ["Leave a voicemail at 785 8949", "785 8949"],
    ["answering machine: 785 8949", "785 8949"],
  ])("reads a voicemail or answering phone word: %j", (text, value) => {
    expect(found(text)).toEqual([["phone", value]]);
  });

  it.each(["The answer: 123 4567", "the answer is 785 8949", "questions answered on 12 03 2024"])(
    "no answering phone word in %j",
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );

  it.each([
    ["ring mig på 12 34 56 78", "12 34 56 78"],
    ["puh. 0401234567", "0401234567"],
    ["Natel 0791234567", "0791234567"],
    ["komórka: 601234567", "601234567"],
    ["zadzwoń pod 601234567", "601234567"],
    ["appelez le 0142685300", "0142685300"],
  ])("reads a phone label in the languages of the default regions: %j", (text, value) => {
    expect(found(text)).toEqual([["phone", value]]);
  });

  it.each([
    ["โทร 0955512340", "0955512340"],
    ["เบอร์0891234567อีเมล", "0891234567"],
    ["โทรศัพท์:021234567/แฟกซ์:021234568", "021234567", "021234568"],
    ["联系电话：13812345678", "13812345678"],
    ["電話 0312345678", "0312345678"],
    ["전화 0212345678", "0212345678"],
    ["тел. 4951234567", "4951234567"],
    ["هاتف 0501234567", "0501234567"],
    ["טלפון 0521234567", "0521234567"],
    ["फोन 9876543210", "9876543210"],
    ["SĐT 0912345678", "0912345678"],
  ])("reads a phone label in other scripts, where words have no ASCII boundary: %j", (text, ...values) => {
    expect(found(text)).toEqual(values.map((v) => ["phone", v]));
  });

  it.each([
    // An IMEI in a form field named with "phone" glued to it.
    "PIN: 500870, PHONEIMEI: 071172382705474",
    // Television is no phone word, though it starts with one in Thai; an unlabelled bare run is no phone.
    "โทรทัศน์ 0891234567",
    "телевизор 4951234567",
    // A span of Buddhist-era years, and a letter numbered within its year.
    "มาตรฐาน มอก. 2540-2555 กำหนด",
    "เลขที่หนังสือรับ 4471/2569 รับเมื่อ",
    "sygn. akt I C 1234/2024",
  ])("not in %j (other scripts and calendars)", (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ["Tel.: 089 1234567 · USt-IdNr.: DE 123 456 789", "089 1234567"],
    ["Kontonummer: 0532 0130 00 · BLZ: 701 500 00 · Tel. 030 1234567", "030 1234567"],
    ["Tel: 020 7946 0958. VAT reg. no.: GB 987 6543 21.", "020 7946 0958"],
    ["TVA : FR 40 303 265 045 · tél. 01 42 68 53 00", "01 42 68 53 00"],
    ["Numer rachunku: 0532 0130 00, tel. 601 234 567", "601 234 567"],
    ["número de cuenta: 0532 0130 00", undefined],
  ])(
    "leaves a VAT number with its country's prefix and a bank's numbers, not the phone: %j",
    (text, value) => {
      expect(found(text)).toEqual(value === undefined ? [] : [["phone", value]]);
    },
  );

  it.each([
    ["Abi: 07700 900123", "07700 900123"],
    ["Iva - 07700 900987", "07700 900987"],
    ["Cab: 020 7946 0958", "020 7946 0958"],
    ["Moms: (415) 867-5309", "(415) 867-5309"],
    ["MOMS: (415) 867-5309", "(415) 867-5309"],
    ["Nino: 07700 900123", "07700 900123"],
    ["Nino's number: 07700 900123", "07700 900123"],
    ["Nip: 601 234 567", "601 234 567"],
    ["btw: 020 7946 0958", "020 7946 0958"],
    // (Grouped as Denmark and Norway write it: 701 500 00 is a Munich bank's code, which no reader calls.)
    ["Blz: 70 15 00 00", "70 15 00 00"],
    ["ABI/CAB: 03069 09606", undefined],
    ["Moms-nr: 556677-8899", undefined],
    ["Moms: SE 556677-8899", undefined],
    ["Kto.-Nr. 0532 0130 00", undefined],
    ["MwSt-Nr.: 123 456 789", undefined],
    ["NIP Wykonawcy: 123-456-78-90", undefined],
  ])(
    "reads a bank's or tax office's abbreviation as a label only written as one, not as a name: %j",
    (text, value) => {
      expect(found(text)).toEqual(value === undefined ? [] : [["phone", value]]);
    },
  );

  it("finds a card after a name that is also an identifier's abbreviation", () => {
    expect(found("Nino's card: 4111 1111 1111 1111")).toEqual([["credit_card", "4111 1111 1111 1111"]]);
  });

  it.each([
    ["Tel. 089 / 12 34 56", "089 / 12 34 56"],
    ["Graz 0316 - 87 12 34", "0316 - 87 12 34"],
    ["Berlin 030 - 1234567 und", "030 - 1234567"],
    ["Tel 030 - 1234567 - 030 7654321", "030 - 1234567", "030 7654321"],
  ])("reads an area code apart from its number, ' / ' or ' - ' between: %j", (text, ...values) => {
    expect(found(text)).toEqual(values.map((v) => ["phone", v]));
  });

  it.each([
    ["Noted 8 (912) 345-67-89 yesterday", "8 (912) 345-67-89"],
    ["Minsk 8 (029) 491-19-11", "8 (029) 491-19-11"],
  ])("reads the trunk-8 layout of Russia, Belarus and Kazakhstan: %j", (text, value) => {
    expect(found(text)).toEqual([["phone", value]]);
  });

  it.each(["2019 - 2020", "05 - 12 - 2024", "pages 12 - 345 6789", "Rechnungsnummer 089 / 12 34 56"])(
    "not apart in %j: no trunk prefix, too few digits, or called something else",
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );

  it("reads a label after a number only on its line, and not when it labels the next value", () => {
    // "Tel.:" opens the next line's value; it said nothing of the card number above it.
    expect(found("Kundenkarte 61042798434\nTel.: +48 42 678 90 12")).toEqual([["phone", "+48 42 678 90 12"]]);
    expect(found("2546712361 fax")).toEqual([["phone", "2546712361"]]);
  });

  it("reads a lone trunk prefix before a national number as no quantity, nor a zero-led group as a decimal", () => {
    expect(found("Tel. 0 501 234 567.")).toEqual([["phone", "0 501 234 567"]]);
    expect(found("Phone: 09550.97732 \n")).toEqual([["phone", "09550.97732"]]);
    expect(found("Phone: 9550.97732 \n")).toEqual([]);
  });

  it("takes a labelled + number with a mistyped calling code as written, and leaves it alone unlabelled", () => {
    expect(found("Ring me at +05-46 589.8630 when you are free.")).toEqual([["phone", "+05-46 589.8630"]]);
    expect(found("Emergency contact number: +8376613-7882.")).toEqual([["phone", "+8376613-7882"]]);
    // Unlabelled, a trunk 0 after the "+" in three groups or more still reads as a phone number; in two, not.
    expect(found("the index moved +0546589.8630 today")).toEqual([]);
    expect(found("call desk +07-49 852 6792 first")).toEqual([["phone", "+07-49 852 6792"]]);
    expect(found("moved +07-49 852 6792 first")).toEqual([["phone", "+07-49 852 6792"]]);
  });

  it("reads a valid PESEL after its label as a national identifier, not a phone number", () => {
    expect(found("NIP Wykonawcy:    972-123-45-67, PESEL: 92051812345")).toEqual([
      ["national_id", "92051812345"],
    ]);
    expect(found("PESEL: 61042798434")).toEqual([["national_id", "61042798434"]]);
  });

  it.each([
    "NIP: 527-234-56-78",
    "NIP Wykonawcy:    972-123-45-67, PESEL: 92051812346",
    "PESEL: 61042798435",
    "Steuer-ID: 12 345 678 901",
    "SIRET 732 829 320 00074",
    "prawo jazdy nr 33809/27/0103",
    "Rechnungsnummer 0301234567",
    "codice fiscale n° 0212345678",
  ])("leaves a number called a national identifier alone: %j", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("recognises national formats only of the configured regions; + numbers always", () => {
    const usOnly = phoneDetector(["US"]);
    expect(usOnly.find("London 020 7946 0958")).toEqual([]);
    expect(usOnly.find("London +44 20 7946 0958")).toEqual([{ start: 7, end: 23 }]);
    expect(phoneDetector(["GB"]).find("London 020 7946 0958")).toEqual([{ start: 7, end: 20 }]);
  });

  it("reads a chain of eight million digits without throwing, and a phone after it still counts", () => {
    // The candidate pattern over such a chain overflowed the regex engine's stack: the scan threw.
    const text = `${"1".repeat(8_000_000)} x call +44 20 7946 0958`;
    expect(phoneDetector().find(text)).toEqual([{ start: 8_000_008, end: 8_000_024 }]);
  });
});

describe("card numbers", () => {
  it.each([
    ["visa", luhnNumber("4", 16), "4-4-4-4"],
    ["visa 13", luhnNumber("4", 13), "bare"],
    ["visa 19", luhnNumber("4", 19), "4-4-4-4-3"],
    ["mastercard 2-series", luhnNumber("2720", 16), "4-4-4-4"],
    ["amex", luhnNumber("37", 15), "4-6-5"],
    ["diners", luhnNumber("36", 14), "4-6-4"],
    ["discover", luhnNumber("6011", 16), "4-4-4-4"],
    ["jcb", luhnNumber("3530", 16), "4-4-4-4"],
    ["jcb 15", luhnNumber("2131", 15), "bare"],
    ["unionpay", luhnNumber("6212", 19), "bare"],
    ["maestro", luhnNumber("6759", 16), "4-4-4-4"],
    ["mir", luhnNumber("2201", 16), "4-4-4-4"],
    ["uatp", luhnNumber("1", 15), "bare"],
    // Sixteen digits in the card issuers' industries (3 to 6) outside any brand table: JCB's whole 35 block.
    ["35 block", luhnNumber("3502", 16), "4-4-4-4"],
  ])("%s (%s, %s)", (_brand, digits, layout) => {
    const variants =
      layout === "bare"
        ? [digits]
        : layout === "4-6-5" || layout === "4-6-4"
          ? [digits, `${digits.slice(0, 4)} ${digits.slice(4, 10)} ${digits.slice(10)}`]
          : [digits, groupsOf4(digits, " "), groupsOf4(digits, "-")];
    for (const value of variants) expect(found(`paid by card ${value}.`)).toEqual([["credit_card", value]]);
  });

  it("finds a short Maestro number only when it is called a card", () => {
    const maestro = luhnNumber("6759", 12);
    expect(found(`card number ${maestro}`)).toEqual([["credit_card", maestro]]);
    expect(found(`order ${maestro}`)).toEqual([]);
  });

  it("finds a card grouped with dots or regrouped by hand", () => {
    const visa = luhnNumber("4", 16);
    const dotted = groupsOf4(visa, ".");
    const regrouped = `${visa.slice(0, 4)} ${visa.slice(4, 12)} ${visa.slice(12)}`;
    expect(found(`card ${dotted}.`)).toEqual([["credit_card", dotted]]);
    expect(found(`card ${regrouped}`)).toEqual([["credit_card", regrouped]]);
    expect(found(`v ${dotted}.2`)).toEqual([]);
  });

  it("leaves a Luhn-valid number called an IMEI alone", () => {
    const imei = luhnNumber("62", 15);
    expect(found(`card ${imei}`)).toEqual([["credit_card", imei]]);
    expect(found(`Phone IMEI: ${imei}`)).toEqual([]);
    // A few words between the name and the number; "Phone" does not make the IMEI a phone number.
    expect(found(`Phone IMEI for Registration: ${imei}`)).toEqual([]);
    // A phone word after the parcel word makes the number one to call.
    expect(found("Tracking questions: call 020 7946 0958")).toEqual([["phone", "020 7946 0958"]]);
  });

  it("leaves a card-shaped number called an order, invoice or register number alone", () => {
    const visa = luhnNumber("4", 16);
    expect(found(`Order ID: ${visa}`)).toEqual([]);
    expect(found(`invoice #${visa}`)).toEqual([]);
    expect(found(`REGON: ${luhnNumber("38", 14)}`)).toEqual([]);
    expect(found(`REGON czternastocyfrowym: ${luhnNumber("38", 14)}`)).toEqual([]);
    // The card number is the primary account number: so called, it is still a card.
    expect(found(`account number ${visa}`)).toEqual([["credit_card", visa]]);
  });

  it("finds cards side by side, and nothing in a table of digit groups or with a wrong check digit", () => {
    const a = luhnNumber("4", 16);
    const b = luhnNumber("5", 16, "3");
    expect(found(`${a} ${groupsOf4(b, "-")}`)).toEqual([
      ["credit_card", a],
      ["credit_card", groupsOf4(b, "-")],
    ]);
    const wrong = a.slice(0, 15) + ((Number(a[15]) + 1) % 10);
    expect(found(`ref ${wrong}`)).toEqual([]);
    expect(found(`${groupsOf4(wrong, "-")}`)).toEqual([]);
    expect(found(`1234 ${groupsOf4(a, " ")}`)).toEqual([]);
  });

  it("finds a number with a wrong check digit in a brand's range when the text calls it a payment card", () => {
    const wrong = "4000-0000-0091-0755"; // Visa's range and length; Luhn fails
    expect(found(`Card on file: ${wrong}. Verification pending`)).toEqual([["credit_card", wrong]]);
    expect(found(`The funds were traced to card ${wrong} registered to`)).toEqual([["credit_card", wrong]]);
    expect(found(`Corporate card ${wrong}`)).toEqual([["credit_card", wrong]]);
    expect(found(`the credit card 4716 9876 2234 1561 used by`)).toEqual([
      ["credit_card", "4716 9876 2234 1561"],
    ]);
    expect(found(`paid with ${wrong}, exp 12/27, CVV 123`)[0]).toEqual(["credit_card", wrong]);
    expect(found(`Visa ending ${wrong.replace(/-/g, "")}`)).toEqual([
      ["credit_card", wrong.replace(/-/g, "")],
    ]);
    // Unnamed, or named a card that is no payment card, or a card's other number: nothing.
    expect(found(`|${wrong}|10319995|`)).toEqual([]);
    expect(found(`ID card ${wrong}`)).toEqual([]);
    expect(found(`gift card ${wrong}`)).toEqual([]);
    expect(found(`card ID ${wrong}`)).toEqual([]);
    expect(found(`card order number ${wrong}`)).toEqual([]);
    // Outside every brand's range, a wrong check digit is not saved by the word.
    expect(found(`card 9400-0000-0091-0755`)).toEqual([]);
  });

  it("reads the field a receipt or checkout form prints a card under as naming it", () => {
    const wrong = "4000-0000-0091-0755"; // Visa's range and length; Luhn fails
    const amex = "376454057005914"; // American Express's range and length; Luhn fails
    expect(found(`Payment method: ${wrong}`)).toEqual([["credit_card", wrong]]);
    expect(found(`the payment method is ${amex}.`)).toEqual([["credit_card", amex]]);
    expect(found(`Payment details - ${amex}`)).toEqual([["credit_card", amex]]);
    expect(found(`You paid with ${amex} today`)).toEqual([["credit_card", amex]]);
    // Not named so, the same numbers stay look-alikes; a placeholder of one digit is no card even when named.
    expect(found(`order ${amex}`)).toEqual([]);
    expect(found(`|${wrong}|`)).toEqual([]);
    expect(found(`Payment method: 0000000000000000`)).toEqual([]);
    expect(found(`card number 0000 0000 0000 0000`)).toEqual([]);
  });

  it("finds a Luhn-valid number called a card outside the brand tables, and short cards grouped", () => {
    const bc = luhnNumber("9410", 16); // a national scheme's range (industry 9) no table lists
    expect(found(`card number ${groupsOf4(bc, " ")}`)).toEqual([["credit_card", groupsOf4(bc, " ")]]);
    expect(found(`number ${groupsOf4(bc, " ")}`)).toEqual([]);
    const maestro = groupsOf4(luhnNumber("6759", 12), " "); // 4-4-4
    const visa13 = luhnNumber("4", 13).replace(/^(\d{4})(\d{4})/, "$1 $2 "); // 4-4-5
    expect(found(`Maestro card ${maestro}`)).toEqual([["credit_card", maestro]]);
    expect(found(`Card number: ${visa13}`)).toEqual([["credit_card", visa13]]);
    expect(found(`Please charge ${maestro} today`)).toEqual([]);
  });
});

describe("IBANs", () => {
  it.each([
    "DE89370400440532013000",
    "DE89 3704 0044 0532 0130 00",
    "de89 3704 0044 0532 0130 00",
    "DE89-3704-0044-0532-0130-00",
    "GB82WEST12345698765432",
    "gb82 west 1234 5698 7654 32",
    "AL47 2121 1009 0000 0002 3569 8741",
    "BR97 0036 0305 0000 1000 9795 493P 1",
  ])("%j", (iban) => {
    expect(found(`pay to ${iban} and thanks`)).toEqual([["iban", iban]]);
  });

  it("finds an IBAN grouped with dots, two spaces or tabs", () => {
    for (const iban of [
      "DE89.3704.0044.0532.0130.00",
      "gb82.west.1234.5698.7654.32",
      "PL61  1090  1014  0000  0712  1981  2874",
      "PL61\t1090\t1014\t0000\t0712\t1981\t2874",
    ])
      expect(found(`pay to ${iban} and thanks`)).toEqual([["iban", iban]]);
    // Three spaces part two values; a dotted run that fails the check is no IBAN.
    expect(found("pay to DE89.3704.0044.0532.0130.01 and thanks")).toEqual([]);
  });

  it("finds an unlabelled IBAN with OCR's letters for digits when the check holds once they are read", () => {
    expect(found("Please pay PL61 1O90 1014 OOOO 0712 1981 2874 soon.")).toEqual([
      ["iban", "PL61 1O90 1014 OOOO 0712 1981 2874"],
    ]);
    expect(found("Please pay DE89 3704 0044 0532 0l30 00 soon.")).toEqual([
      ["iban", "DE89 3704 0044 0532 0l30 00"],
    ]);
    // Read so, the check fails: no IBAN without a label.
    expect(found("Please pay DE89 3704 0044 0532 0l30 0l soon.")).toEqual([]);
  });

  it("finds an IBAN printed with a space after the country code, or wrapped over two lines", () => {
    expect(found("rachunek PL 61 1090 1014 0000 0712 1981 2874.")).toEqual([
      ["iban", "PL 61 1090 1014 0000 0712 1981 2874"],
    ]);
    const wrapped = "PL61 1090 1014 0000\n  0712 1981 2874";
    expect(found(`rachunek ${wrapped}.`)).toEqual([["iban", wrapped]]);
    // In small letters a spaced country code is a word: "de 61 …" is no IBAN.
    expect(found("konto de 89 3704 0044 0532 0130 00.").filter(([t]) => t === "iban")).toEqual([]);
    // (A Polish number so written is still read: as the domestic account number after the word.)
    expect(found("rachunek pl 61 1090 1014 0000 0712 1981 2874.")).toEqual([
      ["iban", "61 1090 1014 0000 0712 1981 2874"],
    ]);
  });

  it("refuses a wrong check digit, a wrong length and a BBAN of the wrong structure", () => {
    expect(found("pay to DE89 3704 0044 0532 0130 01")).toEqual([]);
    expect(found("pay to DE89 3704 0044 0532 0130 0")).toEqual([]);
    expect(found("pay to GB82 1234 1234 5698 7654 32")).toEqual([]);
  });

  it.each([
    ["IBAN: DE89 3704 0044 0532 0130 01", "DE89 3704 0044 0532 0130 01"],
    ["Numer rachunku: PL 62 1090 2590 0000 0001 4321 8765", "PL 62 1090 2590 0000 0001 4321 8765"],
    [
      "na rachunek bankowy:\n   PL 10 1050 1214 1000 0090 3456 7890 (ING)",
      "PL 10 1050 1214 1000 0090 3456 7890",
    ],
    ["Kontonummer CH65 0023 0230 1234 5678 9", "CH65 0023 0230 1234 5678 9"],
    // Polish declines "konto": the account's number is "numer konta".
    ["numer konta PL12 1090 1014 0000 0712 1981 2874", "PL12 1090 1014 0000 0712 1981 2874"],
    ["saldo na koncie PL12 1090 1014 0000 0712 1981 2874", "PL12 1090 1014 0000 0712 1981 2874"],
    // OCR's letters for digits, in a BBAN of digits only.
    ["Rachunek: PL75 lO9O 2776 0000 0001 9876 5432.", "PL75 lO9O 2776 0000 0001 9876 5432"],
  ])("takes a value called an IBAN or an account with a wrong check digit as written: %j", (text, value) => {
    expect(found(text)).toEqual([["iban", value]]);
  });

  it("finds Poland's domestic account number (its IBAN without PL), printed in its groups or called an account", () => {
    expect(found("nr 61 1090 1014 0000 0712 1981 2874 w banku")).toEqual([
      ["iban", "61 1090 1014 0000 0712 1981 2874"],
    ]);
    expect(found("Rachunek: 61109010140000071219812874.")).toEqual([["iban", "61109010140000071219812874"]]);
    // Run together and unnamed, or with check digits that fail for PL, it is another long number.
    expect(found("id 61109010140000071219812874")).toEqual([]);
    expect(found("nr 62 1090 1014 0000 0712 1981 2874 w banku")).toEqual([]);
    // Written with its country code, the IBAN is the whole of it.
    expect(found("rachunek PL 61 1090 1014 0000 0712 1981 2874")).toEqual([
      ["iban", "PL 61 1090 1014 0000 0712 1981 2874"],
    ]);
  });

  it("still refuses, under an account label, a wrong length or structure, and OCR letters where the BBAN has letters", () => {
    expect(found("account: DE89 3704 0044 0532 0130 0").filter(([t]) => t === "iban")).toEqual([]);
    expect(found("Kontonummer GB82 1234 1234 5698 7654 32").filter(([t]) => t === "iban")).toEqual([]);
    expect(found("account GB82 WESTl2345698765432").filter(([t]) => t === "iban")).toEqual([]);
    // A validator's test input in code: the function's name is no label.
    expect(found('expect(() => z.iban().parse("DE89370400440532013001")).toThrow();')).toEqual([]);
    // "kontakt" is no account: a wrong check digit after it is still no IBAN.
    expect(found("kontakt PL12 1090 1014 0000 0712 1981 2874")).toEqual([]);
    // Unlabelled, a wrong check digit is no IBAN (the generated look-alikes of Presidio's tests).
    expect(found("AL47 2121 1009 0000 0002 3569 8740")).toEqual([]);
  });

  it("under the word IBAN itself, takes a value of an IBAN's form whatever its length or structure (iban-named.ts)", () => {
    // A digit short, or a bank code of digits where letters belong: still the account, as the text says.
    expect(found("IBAN: DE89 3704 0044 0532 0130 0")).toEqual([["iban", "DE89 3704 0044 0532 0130 0"]]);
    expect(found("IBAN: GB82 1234 1234 5698 7654 32")).toEqual([["iban", "GB82 1234 1234 5698 7654 32"]]);
  });
});

describe("e-mail addresses and SSNs", () => {
  it.each([
    ["email", "write to ana.lima+mcp@correio.example.com.br", "ana.lima+mcp@correio.example.com.br"],
    ["email", "write to user@xn--80ak6aa92e.com today", "user@xn--80ak6aa92e.com"],
    ["email", "a@xn--d1acufc.xn--p1ai", "a@xn--d1acufc.xn--p1ai"],
    ["ssn", "ssn 219-09-9999", "219-09-9999"],
    ["ssn", "ssn 219 09 9999", "219 09 9999"],
    ["ssn", "ssn 219.09.9999", "219.09.9999"],
    ["ssn", "Social Security Number: 219099999", "219099999"],
    // Called an SSN, nine digits count in any grouping, and in the 9xx range (ITINs) too.
    ["ssn", "SSN: 078-051121", "078-051121"],
    ["ssn", "her SSN is 07805-1121", "07805-1121"],
    ["ssn", "Brenda Carter's SSN 937-42-6810 and", "937-42-6810"],
    // Dashed 3-2-4, the 9xx range is an ITIN, as personal and written the same way.
    ["ssn", "verify 937-42-6810 on file", "937-42-6810"],
    ["email", "écrire à josé.müller@exemple.fr", "josé.müller@exemple.fr"],
    ["email", "用户@例子.广告", "用户@例子.广告"],
    ["email", "key=ops+alerts!urgent@example.org", "ops+alerts!urgent@example.org"],
    ["email", "root at admin@[192.0.2.1] now", "admin@[192.0.2.1]"],
    ["email", "Siobhan O'Connor <o'connor@example.ie>", "o'connor@example.ie"],
    ["email", "key='user@example.com'", "user@example.com"],
  ])("%s in %j", (type, text, value) => {
    expect(found(text)).toEqual([[type, value]]);
  });

  it("finds a quoted local part and an address spelled with (at) or [at], not a bracketed 'at' in prose", () => {
    expect(found('write to "john doe"@example.com today')).toEqual([["email", '"john doe"@example.com']]);
    expect(found("e-mail: a.wilk(at)poczta-testowa.pl.")).toEqual([["email", "a.wilk(at)poczta-testowa.pl"]]);
    expect(found("mail jan [at] firma [dot] pl")).toEqual([["email", "jan [at] firma [dot] pl"]]);
    expect(found("we met (at) noon at the station")).toEqual([]);
    // Code: the quote before "@" closes a string; the one before it closed another.
    expect(found('"email": fakeID + "@example.com"')).toEqual([]);
  });

  it.each([
    ["mail john.doe {at} example {dot} com now", "john.doe {at} example {dot} com"],
    ["mail john<at>example.com now", "john<at>example.com"],
    ["MAIL JOHN(AT)EXAMPLE.COM", "JOHN(AT)EXAMPLE.COM"],
    ["mail john.doe@example(dot)com now", "john.doe@example(dot)com"],
    ["reach me at jane_smith at yahoo dot com", "jane_smith at yahoo dot com"],
    ["mail john dot doe at gmail dot com", "john dot doe at gmail dot com"],
    ["mail john.doe AT example DOT com now", "john.doe AT example DOT com"],
    ["mail john.doe @ example.com now", "john.doe @ example.com"],
    ["mail john.doe@ example.co.uk now", "john.doe@ example.co.uk"],
    // Spaced around its last dot as well, before a generic domain.
    ["mail john.doe @ example . com now", "john.doe @ example . com"],
    ["write to jo @mail.acme . io", "jo @mail.acme . io"],
    // A string with no space at all is still read for bracketed marks.
    ["jan{at}firma.pl", "jan{at}firma.pl"],
  ])("finds an address spelled out against harvesters: %j", (text, value) => {
    expect(found(text)).toEqual([["email", value]]);
  });

  it.each([
    // "at" in prose, a hyphenated domain, function words, and Python's matrix product.
    "I work at google.com now",
    "see www.stay-at-home.org",
    "meet me at the dot com party",
    "y = x @ self.proj",
    "z = a @ b.T",
    "email: jdoe at example.co.uk",
    // A spaced dot before a country's code is a sentence ending: "It" is Italy's.
    "look @ this . It works",
  ])("finds no spelled-out address in %j", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("reads an SSN spelled one digit at a time when the text calls it one", () => {
    expect(found("SSN: 5 5 5 1 2 3 4 5 6 (spaced)")).toEqual([["ssn", "5 5 5 1 2 3 4 5 6"]]);
    expect(found("SSN: 5 5 5 - 1 2 - 3 4 5 6 (spaced format)")).toEqual([["ssn", "5 5 5 - 1 2 - 3 4 5 6"]]);
    // Unnamed, a row of single digits is a list; grouped 3-2-4 by dashes, it has an SSN's own shape, as
    // 555-12-3456 has (attacker round 11: it reached the server).
    expect(found("scores 5 5 5 1 2 3 4 5 6 today")).toEqual([]);
    expect(found("levels 5 5 5 - 1 2 - 3 4 5 6 today")).toEqual([["ssn", "5 5 5 - 1 2 - 3 4 5 6"]]);
  });

  it.each([
    ["each digit apart, dashes apart", "id 1 2 3 - 4 5 - 6 7 8 9 ok", "1 2 3 - 4 5 - 6 7 8 9"],
    ["groups apart by spaced dashes", "id 123 - 45 - 6789 ok", "123 - 45 - 6789"],
    ["each digit apart, dashes tight", "id 1 2 3-4 5-6 7 8 9 ok", "1 2 3-4 5-6 7 8 9"],
    ["a dash spaced on one side", "id 123 -45- 6789 ok", "123 -45- 6789"],
    ["named, grouped otherwise", "SSN: 123 - 456789", "123 - 456789"],
  ])("reads an SSN written with room: %s", (_what, text, ssn) => {
    expect(found(text)).toEqual([["ssn", ssn]]);
  });

  it.each([
    ["a sum", "total 1 2 3 - 4 5 = 78"],
    ["groups of another shape", "range 1 2 3 4 - 5 - 6 7 8 9 done"],
    ["a date spaced", "on 2024 - 05 - 12 at noon"],
    ["two marks", "ref 693 - 09 . 4444"],
    ["a phone number spaced", "call 555 - 123 - 4567"],
    ["a house number", "Suite 680 - 36 - 4022 Oakridge Lane"],
    ["a number nobody is issued", "id 0 0 0 - 1 2 - 3 4 5 6 ok"],
  ])("does not read digits with room that are no SSN: %s", (_what, text) => {
    expect(found(text)).toEqual([]);
  });

  it("reads a dashed SSN with letters OCR puts for digits, when every group keeps a digit", () => {
    expect(found("scanned form: 8Sl-27-4668.")).toEqual([["ssn", "8Sl-27-4668"]]);
    expect(found("SSN 833-64-209l")).toEqual([["ssn", "833-64-209l"]]);
    expect(found("codes SOS-12-3456, lOl-OO-OOOO, 666-l2-3456 and 0b8-1f-4a2c")).toEqual([]);
  });

  it("reads a domain on past an underscore glued inside it, but ends an address at Markdown's closing '_'", () => {
    expect(found("my email is none@lb.co_m")).toEqual([]);
    expect(found("write to _jane@example.com_ today")).toEqual([["email", "_jane@example.com"]]);
    expect(found("jane@example.com_")).toEqual([["email", "jane@example.com"]]);
  });

  it("keeps the cells of a table row apart: '|' ends an address", () => {
    expect(found("Michelle Phillips|415-55-7615|1980-04-04|michelle.p@example.com")).toEqual([
      ["ssn", "415-55-7615"],
      ["email", "michelle.p@example.com"],
    ]);
  });

  it.each([
    "order 219099999",
    "219-09.9999",
    "000-12-3456",
    "version 219.09.9999.1",
    "078-051121",
    "937 42 6810",
    "Mrs. Karen Thorkildsen Suite 680 36 4022 Oakridge Lane",
  ])("not in %j", (text) => {
    expect(found(text).filter(([type]) => type === "ssn")).toEqual([]);
  });
});
