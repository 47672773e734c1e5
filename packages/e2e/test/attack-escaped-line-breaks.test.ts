// Attack (round 39): a document whose line breaks are written as the two characters `\n` hides every
// number that starts a line. Docker's json-file logs (`{"log":"…\n","stream":…}` a line), pino and bunyan
// logs, and an iCalendar DESCRIPTION (RFC 5545 writes its line breaks `\n`) are such texts: the scanner reads
// a whole JSON value's escapes, but a log of many JSON lines or a calendar is no one JSON value, and the `n`
// of the escape glued before an SSN, a card number or a phone number makes each of them a word's tail. So a
// signup form logged by a container, or a clinic's intake event, reaches the client with the SSN, card and
// phone bare, and reaches a server the same way. The guard must read `\n` there as the line break it
// spells: redact these towards the client and refuse them towards the server, as it does with real breaks.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, redactingRecorder, toolSession } from "../src/index.js";

const SSN = "078-05-1120";
const CARD = "4539 1488 0343 6467";
const PHONE = "(415) 555-0132";
const VALUES = [SSN, CARD, PHONE];

/** A signup form a service logged, one field a line. */
const FORM = `New signup:\\nJane Roe\\n${SSN}\\n${CARD}\\n${PHONE}\\n`;
/** `docker logs` of a container using the json-file driver: one JSON object a line. */
const DOCKER_LOGS = [
  `{"log":"GET /healthz 200 1ms\\n","stream":"stdout","time":"2024-03-04T10:22:33.123456789Z"}`,
  `{"log":"${FORM}","stream":"stdout","time":"2024-03-04T10:22:34.000000001Z"}`,
  `{"log":"GET /healthz 200 1ms\\n","stream":"stdout","time":"2024-03-04T10:22:35.123456789Z"}`,
].join("\n");
/** A calendar event whose description a receptionist typed, line by line. */
const CALENDAR = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//Example Corp//Calendar//EN",
  "BEGIN:VEVENT",
  "UID:20240304T102233Z-4711",
  "DTSTART:20240311T090000Z",
  "SUMMARY:Intake call",
  `DESCRIPTION:Intake for Jane Roe\\nSSN\\n${SSN}\\nCard on file\\n${CARD}\\n\\nBest\\,\\nDr. Ann Lee\\nAcme Dental\\n${PHONE}`,
  "END:VEVENT",
  "END:VCALENDAR",
].join("\r\n");
/** The same form with its line breaks written as breaks: what the guard finds today. */
const FORM_WITH_BREAKS = FORM.replaceAll("\\n", "\n");

const text = (t: string) => ({ content: [{ type: "text", text: t }] });
const { home, log } = redactingRecorder(
  {
    tools: ["echo", "container_logs", "calendar_event", "form_with_breaks"].map((name) => ({
      name,
      description: "A document.",
      inputSchema: { type: "object" },
    })),
    results: {
      container_logs: text(DOCKER_LOGS),
      calendar_event: text(CALENDAR),
      form_with_breaks: text(FORM_WITH_BREAKS),
    },
  },
  ["ssn", "credit_card", "phone"],
);
afterAll(async () => {
  await home.cleanup();
});

/** Which of the values a text still shows. */
const bare = (seen: string) => VALUES.filter((v) => seen.includes(v));

describe("personal data after a line break written as `\\n`", () => {
  it("with real line breaks, is redacted (control)", async () => {
    let seen = "";
    await toolSession(home, async (call) => {
      seen = JSON.stringify((await call("form_with_breaks", {})).result);
    });
    expect(bare(seen)).toEqual([]);
  });

  it("in container logs and a calendar event, reaches the client redacted", async () => {
    const left: Record<string, string[]> = {};
    await toolSession(home, async (call) => {
      for (const tool of ["container_logs", "calendar_event"])
        left[tool] = bare(JSON.stringify((await call(tool, {})).result));
    });
    expect(left).toEqual({ container_logs: [], calendar_event: [] });
  });

  it("in container logs and a calendar event, does not reach the server", async () => {
    await toolSession(home, async (call) => {
      await call("echo", { title: "Support ticket", attachment: DOCKER_LOGS });
      await call("echo", { calendar: CALENDAR });
    });
    const seen = JSON.stringify(recorded(log).filter((m) => JSON.stringify(m).includes('"echo"')));
    expect(bare(seen)).toEqual([]);
  });
});
