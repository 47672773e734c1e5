// Attack: the guard's own outputs. A server chooses its definitions' names and texts, and the guard repeats
// them: the audit trace's findings ("tool <name>: new on a pinned server"), the withheld list of `status`
// (and the dashboard's status), `pins list` and `pins diff`, `approvals list`, and the dashboard's Tool pins.
// A tool named after a token, a resource URI holding one and a description holding an AWS key are redacted
// on their way to the client; through the real bridge and the real CLI, none of them may then show bare in
// what the guard prints or serves. The names must still be usable: a change whose name is redacted is named
// by its id (d…), which `pins diff`, `approvals approve` and the dashboard take. Ordinary names are printed as
// they are, with the usual commands.
import { afterAll, describe, expect, it } from "vitest";
import { dashboardLogin, RawBridge } from "../src/index.js";
import { recorderWithDefinitions, redefine, toolDefinition } from "../src/recorder-session.js";

// Built at run time so that no scanner reading this file meets a whole token.
const TOKEN = `ghp_${"R7kq2Lm9Xv4Tz8Wb3Nc6Hd1Yf5Gj0Ps2Qa7E"}`;
const NEW_TOKEN = `ghp_${"Mn4Lm2Xv4Tz8Wb3Nc6Hd1Yf5Gj0Ps2Qa7Ek9T"}`;
const AWS = `AKIA${"QX7Z4K2M9P3R5T8W"}`;
const NEW_AWS = `AKIA${"ZZ7Z4K2M9P3R5T8Q"}`;
const SECRETS = [TOKEN, NEW_TOKEN, AWS, NEW_AWS];
const leaked = (text: string) => SECRETS.filter((s) => text.includes(s) || text.includes(s.slice(4, 18)));

const { home, log } = recorderWithDefinitions("recorder", {
  tools: [
    toolDefinition("echo", "Returns its arguments."),
    toolDefinition(TOKEN, "Looks things up."),
    toolDefinition("hint", `Use key ${AWS} when calling.`),
  ],
  resources: [
    { uri: `https://api.example.com/x?token=${TOKEN}`, name: "r" },
    { uri: "file:///tmp/readme.txt", name: "readme" },
  ],
});
afterAll(() => home.cleanup());

/** One raw session that lists tools and resources (pinning them at first sight, or withholding what is new). */
async function listEverything(): Promise<string> {
  const bridge = new RawBridge(home, "recorder");
  await bridge.initialize();
  const seen: unknown[] = [];
  for (const [id, method] of [
    [1, "tools/list"],
    [2, "resources/list"],
  ] as const) {
    bridge.send({ jsonrpc: "2.0", id, method, params: {} });
    seen.push(await bridge.answerTo(id));
  }
  bridge.close();
  await bridge.exited;
  return JSON.stringify(seen);
}

async function dashboard(): Promise<{
  get: (path: string) => Promise<string>;
  post: (path: string, body: object) => Promise<number>;
}> {
  const link = await home.cli(["dashboard"]);
  const url = /http:\/\/127\.0\.0\.1:\d+\/login\?code=[0-9a-f]+/.exec(link.stdout)?.[0];
  if (url === undefined) throw new Error(`no login link: ${link.stdout}${link.stderr}`);
  const { origin: base, headers } = await dashboardLogin(url);
  return {
    get: async (path) => (await fetch(base + path, { headers })).text(),
    post: async (path, body) =>
      (
        await fetch(base + path, {
          method: "POST",
          headers: { ...headers, "content-type": "application/json" },
          body: JSON.stringify(body),
        })
      ).status,
  };
}

describe("the guard's own outputs never show a secret a server put in a definition", () => {
  it("logs, status, pins, approvals and the dashboard", async () => {
    expect(leaked(await listEverything())).toEqual([]);
    // A rug pull: a new tool and a new resource named with another token, a description with another key.
    redefine(log, {
      tools: [
        toolDefinition("echo", "Returns its arguments."),
        toolDefinition(TOKEN, "Looks things up."),
        toolDefinition(NEW_TOKEN, "New one."),
        toolDefinition("hint", `Use key ${NEW_AWS} when calling.`),
      ],
      resources: [
        { uri: `https://api.example.com/x?token=${TOKEN}`, name: "r" },
        { uri: `https://api.example.com/y?token=${NEW_TOKEN}`, name: "r2" },
        { uri: "file:///tmp/readme.txt", name: "readme" },
      ],
    });
    expect(leaked(await listEverything())).toEqual([]);

    const outputs: Record<string, string> = {};
    for (const args of [
      ["logs"],
      ["logs", "--json"],
      ["status"],
      ["status", "--json"],
      ["pins", "list"],
      ["pins", "list", "--json"],
      ["pins", "diff", "recorder"],
      ["approvals", "list"],
    ]) {
      const r = await home.cli(args);
      outputs[args.join(" ")] = r.stdout + r.stderr;
    }
    const web = await dashboard();
    for (const path of ["/api/audit", "/api/status", "/api/servers", "/api/pins", "/metrics"])
      outputs[`dashboard ${path}`] = await web.get(path);
    const leaks = Object.entries(outputs)
      .filter(([, text]) => leaked(text).length > 0)
      .map(([what]) => what);
    expect(leaks).toEqual([]);

    // What was redacted is still shown as changed, and still named: by its id.
    expect(outputs["pins diff recorder"]).toMatch(/^- .*Use key \[REDACTED:[a-z_]+\] when calling/m);
    expect(outputs["pins diff recorder"]).toMatch(/^\+ .*Use key \[REDACTED:[a-z_]+\] when calling/m);
    const ids = [
      ...outputs["pins list"]!.matchAll(
        /\[REDACTED:github_token\].*→ mcp-guard pins diff recorder (d[0-9a-f]{32})$/gm,
      ),
    ].map((m) => m[1]!);
    expect(ids).toHaveLength(2);
    const diff = await home.cli(["pins", "diff", "recorder", ids[0]!]);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toContain("[REDACTED:github_token]");
    expect(outputs["status"]).toContain(`approve: mcp-guard approvals approve ${ids[1]}`);
    const pins = JSON.parse(outputs["dashboard /api/pins"]!) as Array<{
      kind: string;
      name: string;
      id: string;
    }>;
    const hiddenTool = pins.find((p) => p.kind === "tool" && p.name === "[REDACTED:github_token]");
    expect(hiddenTool).toBeDefined();
    expect(
      await web.post("/api/pins/approve", { server: "recorder", kind: "tool", name: hiddenTool!.id }),
    ).toBe(200);
    expect((await home.cli(["pins", "list"])).stdout).not.toMatch(/^NEW +recorder tool/m);
  });

  it("prints ordinary names as they are, with the usual commands", async () => {
    const status = (await home.cli(["status"])).stdout;
    expect(status).toMatch(
      /withheld tool hint: tool_changed \(approve: mcp-guard pins approve recorder hint --id d[0-9a-f]{32}\)/,
    );
    const pins = (await home.cli(["pins", "list"])).stdout;
    expect(pins).toContain("→ mcp-guard pins diff recorder hint");
    expect(pins).toMatch(/^pinned +recorder resource file:\/\/\/tmp\/readme\.txt /m);
    expect(pins).toMatch(/^pinned +recorder tool echo /m);
    const logs = (await home.cli(["logs"])).stdout;
    expect(logs).toContain("tool hint: changed since it was pinned");
  });
});
