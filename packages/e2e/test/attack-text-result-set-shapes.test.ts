// Attack (round 39, atk39a, as a database or web server): a cell is read under its column's name in the text
// tables database clients print (psql, MySQL, sqlite, CSV, Markdown, boxes). Three text forms as common still
// hand the client a user's SSN and password whole: an HTML table (<th> headers over <td> cells, what a fetch or
// scraping tool returns of a page), ClickHouse's JSONCompactEachRowWithNames (a JSON names list on the first
// line, a JSON array per row after it), and a CSV whose header line is one content item and its rows the next
// (a tool that streams a query's header, then its rows). The same row as CSV in one item reaches the client
// redacted (control).
import { afterAll, describe, expect, it } from "vitest";
import { recorderWithResults, toolSession } from "../src/index.js";

const SSN = "078051120";
const PASSWORD = "Tr0ub4dor&3x";
const NAMES = ["name", "ssn", "password"];
const ROW = ["bob", SSN, PASSWORD];

const text = (...items: string[]) => ({ content: items.map((t) => ({ type: "text", text: t })) });
const RESULTS: Record<string, object> = {
  html_table: text(
    "<table><thead><tr>" +
      NAMES.map((n) => `<th>${n}</th>`).join("") +
      "</tr></thead><tbody><tr>" +
      ROW.map((v) => `<td>${v}</td>`).join("") +
      "</tr></tbody></table>",
  ),
  clickhouse_compact_with_names: text(`${JSON.stringify(NAMES)}\n${JSON.stringify(ROW)}\n`),
  csv_header_then_rows: text(`${NAMES.join(",")}\n`, `${ROW.join(",")}\n`),
};

const { home } = recorderWithResults({
  ...RESULTS,
  csv_one_item: text(`${NAMES.join(",")}\n${ROW.join(",")}\n`),
});
afterAll(async () => {
  await home.cleanup();
});

const leaked = (t: string) => ({ ssn: t.includes(SSN), password: t.includes(PASSWORD) });

describe("a result set printed as text in other common forms", () => {
  it("(control) as CSV in one content item, its SSN and password reach the client redacted", async () => {
    let answer = "";
    await toolSession(home, async (call) => {
      answer = JSON.stringify(await call("csv_one_item", {}));
    });
    expect(leaked(answer)).toEqual({ ssn: false, password: false });
  });

  for (const name of Object.keys(RESULTS))
    it(`${name}: the row's SSN and password do not reach the client`, async () => {
      let answer = "";
      await toolSession(home, async (call) => {
        answer = JSON.stringify(await call(name, {}));
      });
      expect(leaked(answer)).toEqual({ ssn: false, password: false });
    });
});
