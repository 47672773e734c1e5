// Attack (round 41, found from outside): a resource template whose every expansion lies inside a denied folder,
// written with RFC 6570's path-segment operator. `resources/templates/list` is filtered "by the same rules"
// (README, permissions), and docs/side-doors.md: "the client is shown a resource only when it could read it
// itself". With `denied_resources: ["file:///secret/**"]` the guard withholds `file:///secret/{name}`, and it
// expands `{/name}` itself when it judges a completion (uri-template.ts: `file:///secret{/name}` with "pl" is
// refused as file:///secret/pl); but the listing judges the template as written, and
// `file:///secret{/name}` and `file:///secret{/dir,name}` (the MCP SDK's UriTemplate expands both operators;
// they can make nothing but file:///secret/…) are shown to the client. A correct guard withholds a template
// that can only make URIs the client may not read, whichever operator spells its path. Through the real bridge
// with the recording server.
import { afterAll, describe, expect, it } from "vitest";
import { RawBridge } from "../src/index.js";
import { recorderWithDefinitions, refusal, toolDefinition } from "../src/recorder-session.js";

const recorder = recorderWithDefinitions(
  "recorder",
  {
    tools: [toolDefinition("echo", "Returns its arguments.")],
    resourceTemplates: [
      { uriTemplate: "file:///public/{name}", name: "public files" },
      { uriTemplate: "file:///secret/{name}", name: "secret plain" },
      { uriTemplate: "file:///secret{/name}", name: "secret segment" },
      { uriTemplate: "file:///secret{/dir,name}", name: "secret segments" },
    ],
  },
  ["    policy:", "      permissions:", '        denied_resources: ["file:///secret/**"]'].join("\n"),
);
afterAll(() => recorder.home.cleanup());

describe("a template into a denied folder spelled with a path operator", () => {
  it("is withheld from resources/templates/list as the plain spelling is", async () => {
    const bridge = new RawBridge(recorder.home, "recorder");
    await bridge.initialize();
    bridge.send({ jsonrpc: "2.0", id: 2, method: "resources/templates/list" });
    const listed = ((await bridge.answerTo(2)).result as { resourceTemplates: Array<{ name: string }> })
      .resourceTemplates;
    bridge.send({
      jsonrpc: "2.0",
      id: 3,
      method: "completion/complete",
      params: {
        ref: { type: "ref/resource", uri: "file:///secret{/name}" },
        argument: { name: "name", value: "pl" },
      },
    });
    const completion = refusal(await bridge.answerTo(3));
    bridge.close();
    await bridge.exited;
    // The controls: the guard knows where the operator leads (the completion is refused), the plain spelling
    // is withheld, and the public template is shown.
    expect(completion).toBe("resource_denied");
    const names = listed.map((t) => t.name);
    expect(names).toContain("public files");
    expect(names).not.toContain("secret plain");
    expect(
      names.filter((n) => n.startsWith("secret")),
      "templates into file:///secret/ shown to the client",
    ).toEqual([]);
  });
});
