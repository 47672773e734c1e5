// Attack: secrets a server sends towards the client are redacted by default (docs/detection.md). These are
// the ways a server's secret still reached the client raw, each proven through the real bridge with the
// recording server as the source of the secret and the raw client as the witness.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorderServerYaml } from "../src/index.js";

const GITHUB = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const HOOK_A = "https://hooks.slack.com/services/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";
const HOOK_B = "https://hooks.slack.com/services/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";
const DB_A = "postgres://admin:Xq7pL2vR9zK4mW8n@db1.internal:5432/app";
const DB_B = "postgres://admin:Tz3kP8wQ5nJ2rV6y@db2.internal:5432/app";

/** How a PHP or Java backend serialises JSON: every "/" escaped as "\/". */
const slashEscaped = (value: unknown) => JSON.stringify(value).replace(/\//g, "\\/");

const dir = makeGuardedHome().dir;
const log = join(dir, "recorder.log");
const tool = (name: string) => ({ name, description: `The ${name} tool.`, inputSchema: { type: "object" } });
writeFileSync(
  `${log}.definitions.json`,
  JSON.stringify({
    tools: [tool("hooks"), tool("databases"), tool("crash")],
    results: {
      // One value written plainly, one of the same type only behind JSON's "\/" escape.
      hooks: {
        content: [{ type: "text", text: `{"primary":"${HOOK_A}","backup":${slashEscaped(HOOK_B)}}` }],
      },
      databases: {
        content: [{ type: "text", text: `[${JSON.stringify(DB_A)},${slashEscaped(DB_B)}]` }],
      },
    },
    // A server that dies of a rejected credential says so on stderr, as CLIs do.
    crashes: { crash: `fatal: GITHUB_TOKEN ${GITHUB} was rejected (401)` },
  }),
);
const home = makeGuardedHome(recorderServerYaml("recorder", log));
afterAll(() => home.cleanup());

async function callTool(name: string): Promise<string> {
  const bridge = new RawBridge(home, "recorder");
  await bridge.initialize();
  bridge.send({ jsonrpc: "2.0", id: 1, method: "tools/call", params: { name, arguments: {} } });
  const answer = await bridge.answerTo(1);
  bridge.close();
  await bridge.exited;
  return JSON.stringify(answer);
}

describe("secrets from the server never reach the client raw", () => {
  it("redacts every value in serialised JSON, also a second one of a type already found", async () => {
    const hooks = await callTool("hooks");
    const databases = await callTool("databases");
    // Before the fix the first of each pair was redacted and the second, behind "\/", arrived as sent:
    // 2 of 4 secrets reached the client.
    for (const [answer, secrets] of [
      [hooks, [HOOK_A, HOOK_B]],
      [databases, [DB_A, DB_B]],
    ] as const) {
      expect(answer).toContain("[REDACTED:");
      for (const secret of secrets) {
        const escaped = slashEscaped(secret).slice(1, -1);
        const tail = secret.slice(-12);
        expect(answer).not.toContain(tail);
        expect(answer).not.toContain(escaped);
      }
    }
  });

  it("redacts the server's stderr lines that an upstream_unavailable error carries to the client", async () => {
    const answer = await callTool("crash");
    expect(answer).toContain("upstream_unavailable");
    // The stderr tail still tells the client why the server died; the token in it is redacted.
    expect(answer).toContain("was rejected (401)");
    expect(answer).not.toContain(GITHUB);
  });
});
