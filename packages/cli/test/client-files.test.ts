import { describe, expect, it } from "vitest";
import { clientFiles } from "../src/onboarding/clients.js";
import { parseJsonc } from "../src/onboarding/jsonc.js";

describe("client config locations", () => {
  const paths = (platform: NodeJS.Platform, appData?: string) =>
    Object.fromEntries(
      clientFiles({ home: "/h", cwd: "/p", platform, appData }).map((f) => [
        `${f.client}:${f.scope}:${f.keyPath.join(".")}`,
        f.path,
      ]),
    );

  it("knows Claude Desktop and VS Code user paths on macOS, Windows and Linux", () => {
    expect(paths("darwin")["claude-desktop:user:mcpServers"]).toBe(
      "/h/Library/Application Support/Claude/claude_desktop_config.json",
    );
    expect(paths("win32", "C:/Users/u/AppData/Roaming")["claude-desktop:user:mcpServers"]).toBe(
      "C:/Users/u/AppData/Roaming/Claude/claude_desktop_config.json",
    );
    expect(paths("linux")["claude-desktop:user:mcpServers"]).toBe(
      "/h/.config/Claude/claude_desktop_config.json",
    );
    expect(paths("darwin")["vscode:user:servers"]).toBe("/h/Library/Application Support/Code/User/mcp.json");
  });

  it("covers each client's user and project scopes", () => {
    const p = paths("linux");
    expect(p["claude-code:user:mcpServers"]).toBe("/h/.claude.json");
    expect(p["claude-code:project:projects./p.mcpServers"]).toBe("/h/.claude.json");
    expect(p["claude-code:project:mcpServers"]).toBe("/p/.mcp.json");
    expect(p["cursor:user:mcpServers"]).toBe("/h/.cursor/mcp.json");
    expect(p["cursor:project:mcpServers"]).toBe("/p/.cursor/mcp.json");
    expect(p["vscode:project:servers"]).toBe("/p/.vscode/mcp.json");
    expect(p["windsurf:user:mcpServers"]).toBe("/h/.codeium/windsurf/mcp_config.json");
    expect(p["gemini:user:mcpServers"]).toBe("/h/.gemini/settings.json");
  });
});

describe("parseJsonc", () => {
  it("accepts comments and trailing commas, and keeps comment-like text inside strings", () => {
    expect(parseJsonc('{ /* c */ "a": "http://x//y", // c\n "b": [1, 2,], }')).toEqual({
      a: "http://x//y",
      b: [1, 2],
    });
  });
});
