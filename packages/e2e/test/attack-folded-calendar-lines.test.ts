// Attack (round 39): iCalendar and vCard fold every line longer than 75 octets (RFC 5545 §3.1, RFC 6350
// §3.2): a line break and one space are inserted wherever the limit falls, and a reader removes them. So an
// invitation read from a calendar server (CalDAV, an .ics attachment) or a contact card carries attendees'
// e-mail addresses, and the phone, card and SSN typed in a description, cut at any character by `\r\n `.
// The guard reads a wrapped card grouped in fours, but an address cut before or after its `@`, a phone or
// SSN cut inside a group, or a card written without spaces pass whole or show their unredacted part to the
// client. The guard must read a folded line as the calendar client shows it: each of these redacted towards
// the client (nothing of the value left once the folds are removed) and refused towards the server.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, redactingRecorder, toolSession } from "../src/index.js";

/** RFC 5545 §3.1: a content line longer than 75 octets goes on over lines that begin with one space. */
function fold(line: string): string {
  const parts = [line.slice(0, 75)];
  for (let at = 75; at < line.length; at += 74) parts.push(` ${line.slice(at, at + 74)}`);
  return parts.join("\r\n");
}
/** What a calendar client reads: the folds removed. */
const unfold = (text: string) => text.replaceAll("\r\n ", "");

const MOZART = "wolfgang.mozart@salzburg.at";
const JANE = "jane.roe@acme-dental.com";
const MAIL = "frontdesk@gmail.com";
const PHONE = "(415) 555-0132";
const SSN = "078-05-1120";
const CARD = "4539148803436467";
const VALUES = [MOZART, JANE, MAIL, PHONE, SSN, CARD];

// Each value lands across a fold: "…@salz|burg.at", "…@acme-d|ental.com", "4|539…", "(415) 555-|0132",
// "078-0|5-1120", "frontdesk@g|mail.com".
const EVENT = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//Example Corp//Calendar//EN",
  "BEGIN:VEVENT",
  "UID:20240304T102233Z-4711",
  "DTSTART:20240311T090000Z",
  "SUMMARY:Intake call",
  `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Wolfgang Amadeus Mozart;X-NUM-GUESTS=0:mailto:${MOZART}`,
  `ATTENDEE;CN="Roe, Jane";ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:${JANE}`,
  `DESCRIPTION:Please bring your insurance card. We charge the card on file, ${CARD}, after the visit.`,
  `COMMENT:Questions about visit? Call front desk of Acme Dental at ${PHONE} any weekday.`,
  `X-INTAKE-NOTE:Patient J. Roe, insured with Acme Mutual Insurance, SSN ${SSN}, prefers mornings.`,
  "END:VEVENT",
  "END:VCALENDAR",
]
  .map(fold)
  .join("\r\n");
const CONTACT = [
  "BEGIN:VCARD",
  "VERSION:3.0",
  "FN:Jane Roe",
  `NOTE:Met at the conference in Berlin in May\\, prefers e-mail to ${MAIL}`,
  "END:VCARD",
]
  .map(fold)
  .join("\r\n");

const text = (t: string) => ({ content: [{ type: "text", text: t }] });
const { home, log } = redactingRecorder(
  {
    tools: ["echo", "get_event", "get_contact"].map((name) => ({
      name,
      description: "A calendar.",
      inputSchema: { type: "object" },
    })),
    results: { get_event: text(EVENT), get_contact: text(CONTACT) },
  },
  ["email", "phone", "ssn", "credit_card"],
);
afterAll(async () => {
  await home.cleanup();
});

/** Which values a text shows once its folds are removed. */
const bare = (seen: string) => VALUES.filter((v) => unfold(seen).includes(v));

describe("personal data on folded iCalendar and vCard lines", () => {
  it("the document cuts every value at a fold (the set-up holds)", () => {
    for (const value of VALUES) expect(EVENT.includes(value) || CONTACT.includes(value)).toBe(false);
    expect(bare(EVENT + CONTACT)).toEqual(VALUES);
  });

  it("reaches the client with no value readable once unfolded", async () => {
    let seen = "";
    await toolSession(home, async (call) => {
      for (const tool of ["get_event", "get_contact"]) {
        const result = (await call(tool, {})).result as { content: Array<{ text: string }> };
        seen += result.content.map((c) => c.text).join("\r\n");
      }
    });
    expect(bare(seen)).toEqual([]);
  });

  it("does not reach the server", async () => {
    await toolSession(home, async (call) => {
      await call("echo", { ics: EVENT });
      await call("echo", { vcf: CONTACT });
    });
    // Each argument's text as the server read it (JSON's escapes decoded, so a fold is "\r\n " again).
    const seen = recorded(log)
      .map((m) => (m as { params?: { arguments?: Record<string, unknown> } }).params?.arguments ?? {})
      .flatMap((args) => Object.values(args).filter((v): v is string => typeof v === "string"))
      .join("\r\n");
    expect(bare(seen)).toEqual([]);
  });
});
