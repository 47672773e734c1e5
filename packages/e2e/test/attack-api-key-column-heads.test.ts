// Attack (round 40, atk40a, as a database or admin-page server): a table's column head names the cells below
// it, and a key under "api_key", "Access Token", "Client Secret" or "Secret Key" is redacted, but the head a
// dashboard, a CSV export or a query result most often prints, "API Key" (two words, any case), names nothing
// to the named-cells reader (readAs), though `"API Key": "…"` and { "API Key": "…" } are both read as a secret.
// The key (no vendor prefix) reaches the client whole in an HTML table, a Markdown table and a CSV export,
// where the same tables headed `api_key` arrive redacted (control); a {columns, rows} set is read (kept here).
import { afterAll, describe, expect, it } from "vitest";
import { recorderWithResults, toolSession } from "../src/index.js";

const KEY = "Xk9mPq2vL7wzR4tYh3Nc";
const row = ["billing-bot", KEY, "2026-11-01"];

const tables = (head: string) => ({
  html: `<table><tr><th>Name</th><th>${head}</th><th>Created</th></tr><tr>${row.map((c) => `<td>${c}</td>`).join("")}</tr></table>`,
  markdown: `| Name | ${head} | Created |\n|---|---|---|\n| ${row.join(" | ")} |`,
  csv: `Name,${head},Created\n${row.join(",")}\n`,
  result_set: JSON.stringify({ columns: ["Name", head, "Created"], rows: [row] }),
});

const CONTROL = tables("api_key");
const SPACED = {
  ...tables("API Key"),
  lower_html: tables("api key").html,
  title_markdown: tables("Api Key").markdown,
};

const text = (t: string) => ({ content: [{ type: "text", text: t }] });
const { home } = recorderWithResults({
  ...Object.fromEntries(Object.entries(CONTROL).map(([name, t]) => [`control_${name}`, text(t)])),
  ...Object.fromEntries(Object.entries(SPACED).map(([name, t]) => [name, text(t)])),
});
afterAll(async () => {
  await home.cleanup();
});

describe("an API key under a table's 'API Key' column head", () => {
  it("(control) under an api_key head, the key reaches the client redacted in every form", async () => {
    const reached: string[] = [];
    await toolSession(home, async (call) => {
      for (const name of Object.keys(CONTROL))
        if (JSON.stringify(await call(`control_${name}`, {})).includes(KEY)) reached.push(name);
    });
    expect(reached).toEqual([]);
  });

  it("under an 'API Key' head, the key does not reach the client in any form", async () => {
    const reached: string[] = [];
    await toolSession(home, async (call) => {
      for (const name of Object.keys(SPACED))
        if (JSON.stringify(await call(name, {})).includes(KEY)) reached.push(name);
    });
    expect({ keyReachedClientIn: reached }).toEqual({ keyReachedClientIn: [] });
  });
});
