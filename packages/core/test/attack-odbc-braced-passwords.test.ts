// Attack (round 48, found from outside): ODBC connection strings quote a value with braces, and drivers
// require it for a password holding `;`, `{` or `=`: `PWD={p;w}` (Microsoft's ODBC Driver for SQL Server, psqlODBC,
// MySQL Connector/ODBC). pyodbc's and .NET OdbcConnection's examples write every password that way, so
// `DRIVER={ODBC Driver 18 for SQL Server};SERVER=…;UID=report;PWD={…};` is what a script, a config file or
// an error message carries. The scanner redacts `Pwd=…;` and ADO.NET's `Password=…;` but passes a braced
// password whole, inside a full connection string, to the client and to a server. A correct guard reads the
// braces as the value's quotes and redacts what is between them (at least), as it does for quoted values.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** What the client is shown under the default actions (a type the table does not know counts as a secret). */
const shown = (text: string) => {
  const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

const PASSWORD = "Zk9vB2mQx7rT";
/** A password with a semicolon, the case the braces exist for. */
const WITH_SEMICOLON = "Zk9;vB2mQx7r";

describe("an ODBC connection string with a braced password", () => {
  it("the same string with the password unbraced is redacted (the harness sees what the scanner does)", () => {
    const text = `Driver={ODBC Driver 18 for SQL Server};Server=db01;Database=hr;Uid=report;Pwd=${PASSWORD};`;
    expect(shown(text)).not.toContain(PASSWORD);
  });

  it.each([
    [
      "SQL Server's driver",
      `Driver={ODBC Driver 18 for SQL Server};Server=db01;Database=hr;Uid=report;Pwd={${PASSWORD}};`,
      PASSWORD,
    ],
    [
      "a password holding a semicolon",
      `Driver={ODBC Driver 18 for SQL Server};Server=db01;Database=hr;Uid=report;Pwd={${WITH_SEMICOLON}};`,
      "vB2mQx7r",
    ],
    [
      "psqlODBC",
      `Driver={PostgreSQL Unicode};Server=db01;Port=5432;Database=hr;Uid=report;Pwd={${PASSWORD}};`,
      PASSWORD,
    ],
    [
      "MySQL Connector/ODBC with Password=",
      `Driver={MySQL ODBC 8.0 Unicode Driver};Server=db01;Database=hr;User=report;Password={${PASSWORD}};Option=3;`,
      PASSWORD,
    ],
    [
      "pyodbc.connect in a script",
      `conn = pyodbc.connect("DRIVER={ODBC Driver 18 for SQL Server};SERVER=db01;DATABASE=hr;UID=report;PWD={${PASSWORD}}")`,
      PASSWORD,
    ],
  ])("%s: the password is redacted", (_name, text, secret) => {
    expect(shown(text)).not.toContain(secret);
  });
});

describe("braced values that are not a password", () => {
  it("the driver's braced name passes", () => {
    const text = "Driver={ODBC Driver 18 for SQL Server};Server=db01;Database=hr;Trusted_Connection=yes;";
    expect(shown(text)).toBe(text);
  });
});

describe("braced look-alikes that hold no password", () => {
  it.each([
    ["a Python f-string's slot", 'cs = f"DRIVER={{ODBC Driver 18}};UID={user};PWD={db_password};"'],
    ["a format string's numbered slot", 'cs = "Driver={PostgreSQL Unicode};Uid=report;Pwd={pw2};"'],
    ["JSX's prop", "<LoginForm user={user} password={currentPassword} />"],
    ["a template's placeholder", "Driver={ODBC Driver 18 for SQL Server};Uid=report;Pwd={your_password};"],
  ])("%s passes", (_name, text) => {
    expect(shown(text)).toBe(text);
  });
});
