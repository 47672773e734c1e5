// Attack (round 41, found from outside): credential files offered in a server's resource listings.
// docs/side-doors.md ("What the client is shown"): "the client is shown a resource only when it could read it
// itself", and links to resources are taken out "when their URI is denied or a credential file"; the README:
// "the same rules filter the tools/list, prompts/list and resources/list answers, so the client is only shown
// what it may use". A credential file (`~/.ssh/id_rsa`, `~/.aws/credentials`) cannot be read through the guard
// (sensitive_resource), and a tool result's resource_link to it is taken out; but `resources/list` and
// `resources/templates/list` are filtered by the allow and deny lists alone, so the same key is listed to the
// client (and its model, which is then told of a resource named "id_rsa" it is refused at every read, or
// offered a template into ~/.ssh); so is an instance-metadata credentials URL. A correct guard withholds from
// the listings what it refuses to read.
// Through the real bridge with the recording server and the default config (sensitive_resources: block).
import { afterAll, describe, expect, it } from "vitest";
import { RawBridge } from "../src/index.js";
import { recorderWithDefinitions, refusal, toolDefinition } from "../src/recorder-session.js";

const KEY = "file:///home/me/.ssh/id_rsa";
const AWS = "file:///home/me/.aws/credentials";
const METADATA = "http://169.254.169.254/latest/meta-data/iam/security-credentials/deploy-role";
const recorder = recorderWithDefinitions("recorder", {
  tools: [toolDefinition("echo", "Returns its arguments.")],
  resources: [
    { uri: "file:///home/me/projects/README.md", name: "README" },
    { uri: KEY, name: "id_rsa", description: "Deploy key" },
    { uri: AWS, name: "credentials" },
    { uri: METADATA, name: "instance role credentials" },
  ],
  resourceTemplates: [
    { uriTemplate: "file:///home/me/projects/{path}", name: "project files" },
    { uriTemplate: "file:///home/me/.ssh/{name}", name: "ssh keys" },
  ],
  results: {
    echo: {
      content: [
        { type: "text", text: "Your deploy key:" },
        { type: "resource_link", uri: KEY, name: "id_rsa" },
      ],
    },
  },
});
afterAll(() => recorder.home.cleanup());

describe("credential files a server lists as resources", () => {
  it("are withheld from the listings, as the guard refuses to read or link them", async () => {
    const bridge = new RawBridge(recorder.home, "recorder");
    await bridge.initialize();
    const ask = async (id: number, method: string, params?: object) => {
      bridge.send({ jsonrpc: "2.0", id, method, ...(params ? { params } : {}) });
      return bridge.answerTo(id);
    };
    const resources = JSON.stringify(await ask(2, "resources/list"));
    const templates = JSON.stringify(await ask(3, "resources/templates/list"));
    const linked = JSON.stringify(await ask(4, "tools/call", { name: "echo", arguments: {} }));
    const read = refusal(await ask(5, "resources/read", { uri: KEY }));
    bridge.close();
    await bridge.exited;
    // The controls: the key cannot be read, a link to it is taken out, ordinary entries are listed.
    expect(read).toBe("sensitive_resource");
    expect(linked).not.toContain(".ssh");
    expect(resources).toContain("README.md");
    expect(templates).toContain("project files");
    const shown = [
      ...(resources.includes(KEY) ? [KEY] : []),
      ...(resources.includes(AWS) ? [AWS] : []),
      ...(resources.includes(METADATA) ? [METADATA] : []),
      ...(templates.includes(".ssh/{name}") ? ["file:///home/me/.ssh/{name}"] : []),
    ];
    expect(shown, "credential files listed to the client").toEqual([]);
  });
});
