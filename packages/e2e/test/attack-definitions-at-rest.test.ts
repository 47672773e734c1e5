// Attack (round 30, found from outside): a secret a server puts in a definition's text is redacted from what
// the client is listed ("Uses key [REDACTED:github_token]") and from every output the guard shows (`pins
// list`, `pins diff`, `status`, the dashboard: attack-guard-outputs), but the pins and pending changes keep
// the definition as the server sent it, so the token (and an SSN in a prompt's description) sits raw in
// mcp-guard.db. The README says a test "puts secrets and personal data in every field, then searches every
// byte of the home" and the design says the guard never stores raw credentials: no-raw-values.test.ts puts
// none in a definition. The digest that pins a definition needs the real text; the text kept for diffs does
// not (it could be kept redacted, with a keyed digest where a value was, so a changed secret still shows as a
// changed line).
// Secure behaviour: after the server's lists pass the guard, no byte of the home holds the values the guard
// redacted from them.
// Through the real bridge and the recording server; the daemon is stopped before the byte search.
import { afterAll, describe, expect, it } from "vitest";
import { RawBridge, valuesOnDisk } from "../src/index.js";
import { recorderWithDefinitions, toolDefinition } from "../src/recorder-session.js";

const GITHUB = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const SSN = "536-22-8471";
const { home } = recorderWithDefinitions("recorder", {
  tools: [toolDefinition("echo", "Returns its arguments."), toolDefinition("report", `Uses key ${GITHUB}.`)],
  prompts: [{ name: "greet", description: `Greets the holder of ${SSN}.`, arguments: [] }],
});
afterAll(() => home.cleanup());

describe("definitions at rest", () => {
  it("keep no value the guard redacted from them", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    bridge.send({ jsonrpc: "2.0", id: 2, method: "tools/list" });
    const tools = JSON.stringify(await bridge.answerTo(2));
    bridge.send({ jsonrpc: "2.0", id: 3, method: "prompts/list" });
    const prompts = JSON.stringify(await bridge.answerTo(3));
    bridge.close();
    await bridge.exited;
    // What the client was shown is redacted (the control): the values only ever stood in definitions.
    expect(tools).toContain("[REDACTED:github_token]");
    expect(prompts).toContain("[REDACTED:ssn]");
    await home.stop();
    expect(
      valuesOnDisk(home.home, [
        ["github token", GITHUB],
        ["ssn", SSN],
      ]),
    ).toEqual([]);
  });
});
