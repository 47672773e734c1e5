// Attack (round 38, atk38a, as a hostile server): a URL-mode elicitation whose host is spelled with look-alike
// letters is refused by each label's skeleton (UTS #39), but the host is judged only after the URL parser has
// lowered its case. A capital I written for an l (`https://www.paypaI.com/signin`, `appIe.com`,
// `accounts.googIe.com`) is the oldest look-alike of all: the client shows the link as the server wrote it and
// the user reads paypal.com, while the browser opens paypai.com, appie.com, googie.com. Its skeleton as written
// (paypal) is not the skeleton of the host it opens (paypai), as for any other look-alike letter. Each should
// be refused to the server (elicitation_url) and never shown; an honest https link stays shown (control), and
// so do honest hosts written with capitals (`GitHub.com`, `Example.COM`, `IBM.com`, `Intel.com`).
import { afterAll, describe, expect, it } from "vitest";
import { elicitationLink, ElicitationSessions, refusalReasons } from "../src/index.js";

const sessions = new ElicitationSessions();
afterAll(async () => {
  await sessions.cleanup();
});

describe("a URL-mode elicitation whose host writes a capital I for an l", () => {
  it("is refused to the server and never shown", async () => {
    const refused = ["paypal", "apple", "google"];
    const { outcome, log } = await sessions.session(
      [
        elicitationLink("paypal", "https://www.paypaI.com/signin"),
        elicitationLink("apple", "https://appIe.com/account"),
        elicitationLink("google", "https://accounts.googIe.com/o/oauth2/auth"),
        elicitationLink("honest", "https://auth.example.com/connect?state=xyz"),
        // Honest hosts written with capitals: a capital I that starts a label reads as the I it is.
        elicitationLink("github", "https://GitHub.com/login"),
        elicitationLink("example", "https://Example.COM/connect"),
        elicitationLink("ibm", "https://IBM.com/account"),
        elicitationLink("intel", "https://www.Intel.com/signin"),
      ],
      refused,
    );
    expect(outcome).toEqual({
      shown: ["honest", "github", "example", "ibm", "intel", "ordinary"],
      refusedToServer: refused,
    });
    const reasons = refusalReasons(log);
    expect(refused.map((id) => reasons[id])).toEqual(refused.map(() => "elicitation_url"));
  });
});
