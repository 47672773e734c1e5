// Round 36 (atk36a): a URL-mode elicitation's link is refused when what the user reads as its host is not
// where it goes (`https://login.bank.example@evil.example/`, elicitation-url.ts). A host spelled with
// look-alike letters of another script passes: "https://login.microsоft.com/" (a Cyrillic "о") and
// "https://www.pаypal.com/signin" (a Cyrillic "а") read as Microsoft's and PayPal's sign-in pages, but the
// browser opens login.xn--microsft-sbh.com and www.xn--pypal-4ve.com, someone else's. The guard reads
// look-alike letters as their Latin twins everywhere else (credential words, and tool names that mix scripts
// are refused as malformed_name); such a link should be refused to the server (elicitation_url) and never
// shown, while an honest https link stays shown (control). Real bridge, recording server.
import { afterAll, describe, expect, it } from "vitest";
import { elicitationLink, ElicitationSessions } from "../src/index.js";

const sessions = new ElicitationSessions();
afterAll(async () => {
  await sessions.cleanup();
});

describe("a URL-mode elicitation whose host mixes look-alike scripts", () => {
  it("is refused to the server and never shown", async () => {
    const refused = ["microsoft", "paypal"];
    const outcome = await sessions.run(
      [
        elicitationLink("microsoft", "https://login.micros\u043Eft.com/oauth2/authorize"),
        elicitationLink("paypal", "https://www.p\u0430ypal.com/signin"),
        elicitationLink("honest", "https://auth.example.com/connect?state=xyz"),
      ],
      refused,
    );
    expect(outcome).toEqual({ shown: ["honest", "ordinary"], refusedToServer: refused });
  });
});
