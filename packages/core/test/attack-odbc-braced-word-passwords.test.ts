// Attack (round 50): an ODBC or ADO connection string braces its password (`Pwd={…}`) when it holds `;`, `{`,
// `=` or a blank, and many write braces around every password. Braced, an ordinary word with a year
// (`Pwd={Summer2024};`) or a phrase holding a semicolon (`Password={my pass;word}`) reached the client whole:
// the braced value was judged by the rules for a bare positional password, which take a word for a name. The
// braces are the value's quotes and the key names it: a correct guard redacts what they hold unless it is a
// template's slot (`{password}`, `{db_pass}`).
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const shown = (text: string) => {
  const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

describe("a braced password in an ODBC or ADO connection string", () => {
  it.each([
    ["Driver={ODBC Driver 18 for SQL Server};Server=db01;Uid=report;Pwd={Summer2024};", "Summer2024"],
    ["Provider=SQLOLEDB;Data Source=db01;User ID=sa;Password={my pass;word};", "my pass;word"],
    ['conn = "DSN=sales;UID=etl;PWD={Welcome1}"', "Welcome1"],
    ["Server=db01;Database=crm;User Id=app;Password={correct horse battery};", "correct horse battery"],
  ])("%s: its password is redacted", (text, password) => {
    expect(shown(text)).not.toContain(password);
  });

  it.each([
    "Driver={ODBC Driver 18 for SQL Server};Server=db01;Uid=report;Pwd={password};",
    "Server=db01;Uid=app;Pwd={db_pass};",
    "const input = <Field password={value} />;",
  ])("a template's slot passes: %s", (text) => {
    expect(shown(text)).toBe(text);
  });
});

// Round 51: outside a connection string the braces read as a template's slot whatever they held, so a word
// with a number as people choose passwords (`{hunter2}`, `{Summer2024}`) passed under a password's name. A
// slot's name is a name: a credential's or a placeholder's word, a separator, camel case; a word with a number
// and nothing of a name is the value.
describe("a braced word with a number under a password's name", () => {
  it.each([
    ['password = "{hunter2}"', "hunter2"],
    ['db_password: "{Summer2024}"', "Summer2024"],
    ["PASSWORD={letmein1}", "letmein1"],
  ])("%s: its password is redacted", (text, password) => {
    expect(shown(text)).not.toContain(password);
  });

  it.each([
    'password = "{password}"',
    'password = "{pw2}"',
    'password = "{db_pass}"',
    'password = "{param1}"',
    'password = "{value2}"',
    'password = "{dbPassword}"',
    'password = "{0}"',
    'url = "https://{host1}/app"',
  ])("a template's slot passes: %s", (text) => {
    expect(shown(text)).toBe(text);
  });
});
