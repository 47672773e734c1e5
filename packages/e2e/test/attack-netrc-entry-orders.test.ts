// Attack (round 40, outside attacker): a `~/.netrc` file, as curl, git, ftp and Python's netrc module read it,
// names an entry's tokens in any order and has a `default` entry for every other host. The guard's netrc rule
// reads only `machine <host> login <user> password <secret>` in that order, so a password after an `account`,
// one written before its `login`, and the `default` entry's password reached the client whole when a tool
// returned the file, and reached the server whole when an agent pasted the entries into a ticket through a tool. Each must be
// redacted towards the client and refused towards the server, as the first entry's password is.
import { afterAll, describe, expect, it } from "vitest";
import { namedEchoOutcomes, recorderWithResults, resultTexts } from "../src/index.js";

const PASSWORDS = {
  "machine, login, password (control)": "Wq3nB8vLk2Zt6Rp9",
  "an account before the password": "Hx5mT9qLc2Vn7Kd4",
  "the password before the login": "Pz8rN4kWq6Ld2Ym7",
  "the default entry": "Jt6vQ2mXk9Rb4Lc8",
};
const NETRC = [
  "machine git.example.com",
  "  login deploy",
  `  password ${PASSWORDS["machine, login, password (control)"]}`,
  `machine api.example.com login ci account builds password ${PASSWORDS["an account before the password"]}`,
  `machine ftp.example.net password ${PASSWORDS["the password before the login"]} login backup`,
  `default login deploy password ${PASSWORDS["the default entry"]}`,
  "",
].join("\n");
const ENTRIES = NETRC.trimEnd().split(/\n(?=machine|default)/);

const { home, log } = recorderWithResults({ read_netrc: { content: [{ type: "text", text: NETRC }] } });
afterAll(async () => {
  await home.cleanup();
});

describe("the entries of a .netrc file", () => {
  it("reach the client with every password redacted", async () => {
    const received = (await resultTexts(home, ["read_netrc"])).read_netrc!;
    expect(received).toContain("machine ftp.example.net");
    const shown = Object.entries(PASSWORDS)
      .filter(([, password]) => received.includes(password))
      .map(([where]) => where);
    // At the head of round 40 the last three passwords reached the client whole.
    expect(shown).toEqual([]);
  });

  it("are refused towards the server, each entry pasted into a ticket on its own", async () => {
    const { outcomes } = await namedEchoOutcomes(
      home,
      log,
      Object.fromEntries(
        ENTRIES.map((entry) => [entry.split(" password")[0]!, { title: "CI credentials", body: entry }]),
      ),
    );
    // At the head of round 40 only the first (machine, login, password) was refused; the other three reached
    // the server.
    expect(Object.values(outcomes)).toEqual(ENTRIES.map(() => "sensitive_data"));
  });
});
