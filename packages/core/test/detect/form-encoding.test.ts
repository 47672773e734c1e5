// Round 36: the form encoding writes a blank as "+" (URLSearchParams, an HTML form's body, a query string), so
// a number in groups is read with its blanks there, as its %20 form is (attack-form-encoded-spaces.test.ts).
import { describe, expect, it } from "vitest";
import { formFieldViews } from "../../src/detect/decode-form.js";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const types = (text: string) => scanner.scan(text, "r").findings.map((f) => f.type);

describe("blanks written as + in a form field", () => {
  it("are read as blanks: a card, an SSN, an IBAN in groups", () => {
    expect(types("https://shop.test/pay?name=bob&cc=4111+1111+1111+1111")).toContain("credit_card");
    expect(types("name=bob&ssn=078+05+1120")).toContain("ssn");
    expect(types('body="iban=DE89+3704+0044+0532+0130+00&x=1"')).toContain("iban");
  });

  it("a field after the &amp; HTML writes for a link's & counts as after a bare & (round 37)", () => {
    expect(types('<a href="/pay?step=2&amp;cc=4111+1111+1111+1111">Pay</a>')).toContain("credit_card");
    expect(types('<a href="/pay?step=2&AMP;cc=4111+1111+1111+1111">Pay</a>')).toContain("credit_card");
    expect(types('<a href="/pay?step=2&#38;cc=4111+1111+1111+1111">Pay</a>')).toContain("credit_card");
    expect(formFieldViews("x;cc=4111+1111+1111+1111")).toEqual([]);
  });

  it("each field is a view of its name and value alone, mapped back to where it is written", () => {
    const text = "GET /a?q=x&cc=4111+1111+1111+1111#top";
    const [view] = formFieldViews(text);
    expect(view?.text).toBe("cc=4111 1111 1111 1111");
    expect(view?.original(3, view.text.length)).toEqual([text.indexOf("4111"), text.indexOf("#")]);
  });

  it("hard negative: a + that is no form field's blank opens no view", () => {
    expect(formFieldViews("total = a+b;")).toEqual([]);
    expect(formFieldViews("x=a+b;")).toEqual([]);
    expect(formFieldViews("iVBORw0KGgo+AAAANSUhEUgAA/+AAAAEAAAABCAYAAAAfFcSJ")).toEqual([]);
    expect(formFieldViews("call +1 for more")).toEqual([]);
    expect(types("q=red+shoes+size+42&page=2")).toEqual([]);
  });
});
