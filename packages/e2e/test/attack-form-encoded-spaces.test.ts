// Attack (round 36, found from outside): a card number, an SSN or an IBAN written in groups is found when its
// blanks are percent-encoded (`cc=4111%201111%201111%201111`, README: `%XX` is decoded), but not in the form
// encoding of the same blanks, `+` (application/x-www-form-urlencoded: what an HTML form posts and what
// URLSearchParams and Python's urlencode write, `cc=4111+1111+1111+1111`). Through the real bridge and the
// recording server: a call whose URL or body an agent built with URLSearchParams carries the number to the
// server (the %20 form of each is refused), and a tool result quoting such a request hands it to the client.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

const VALUES = {
  card: { field: "cc", value: "4111 1111 1111 1111", raw: /4111\D1111\D1111\D1111/ },
  ssn: { field: "ssn", value: "078 05 1120", raw: /078\D05\D1120/ },
  iban: { field: "iban", value: "DE89 3704 0044 0532 0130 00", raw: /DE89\W3704\W0044\W0532\W0130\W00/ },
};
const form = (field: string, value: string) =>
  new URLSearchParams({ name: "bob", [field]: value }).toString();
const percent = (field: string, value: string) => `name=bob&${field}=${encodeURIComponent(value)}`;

const { home, log } = recorderWithResults({
  access_log: {
    content: [
      {
        type: "text",
        text: Object.values(VALUES)
          .map(({ field, value }) => `POST /checkout 200 body=${form(field, value)}`)
          .join("\n"),
      },
    ],
  },
});
afterAll(async () => {
  await home.cleanup();
});

describe("blanks written as + by the form encoding", () => {
  it("the same values percent-encoded are refused (control)", async () => {
    const outcomes: unknown[] = [];
    await toolSession(home, async (call) => {
      for (const { field, value } of Object.values(VALUES))
        outcomes.push(
          refusal(await call("echo", { url: `https://shop.test/checkout?${percent(field, value)}` })),
        );
    });
    expect(outcomes).toEqual(Object.keys(VALUES).map(() => "sensitive_data"));
  });

  it("do not carry a card, an SSN or an IBAN to the server", async () => {
    const outcomes: unknown[] = [];
    await toolSession(home, async (call) => {
      for (const { field, value } of Object.values(VALUES)) {
        outcomes.push(
          refusal(await call("echo", { url: `https://shop.test/checkout?${form(field, value)}` })),
        );
        outcomes.push(refusal(await call("echo", { body: form(field, value) })));
      }
    });
    const seen = JSON.stringify(recorded(log).filter((m) => JSON.stringify(m).includes('"echo"')));
    const reached = Object.entries(VALUES)
      .filter(([, { raw }]) => raw.test(seen))
      .map(([name]) => name);
    expect(reached).toEqual([]);
    expect(outcomes).toEqual(Object.keys(VALUES).flatMap(() => ["sensitive_data", "sensitive_data"]));
  });

  it("do not hand them to the client in a result", async () => {
    let answer = "";
    await toolSession(home, async (call) => {
      answer = JSON.stringify(await call("access_log", {}));
    });
    const shown = Object.entries(VALUES)
      .filter(([, { raw }]) => raw.test(answer))
      .map(([name]) => name);
    expect(shown).toEqual([]);
  });
});
