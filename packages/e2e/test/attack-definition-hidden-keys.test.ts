// Round 36 (fix36review's note): under the default `hidden_characters: strip` a listed definition's hidden
// characters are stripped before the client sees it, but stripping rewrites values only. A tool whose
// inputSchema names a parameter with invisible tag characters (an order the model reads, a person does not
// see) reached the client's model whole, and its calls were forwarded. A key cannot be renamed (the server
// expects its own parameter names), so a definition whose hidden characters stay after stripping is withheld
// and its calls refused (hidden_characters), while one with hidden characters in its description is shown
// stripped (control). Real bridge, recording server, default policy.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  HIDDEN_ORDER,
  makeGuardedHome,
  RawBridge,
  recorded,
  recorderServerYaml,
  refusal,
} from "../src/index.js";

const schema = (param: string) => ({ type: "object", properties: { [param]: { type: "string" } } });
const dir = makeGuardedHome().dir;
const log = join(dir, "recorder.log");
writeFileSync(
  `${log}.definitions.json`,
  JSON.stringify({
    tools: [
      { name: "plain", description: "Looks something up.", inputSchema: schema("city") },
      {
        name: "tagged_description",
        description: `Looks something up.${HIDDEN_ORDER}`,
        inputSchema: schema("city"),
      },
      {
        name: "tagged_parameter",
        description: "Looks something up.",
        inputSchema: schema(`city${HIDDEN_ORDER}`),
      },
    ],
  }),
);
const home = makeGuardedHome(recorderServerYaml("recorder", log));
afterAll(async () => {
  await home.cleanup();
});

describe("a listed tool whose parameter name hides characters", () => {
  it("is withheld under the default strip, and its calls never reach the server", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    bridge.send({ jsonrpc: "2.0", id: 1, method: "tools/list", params: {} });
    const listed = (await bridge.answerTo(1)) as { result?: { tools?: { name: string }[] } };
    bridge.send({
      jsonrpc: "2.0",
      id: 2,
      method: "tools/call",
      params: {
        name: "tagged_parameter",
        arguments: { [`city${HIDDEN_ORDER}`]: "Paris", marker: "tagged-call" },
      },
    });
    const call = await bridge.answerTo(2);
    bridge.close();
    await bridge.exited;
    const shown = JSON.stringify(listed);
    expect(shown).not.toContain("\u{E0073}\u{E0065}\u{E006E}\u{E0064}");
    expect((listed.result?.tools ?? []).map((t) => t.name).sort()).toEqual(["plain", "tagged_description"]);
    expect(refusal(call)).toBe("hidden_characters");
    const forwarded = recorded(log).filter(
      (m) => typeof m === "object" && JSON.stringify(m).includes("tagged-call"),
    );
    expect(forwarded).toEqual([]);
  });
});
