// Attack (round 40, atk40a, as a server returning a web page or an HTML e-mail): an HTML table's head names
// the cells below it since round 39, but a cell holding a table of its own (the layout table an e-mail or an
// admin page puts an avatar and a name in) throws the reader off its row: the cells after it are no longer
// read under their column, so a password under "Password" and a second row's SSN under "SSN" reach the client
// whole, where the same table without the inner tables arrives redacted (control). A browser places the
// inner table inside its cell; the guard should name the outer cells as it does without it.
import { afterAll, describe, expect, it } from "vitest";
import { recorderWithResults, toolSession } from "../src/index.js";

const USERS: Array<[string, string, string]> = [
  ["Bob", "Tr0ub4dor&3x", "078051120"],
  ["Alice", "Zq8!vB3nLp0w", "219099999"],
];
const VALUES = USERS.flatMap(([, password, ssn]) => [password, ssn]);

const page = (nameCell: (name: string) => string) =>
  [
    "<table>",
    "<tr><th>User</th><th>Plan</th><th>Password</th><th>SSN</th></tr>",
    ...USERS.map(
      ([name, password, ssn]) =>
        `<tr><td>${nameCell(name)}</td><td>Gold</td><td>${password}</td><td>${ssn}</td></tr>`,
    ),
    "</table>",
  ].join("\n");

const PLAIN = page((name) => name);
const NESTED = page(
  (name) => `<table class="who"><tr><td><img src="/a/${name}.png" alt=""></td><td>${name}</td></tr></table>`,
);

const text = (t: string) => ({ content: [{ type: "text", text: t }] });
const { home } = recorderWithResults({ plain: text(PLAIN), nested: text(NESTED) });
afterAll(async () => {
  await home.cleanup();
});

const bare = (seen: string) => VALUES.filter((v) => seen.includes(JSON.stringify(v).slice(1, -1)));

describe("an HTML table whose first cell holds a layout table", () => {
  it("(control) without the inner tables, every password and SSN reaches the client redacted", async () => {
    let seen = "";
    await toolSession(home, async (call) => {
      seen = JSON.stringify(await call("plain", {}));
    });
    expect(bare(seen)).toEqual([]);
  });

  it("with them, no password or SSN reaches the client whole", async () => {
    let seen = "";
    await toolSession(home, async (call) => {
      seen = JSON.stringify(await call("nested", {}));
    });
    expect({ reachedClient: bare(seen) }).toEqual({ reachedClient: [] });
  });
});
