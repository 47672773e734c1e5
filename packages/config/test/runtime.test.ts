// The runtime entry (what the daemon imports) holds plain copies of what the schema knows, and it must not
// drift from it; per-session entries with ${VAR}s are checked only by the schema check it loads on demand.
import { describe, expect, it } from "vitest";
import { parseConfigText } from "../src/load.js";
import { piiSchema } from "../src/schema.js";
import { defaultPiiConfig, loadServerCheck, serverForSession } from "../src/runtime.js";

describe("the config's runtime entry", () => {
  it("gives the same pii defaults as the schema", () => {
    expect(defaultPiiConfig()).toEqual(piiSchema.parse({}));
  });

  const text = [
    "servers:",
    "  withvar:",
    "    transport: streamable-http",
    '    url: "${UPSTREAM_URL}"',
    "    policy:",
    '      permissions: { denied_tools: ["drop"] }',
  ].join("\n");
  const loaded = parseConfigText(text, "/cfg/mcp-guard.yaml", { UPSTREAM_URL: "http://127.0.0.1:1/mcp" });
  if (!loaded.ok) throw new Error("the test config must load");

  it("refuses a server whose entry has variables when there is no check to run", () => {
    const resolved = serverForSession("withvar", loaded.config, loaded.variables, {}, undefined);
    expect(resolved).toEqual({ ok: false, reason: expect.stringMatching(/cannot be checked/) });
  });

  it("checks the filled-in entry against the schema and keeps the loaded policy", async () => {
    const check = await loadServerCheck();
    const env = { UPSTREAM_URL: "http://127.0.0.1:2/mcp" };
    const fine = serverForSession("withvar", loaded.config, loaded.variables, env, check, {});
    expect(fine).toMatchObject({
      ok: true,
      server: { url: "http://127.0.0.1:2/mcp", policy: { permissions: { denied_tools: ["drop"] } } },
    });
    const bad = serverForSession(
      "withvar",
      loaded.config,
      loaded.variables,
      { UPSTREAM_URL: "nope" },
      check,
      {},
    );
    expect(bad).toEqual({
      ok: false,
      reason: expect.stringMatching(/^invalid after filling its variables: url/),
    });
  });

  // Attack (round 17): the entry's program chosen per session. As loaded (`${UPSTREAM_URL}` unset, or set to
  // another address) it runs no other server's program, so it kept its own policy; a client's entry then set
  // it to the guarded `api`'s address and reached `api` without `api`'s denies (ok: true on 831619a).
  it("refuses a session whose variables make the entry another server's program", async () => {
    const check = await loadServerCheck();
    const both = parseConfigText(
      `${text}\n  api:\n    transport: streamable-http\n    url: https://mcp.example.com/mcp\n    policy:\n      permissions: { denied_tools: ["rm"] }\n`,
      "/cfg/mcp-guard.yaml",
      { UPSTREAM_URL: "http://127.0.0.1:1/mcp" },
    );
    if (!both.ok) throw new Error("the test config must load");
    const at = (url: string) =>
      serverForSession("withvar", both.config, both.variables, { UPSTREAM_URL: url }, check, {});
    expect(at("https://MCP.example.com:443/mcp/")).toEqual({
      ok: false,
      reason: expect.stringMatching(/runs the program of "api", whose policy it was not loaded under/),
    });
    // Hard negative: another address stays this entry's own.
    expect(at("http://127.0.0.1:2/mcp")).toMatchObject({ ok: true });
  });
});
