// Attack (round 46): the web pages a user listed in `extra_sensitive_resources`, fetched through a tool's URL
// argument under a spelling the server's HTTP client reads as that page. With
// `extra_sensitive_resources: ["https://intranet.example.com/admin/**"]` (the setting the docs give for what
// a server reads through its tools, since `denied_resources` judges only what it offers as resources), a
// fetch tool's `{url: "https://intranet.example.com/admin/users"}` is refused, but
// `http://intranet.example.com/admin/users` (which the site redirects to its https twin, and fetch clients
// follow) and `https://intranet.example.com/public/..;/admin/users` (which a servlet container resolves to
// /admin/users) reach the server. This is the tool-argument twin of attack-denied-https-over-http and
// attack-dotdot-path-parameters: the rule is judged here by the sensitive-path check, not by the resource
// permissions, so closing one does not close the other. Fixed behaviour: both are refused as the plain URL
// is; the recording server sees only the call for a public page.
import { afterAll, describe, expect, it } from "vitest";
import { RawBridge, recorded, recorderWithDefinitions, toolDefinition } from "../src/index.js";

const { home, log } = recorderWithDefinitions(
  "recorder",
  { tools: [toolDefinition("fetch", "Fetches a URL and returns its text.", { url: { type: "string" } })] },
  [
    "    policy:",
    "      integrity:",
    '        extra_sensitive_resources: ["https://intranet.example.com/admin/**"]',
  ].join("\n"),
);
afterAll(() => home.cleanup());

describe("a sensitive web folder fetched through a tool's url argument", () => {
  it("is refused over http and through `..;` as over https", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    let id = 0;
    const outcome = async (url: string) => {
      bridge.send({
        jsonrpc: "2.0",
        id: ++id,
        method: "tools/call",
        params: { name: "fetch", arguments: { url } },
      });
      return (await bridge.answerTo(id)).error ? "refused" : "fetched";
    };
    const answers = {
      https: await outcome("https://intranet.example.com/admin/users"),
      http: await outcome("http://intranet.example.com/admin/users"),
      pathParameterClimb: await outcome("https://intranet.example.com/public/..;/admin/users"),
      publicPage: await outcome("https://intranet.example.com/handbook.html"),
    };
    bridge.close();
    await bridge.exited;
    // On 9d43d209 only the https URL is refused.
    expect(answers).toEqual({
      https: "refused",
      http: "refused",
      pathParameterClimb: "refused",
      publicPage: "fetched",
    });
    const urls = recorded(log)
      .filter((m) => typeof m === "object" && m.method === "tools/call")
      .map((m) => (m as { params: { arguments: { url: string } } }).params.arguments.url);
    expect(urls).toEqual(["https://intranet.example.com/handbook.html"]);
  });
});
