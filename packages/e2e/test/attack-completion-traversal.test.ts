// Attack (round 27, from outside): round 25 made a completion against a resource template be judged by the URI
// its argument makes ("secret/" in file:///{path} asks for file:///secret/, which a deny rule covers). An
// argument whose URI cannot be normalised, though, is let through on the template's verdict alone
// (permissions.ts: "one that cannot be normalised passes here"), and `..` is exactly such a URI: a read of
// file:///public/../secret/ is refused as path_traversal, yet a completion of `path` from "../secret/" in the
// allowed template file:///public/{path} reached the server, asking it to list the denied directory (a
// server-filesystem-like server completes a path argument from a directory listing). Through the real bridge
// and the recording server.
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml, refusal } from "../src/index.js";

const dir = makeGuardedHome().dir;
const log = join(dir, "recorder.log");
writeFileSync(
  `${log}.definitions.json`,
  JSON.stringify({
    resources: [],
    resourceTemplates: [{ uriTemplate: "file:///public/{path}", name: "public files" }],
    answers: { "completion/complete": { completion: { values: [], total: 0 } } },
  }),
);
const policy = ["    policy:", "      permissions:", '        denied_resources: ["file:///secret/**"]'].join(
  "\n",
);
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, policy));
afterAll(() => home.cleanup());

/** The values tried: each climbs out of public/ into the denied secret/. */
const CLIMBS = ["../secret/", "../secret/la", "%2e%2e/secret/", "..%2Fsecret%2F", "x/../../secret/"];

describe("a completion whose argument climbs out of an allowed template", () => {
  it("is refused as a read of the same URI is, and never reaches the server", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    // The read of the URI such an argument makes: refused.
    bridge.send({
      jsonrpc: "2.0",
      id: 1,
      method: "resources/read",
      params: { uri: "file:///public/../secret/layoffs-march.xlsx" },
    });
    const read = refusal(await bridge.answerTo(1));
    const outcomes: Record<string, unknown> = {};
    for (const [i, value] of CLIMBS.entries()) {
      bridge.send({
        jsonrpc: "2.0",
        id: i + 2,
        method: "completion/complete",
        params: {
          ref: { type: "ref/resource", uri: "file:///public/{path}" },
          argument: { name: "path", value },
        },
      });
      outcomes[value] = refusal(await bridge.answerTo(i + 2));
    }
    bridge.close();
    await bridge.exited;
    expect(read).toBe("path_traversal");
    const forwarded = Object.entries(outcomes)
      .filter(([, outcome]) => outcome === "forwarded")
      .map(([value]) => value);
    expect(forwarded).toEqual([]);
    const completionsSeen = recorded(log).filter(
      (m) => typeof m === "object" && m.method === "completion/complete",
    );
    expect(completionsSeen).toEqual([]);
  });
});
