// The same scripted session against server-everything, once directly and once through mcp-guard
// (bridge + daemon + pipeline + audit), must give identical results, except where a policy acts.
import { afterAll, describe, expect, it } from "vitest";
import { directTransport, EVERYTHING, guardedTransport, makeGuardedHome, runScenario } from "../src/index.js";

describe("protocol transparency", () => {
  const home = makeGuardedHome();
  afterAll(() => home.cleanup());

  it("gives the same transcript direct and proxied", async () => {
    const direct = await runScenario(directTransport(EVERYTHING, ["stdio"]));
    const proxied = await runScenario(guardedTransport(home, "everything"));
    // Sanity: the scenario really exercised the surface (so equality is not two empty objects).
    expect(direct.updateReceived).toBe(true);
    expect(direct.logReceived).toBe(true);
    expect((direct.progress as number[]).length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(direct.sampling)).toContain("scripted-model");
    expect(JSON.stringify(direct.roots)).toContain("file:///tmp/project");
    expect(JSON.stringify(direct.elicitation)).toContain("Ada Lovelace");
    expect(direct.cancelled).not.toHaveProperty("resolved");
    // The one place a policy acts: a tool the server never listed is refused by the guard (unknown_name)
    // instead of being answered by the server.
    const { unknownTool: answered, ...directRest } = direct;
    const { unknownTool: refused, ...proxiedRest } = proxied;
    expect(answered).toMatchObject({ resolved: { isError: true } });
    expect(refused).toMatchObject({ code: -32600 });
    expect(proxiedRest).toEqual(directRest);
  });

  it("audits every message of the proxied session in both directions", async () => {
    await home.stop();
    const { stdout, code } = await home.cli(["logs", "--json", "--limit", "10000"]);
    expect(code).toBe(0);
    const rows = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const methods = new Set(rows.map((r) => `${String(r.direction)} ${String(r.kind)} ${String(r.method)}`));
    for (const expected of [
      "to_server request initialize",
      "to_client response initialize",
      "to_server notification notifications/initialized",
      "to_server request tools/call",
      "to_client notification notifications/progress",
      "to_client request sampling/createMessage",
      "to_server response sampling/createMessage",
      "to_client request elicitation/create",
      "to_client request roots/list",
      "to_server request resources/subscribe",
      "to_client notification notifications/resources/updated",
      "to_client notification notifications/message",
      "to_server notification notifications/cancelled",
      "to_server request completion/complete",
      "to_server request logging/setLevel",
      "to_server request ping",
    ]) {
      expect(methods, expected).toContain(expected);
    }
    // Never raw params: the echoed text and the elicited name appear nowhere in the audit.
    expect(stdout).not.toContain("hello through the guard");
    expect(stdout).not.toContain("Ada Lovelace");
  });
});
