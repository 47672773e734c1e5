// Attack (round 25, found from outside): a prompt's messages lose the resources the client may not read (README,
// permissions: resource contents in a prompt's messages are taken out when their URI is denied). The check reads
// a message's `content` as one content block; a server that sends it as a list of blocks (the shape a tool
// result's `content` has, and sampling messages may have) has the embedded denied file reach the client whole.
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorderServerYaml } from "../src/index.js";

const SECRET_TEXT = "The merger with Northwind closes on Friday at 9am.";
const DENIED = {
  type: "resource",
  resource: { uri: "file:///secret/plan.txt", mimeType: "text/plain", text: SECRET_TEXT },
};
const dir = makeGuardedHome().dir;
const log = join(dir, "recorder.log");
writeFileSync(
  `${log}.definitions.json`,
  JSON.stringify({
    answers: {
      "prompts/get": {
        messages: [{ role: "user", content: [{ type: "text", text: "Summarise this plan:" }, DENIED] }],
      },
    },
  }),
);
const policy = ["    policy:", "      permissions:", '        denied_resources: ["file:///secret/**"]'].join(
  "\n",
);
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, policy));
afterAll(() => home.cleanup());

describe("a prompt message whose content is a list of blocks", () => {
  it("loses the denied resource embedded in it", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    bridge.send({ jsonrpc: "2.0", id: 1, method: "prompts/get", params: { name: "greeting" } });
    const answer = JSON.stringify(await bridge.answerTo(1));
    bridge.close();
    await bridge.exited;
    expect(answer.includes(SECRET_TEXT)).toBe(false);
  });
});
