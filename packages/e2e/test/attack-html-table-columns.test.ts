// Attack (round 39): a customer list as a web page, an HTML e-mail or a CRM's HTML export shows each phone
// number and SSN in a `<td>` under a `<th>Mobile</th>` or `<th>SSN</th>` column head. The guard reads a
// Markdown, CSV or tab-separated table's header as the name of each cell below it (a bare `4155550132` under
// "Mobile" is a phone number, `078051120` under "SSN" an SSN), but not an HTML table's, nor a label and value
// in two neighbouring elements (`<span class="label">Phone:</span> <span class="value">…</span>`): the bare
// numbers reach the client and the server. The guard must read the HTML the way it reads the same table in
// Markdown: redact them towards the client and refuse them towards the server.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, redactingRecorder, toolSession } from "../src/index.js";

const PEOPLE: Array<[string, string, string]> = [
  ["John Doe", "4155550132", "078051120"],
  ["Jane Roe", "6465588656", "219099999"],
];
const VALUES = PEOPLE.flatMap(([, phone, ssn]) => [phone, ssn]);

const HTML_TABLE = [
  '<table class="customers">',
  "  <thead>",
  "    <tr><th>Name</th><th>Mobile</th><th>SSN</th><th>Plan</th></tr>",
  "  </thead>",
  "  <tbody>",
  ...PEOPLE.map(
    ([name, phone, ssn]) => `    <tr><td>${name}</td><td>${phone}</td><td>${ssn}</td><td>Gold</td></tr>`,
  ),
  "  </tbody>",
  "</table>",
].join("\n");
const HTML_TABLE_SCOPED =
  '<table><tr><th scope="col">Customer</th><th scope="col">Phone number</th><th scope="col">Social Security number</th></tr>' +
  PEOPLE.map(([name, phone, ssn]) => `<tr><td>${name}</td><td>${phone}</td><td>${ssn}</td></tr>`).join("") +
  "</table>";
const LABELLED_SPANS = PEOPLE.map(
  ([name, phone, ssn]) =>
    `<div class="card"><h3>${name}</h3><div class="field"><span class="label">Phone:</span> <span class="value">${phone}</span></div>` +
    `<div class="field"><span class="label">SSN:</span> <span class="value">${ssn}</span></div></div>`,
).join("\n");
/** The same table in Markdown: what the guard reads today. */
const MARKDOWN_TABLE = [
  "| Name | Mobile | SSN | Plan |",
  "|---|---|---|---|",
  ...PEOPLE.map(([name, phone, ssn]) => `| ${name} | ${phone} | ${ssn} | Gold |`),
].join("\n");

const DOCUMENTS = {
  html_table: HTML_TABLE,
  html_table_scoped: HTML_TABLE_SCOPED,
  labelled_spans: LABELLED_SPANS,
};

const text = (t: string) => ({ content: [{ type: "text", text: t }] });
const { home, log } = redactingRecorder(
  {
    tools: ["echo", "markdown_table", ...Object.keys(DOCUMENTS)].map((name) => ({
      name,
      description: "A customer list.",
      inputSchema: { type: "object" },
    })),
    results: {
      markdown_table: text(MARKDOWN_TABLE),
      ...Object.fromEntries(Object.entries(DOCUMENTS).map(([tool, doc]) => [tool, text(doc)])),
    },
  },
  ["phone", "ssn"],
);
afterAll(async () => {
  await home.cleanup();
});

/** Which phone numbers and SSNs a text still shows. */
const bare = (seen: string) => VALUES.filter((v) => seen.includes(v));

describe("phone numbers and SSNs under an HTML table's column heads", () => {
  it("in a Markdown table, reach the client redacted (control)", async () => {
    let seen = "";
    await toolSession(home, async (call) => {
      seen = JSON.stringify((await call("markdown_table", {})).result);
    });
    expect(bare(seen)).toEqual([]);
  });

  it("in an HTML table or labelled elements, reach the client redacted", async () => {
    const left: Record<string, string[]> = {};
    await toolSession(home, async (call) => {
      for (const tool of Object.keys(DOCUMENTS))
        left[tool] = bare(JSON.stringify((await call(tool, {})).result));
    });
    expect(left).toEqual({ html_table: [], html_table_scoped: [], labelled_spans: [] });
  });

  it("in an HTML table or labelled elements, do not reach the server", async () => {
    const left: Record<string, string[]> = {};
    await toolSession(home, async (call) => {
      for (const [what, doc] of Object.entries(DOCUMENTS)) await call("echo", { what, html: doc });
    });
    for (const m of recorded(log)) {
      const args = (m as { params?: { arguments?: { what?: string } } }).params?.arguments;
      if (args?.what !== undefined) left[args.what] = bare(JSON.stringify(args));
    }
    // Redacted or refused, each: a call the guard refused never reached the server at all.
    for (const what of Object.keys(DOCUMENTS))
      expect({ what, bare: left[what] ?? [] }).toEqual({ what, bare: [] });
  });
});
