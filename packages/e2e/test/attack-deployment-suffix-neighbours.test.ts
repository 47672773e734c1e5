// Attack (round 41, found from outside): round 40 read a credential's name with a deployment's or a version's
// word after it (DB_PASSWORD_PROD, API_KEY_LIVE, ses_smtp_password_v4) from a fixed list of words, and any other
// word after the credential's makes the name "about the credential rather than its value". Real .env and
// compose files name one credential per database role, region and numbered environment just as often:
// DB_PASSWORD_PRIMARY / _REPLICA, REDIS_PASSWORD_SECONDARY (Azure's and Redis's primary and secondary keys),
// DB_PASSWORD_PREPROD, JWT_SECRET_PROD2, API_KEY_EU. Each value reaches the client whole and the server
// whole, where DB_PASSWORD_PROD's (control) is redacted and refused. The README says a key is read word by word
// and only words such as `policy` or `hint` say it holds no secret; a correct guard treats these as it treats
// DB_PASSWORD_PROD.
import { afterAll, describe, expect, it } from "vitest";
import { namedEchoOutcomes, recorderWithResults, resultTexts } from "../src/index.js";

const VALUES = {
  DB_PASSWORD_PRIMARY: "Wq3nB8vLk2Zt6Rp9",
  DB_PASSWORD_REPLICA: "Hx5mT9qLc2Vn7Kd4",
  REDIS_PASSWORD_SECONDARY: "Vn7Kd4Hx5mT9qLc2",
  DB_PASSWORD_PREPROD: "Rp9Wq3nB8vLk2Zt6",
  JWT_SECRET_PROD2: "Lc8Jt6vQ2mXk9Rb4Pz8rN4kWq6Ld2Ym7",
  API_KEY_EU: "Pz8rN4kWq6Ld2Ym7Jt6vQ2mXk9Rb4Lc8",
};
const CONTROL = { DB_PASSWORD_PROD: "Tz6Rp9Wq3nB8vLk2" };
const DOT_ENV = [
  "# shop-api, production",
  ...Object.entries({ ...CONTROL, ...VALUES }).map(([name, value]) => `${name}=${value}`),
  "",
].join("\n");

const { home, log } = recorderWithResults({ read_env: { content: [{ type: "text", text: DOT_ENV }] } });
afterAll(async () => {
  await home.cleanup();
});

describe("credentials named for a database role, a region or a numbered environment", () => {
  it("reach the client redacted, as DB_PASSWORD_PROD's does", async () => {
    const received = (await resultTexts(home, ["read_env"])).read_env ?? "";
    expect(received).not.toContain(CONTROL.DB_PASSWORD_PROD);
    expect(received).toContain("DB_PASSWORD_REPLICA");
    const shown = Object.entries(VALUES)
      .filter(([, value]) => received.includes(value))
      .map(([name]) => name);
    // At the head of round 41 all six reached the client whole.
    expect(shown, "credentials the client received whole").toEqual([]);
  });

  it("are refused towards the server, each line pasted into a ticket on its own", async () => {
    const { outcomes } = await namedEchoOutcomes(
      home,
      log,
      Object.fromEntries(
        Object.entries({ ...CONTROL, ...VALUES }).map(([name, value]) => [
          name,
          { title: "prod settings", body: `${name}=${value}` },
        ]),
      ),
    );
    // At the head of round 41 only DB_PASSWORD_PROD was refused.
    expect(outcomes, "how the guard answered each call").toEqual(
      Object.fromEntries(Object.keys({ ...CONTROL, ...VALUES }).map((name) => [name, "sensitive_data"])),
    );
  });
});
