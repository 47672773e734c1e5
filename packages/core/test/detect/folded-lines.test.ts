// iCalendar and vCard fold long lines (RFC 5545 §3.1, RFC 6350 §3.2): a value cut by a fold is read as the
// calendar client shows it, found where it is written, and only inside a calendar or a card.
import { describe, expect, it } from "vitest";
import { unfoldedView } from "../../src/detect/decode-folded-lines.js";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const found = (text: string) => scanner.spans(text).map((s) => [s.type, text.slice(s.start, s.end)]);

const calendar = (...lines: string[]) =>
  ["BEGIN:VCALENDAR", "BEGIN:VEVENT", ...lines, "END:VEVENT", "END:VCALENDAR"].join("\r\n");

describe("a folded calendar or card line", () => {
  it.each([
    ["email", "ATTENDEE;CN=Jane:mailto:jane.roe@acme-d\r\n ental.com", "jane.roe@acme-d\r\n ental.com"],
    ["phone", "COMMENT:Call (415) 555-\r\n 0132 any weekday.", "(415) 555-\r\n 0132"],
    ["ssn", "X-NOTE:SSN 078-0\n\t5-1120, mornings", "078-0\n\t5-1120"],
    ["credit_card", "DESCRIPTION:card 4\r\n 539148803436467 on file", "4\r\n 539148803436467"],
  ])("%s cut by a fold is found whole", (type, line, written) => {
    expect(found(calendar(line))).toEqual([[type, written]]);
  });

  it("in a card as in a calendar", () => {
    const card = "BEGIN:VCARD\r\nNOTE:write to frontdesk@g\r\n mail.com\r\nEND:VCARD";
    expect(found(card)).toEqual([["email", "frontdesk@g\r\n mail.com"]]);
  });

  it("removes one blank after each break, and nothing outside the calendar", () => {
    const text = `intro\n  kept\n${calendar("SUMMARY:a\r\n  b", "X:c\n\td")}\n after`;
    expect(unfoldedView(text)?.text).toBe(`intro\n  kept\n${calendar("SUMMARY:a b", "X:cd")}\n after`);
    expect(unfoldedView("notes:\n  indented\n  lines")).toBeUndefined();
    expect(unfoldedView(calendar("SUMMARY:no folds"))).toBeUndefined();
  });
});
