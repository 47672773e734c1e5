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
});
