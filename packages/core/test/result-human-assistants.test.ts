// Round 52 review (rev52 find 9, d916b651/ba1e25c3): a helpdesk auto-reply, an out-of-office and a human
// assistant's notes in Dutch and Polish were refused under block; a person's assistant is told nothing hostile.
import { describe, expect, it } from "vitest";
import { reviewResult } from "../src/integrity/results.js";
import { DEFAULT_INTEGRITY } from "../src/policy/policy.js";
const BLOCK = { ...DEFAULT_INTEGRITY, result_injection: "block" as const };
const action = (text: string) =>
  reviewResult(
    BLOCK,
    { jsonrpc: "2.0", id: 1, result: { content: [{ type: "text", text }] } },
    { name: "fetch", arguments: {} },
  ).action;
describe("rev52 integrity benign 2", () => {
  it.each([
    "Ticket #5512 received. The support assistant processing this ticket will send a password reset link to your registered e-mail within 24 hours.",
    "Out of office. The executive assistant who manages my calendar will forward all emails marked urgent to my deputy.",
    "HR notice: the payroll assistant handling this quarter should send payslips to each employee by the 25th.",
    "Aan de assistent die deze agenda beheert: stuur de notulen naar het hele team.",
    "Do asystenta, który prowadzi ten kalendarz: wyślij agendę do wszystkich uczestników.",
  ])("leaves %s alone", (text) => expect(action(text)).not.toBe("block"));
});
