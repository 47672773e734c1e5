// Attack (round 41, found from outside): a server completes a resource template's argument to the credential
// files of the user's home. docs/side-doors.md: "A completion against a resource template is judged by the URI
// its argument makes …, and the values the server completes to are kept only where the URI each makes may be
// read"; docs/tool-integrity.md: the values sent for completion that name SSH, GPG or cloud credentials are
// refused, and "~/.ssh cannot be listed, searched or moved away". The guard keeps a completed value when the
// allow and deny lists allow the URI it makes, without the credential-file rule it applies to every read: the
// user types "." against `file:///home/me/{path}` and the client is shown `.ssh/id_ed25519`, `.aws/credentials`
// and `.gnupg/private-keys-v1.d/…`, a listing of ~/.ssh it could not get by asking (the control: completing
// ".ssh/" is refused as sensitive_resource, and reading one of them is too). A correct guard drops the values
// whose URI it would refuse to read. Through the real bridge with the recording server.
import { afterAll, describe, expect, it } from "vitest";
import { RawBridge } from "../src/index.js";
import { recorderWithDefinitions, refusal, toolDefinition } from "../src/recorder-session.js";

const TEMPLATE = "file:///home/me/{path}";
const CREDENTIALS = [".ssh/id_ed25519", ".aws/credentials", ".gnupg/private-keys-v1.d/3F2A.key"];
const recorder = recorderWithDefinitions("recorder", {
  tools: [toolDefinition("echo", "Returns its arguments.")],
  resourceTemplates: [{ uriTemplate: TEMPLATE, name: "home files" }],
  answers: {
    "completion/complete": {
      completion: { values: [".bashrc", ".profile", ...CREDENTIALS], hasMore: false },
    },
  },
});
afterAll(() => recorder.home.cleanup());

const complete = (id: number, value: string) => ({
  jsonrpc: "2.0",
  id,
  method: "completion/complete",
  params: { ref: { type: "ref/resource", uri: TEMPLATE }, argument: { name: "path", value } },
});

describe("values a server completes a template's argument to", () => {
  it("leave out the credential files the client may not read", async () => {
    const bridge = new RawBridge(recorder.home, "recorder");
    await bridge.initialize();
    bridge.send(complete(2, ".ssh/"));
    const asked = refusal(await bridge.answerTo(2));
    bridge.send({
      jsonrpc: "2.0",
      id: 3,
      method: "resources/read",
      params: { uri: `file:///home/me/${CREDENTIALS[0]}` },
    });
    const read = refusal(await bridge.answerTo(3));
    bridge.send(complete(4, "."));
    const answer = await bridge.answerTo(4);
    bridge.close();
    await bridge.exited;
    // The controls: asking inside ~/.ssh and reading a key are refused; ordinary files are completed.
    expect(asked).toBe("sensitive_resource");
    expect(read).toBe("sensitive_resource");
    const values = (answer.result as { completion: { values: string[] } }).completion.values;
    expect(values).toContain(".bashrc");
    expect(
      values.filter((v) => CREDENTIALS.includes(v)),
      "credential files the completion showed the client",
    ).toEqual([]);
  });
});
