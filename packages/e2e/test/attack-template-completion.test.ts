// Attack (round 25, found from outside): a denied resource cannot be read, subscribed to or completed against
// (docs/side-doors.md, permissions: a completion/complete with a `ref/resource` is checked against the
// resource rules), and a denied "dir/**" covers the directory itself, since reading a folder hands over what
// it holds. A completion against a resource template is checked by the template's text alone:
// `file:///{path}` matches no deny rule, so the server is asked to complete `path` from "secret/" and answers
// with the names of the files inside the denied directory (server-filesystem-like servers complete a path
// argument from a directory listing). The URI the completed argument makes, `file:///secret/...`, is the one
// the rule denies.
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
    resourceTemplates: [{ uriTemplate: "file:///{path}", name: "files" }],
    answers: {
      "completion/complete": {
        completion: { values: ["secret/layoffs-march.xlsx", "secret/acquisition-target.docx"], total: 2 },
      },
    },
  }),
);
const policy = ["    policy:", "      permissions:", '        denied_resources: ["file:///secret/**"]'].join(
  "\n",
);
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, policy));
afterAll(() => home.cleanup());

describe("a completion against an allowed template", () => {
  it("is refused when the argument being completed puts the URI inside a denied directory", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    bridge.send({
      jsonrpc: "2.0",
      id: 1,
      method: "resources/read",
      params: { uri: "file:///secret/layoffs-march.xlsx" },
    });
    const read = refusal(await bridge.answerTo(1));
    const outcomes: unknown[] = [];
    // The last is a list a loose server reads as "secret/": MCP's argument values are strings.
    for (const [i, value] of ["secret/", "secret/la", "./secret/", ["secret/"]].entries()) {
      bridge.send({
        jsonrpc: "2.0",
        id: i + 2,
        method: "completion/complete",
        params: { ref: { type: "ref/resource", uri: "file:///{path}" }, argument: { name: "path", value } },
      });
      outcomes.push(refusal(await bridge.answerTo(i + 2)));
    }
    // A partial value that names no denied URI yet goes to the server; the names it completes to inside the
    // denied directory are taken out of the answer.
    bridge.send({
      jsonrpc: "2.0",
      id: 9,
      method: "completion/complete",
      params: {
        ref: { type: "ref/resource", uri: "file:///{path}" },
        argument: { name: "path", value: "se" },
      },
    });
    const partial = (await bridge.answerTo(9)).result as { completion?: { values?: unknown } } | undefined;
    bridge.close();
    await bridge.exited;
    expect(partial?.completion?.values).toEqual([]);
    expect(read).toBe("resource_denied");
    const completions = recorded(log).filter(
      (m) => typeof m === "object" && m.method === "completion/complete",
    );
    // Only the partial value's request reached the server.
    expect({ outcomes, reachedServer: completions.length }).toEqual({
      outcomes: ["resource_denied", "resource_denied", "resource_denied", "invalid_request"],
      reachedServer: 1,
    });
  });
});
