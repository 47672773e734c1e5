import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isGuarded } from "../src/onboarding/guarded-entry.js";

const guarded = (command: string, args: string[], platform: NodeJS.Platform = "linux") =>
  isGuarded({ command, args }, platform);

describe("isGuarded: entries that launch the bridge", () => {
  it("recognises what init --apply writes: this node running this CLI's bin", () => {
    const bin = "/opt/mcp-guard/packages/cli/bin/mcp-guard.js";
    expect(guarded(process.execPath, [bin, "connect", "-s", "notes", "-c", "/h/mcp-guard.yaml"])).toBe(true);
    expect(guarded("node", [bin, "connect", "-s", "notes"])).toBe(true);
    expect(guarded("/usr/local/bin/node", ["/opt/cli/dist/main.js", "connect", "-s", "n"])).toBe(true);
  });

  it("recognises the README's shapes and connect's option spellings", () => {
    expect(guarded("mcp-guard", ["connect", "-s", "filesystem"])).toBe(true);
    expect(guarded("/usr/local/bin/mcp-guard", ["connect", "--server", "github", "-c", "/h/g.yaml"])).toBe(
      true,
    );
    expect(guarded("mcp-guard", ["connect", "-c", "/h/g.yaml", "--server=github"])).toBe(true);
  });

  it("recognises Windows shims and paths on Windows, without case", () => {
    expect(guarded("mcp-guard.cmd", ["connect", "-s", "x"])).toBe(true);
    expect(
      guarded("C:\\Users\\me\\AppData\\Roaming\\npm\\MCP-GUARD.CMD", ["connect", "-s", "x"], "win32"),
    ).toBe(true);
    expect(guarded("mcp-guard.exe", ["connect", "-s", "x"], "win32")).toBe(true);
    expect(
      guarded(
        "C:\\Program Files\\nodejs\\node.exe",
        ["C:\\mcp-guard\\bin\\mcp-guard.js", "connect", "-s", "x"],
        "win32",
      ),
    ).toBe(true);
  });
});

describe("isGuarded: entries that only mention mcp-guard and connect", () => {
  it("refuses other programs that carry the words as arguments", () => {
    expect(guarded("sh", ["-c", "exec node server.js", "mcp-guard", "connect"])).toBe(false);
    expect(guarded("sh", ["-c", "mcp-guard connect -s x; node server.js"])).toBe(false);
    expect(guarded("cmd", ["/c", "mcp-guard", "connect", "-s", "x"], "win32")).toBe(false);
    expect(guarded("npx", ["-y", "some-mcp-server", "mcp-guard", "connect"])).toBe(false);
    expect(guarded("node", ["server.js", "--label=mcp-guard", "connect"])).toBe(false);
    expect(guarded("mcp-guard-server", ["connect", "-s", "x"])).toBe(false);
    expect(guarded("npx", ["-y", "mcp-guard-evil", "connect", "-s", "x"])).toBe(false);
  });

  it("refuses node running other code before mcp-guard's script", () => {
    const bin = "/opt/mcp-guard/bin/mcp-guard.js";
    expect(guarded("node", ["--require", "/tmp/x.js", bin, "connect", "-s", "x"])).toBe(false);
    expect(guarded("node", ["--import=/tmp/x.js", bin, "connect", "-s", "x"])).toBe(false);
    expect(guarded("node", ["/srv/app/dist/main.js", "connect", "-s", "x"])).toBe(false);
  });

  it("refuses a program or script that resolves in the project's directory", () => {
    expect(guarded("./mcp-guard", ["connect", "-s", "x"])).toBe(false);
    expect(guarded("bin/mcp-guard", ["connect", "-s", "x"])).toBe(false);
    expect(guarded("node", ["tools/mcp-guard.js", "connect", "-s", "x"])).toBe(false);
    expect(guarded("node", ["mcp-guard.js", "connect", "-s", "x"])).toBe(false);
    expect(guarded("node", ["${workspaceFolder}/mcp-guard.js", "connect", "-s", "x"])).toBe(false);
    // A drive path is a file name in the directory everywhere but on Windows.
    expect(guarded("node", ["C:\\mcp-guard\\bin\\mcp-guard.js", "connect", "-s", "x"], "linux")).toBe(false);
    expect(guarded("tools\\mcp-guard.cmd", ["connect", "-s", "x"], "win32")).toBe(false);
    // /proc/self/cwd is the directory the client starts in.
    expect(guarded("/proc/self/cwd/bin/mcp-guard", ["connect", "-s", "x"])).toBe(false);
    expect(
      guarded("node", ["/proc/self/cwd/node_modules/mcp-guard/dist/main.js", "connect", "-s", "x"]),
    ).toBe(false);
  });

  it("refuses mcp-guard through npx or pnpm dlx, which look it up in the project's directory", () => {
    expect(guarded("npx", ["-y", "mcp-guard", "connect", "-s", "x"])).toBe(false);
    expect(guarded("npx", ["mcp-guard@0.1.0", "connect", "-s", "x"])).toBe(false);
    expect(guarded("npx", ["--yes", "@mcp-guard/cli@latest", "connect", "-s", "x"])).toBe(false);
    expect(guarded("npx", ["-y", "mcp-guard@file:evil", "connect", "-s", "x"])).toBe(false);
    expect(guarded("npx", ["-y", "mcp-guard@npm:evil-server", "connect", "-s", "x"])).toBe(false);
    expect(guarded("pnpm", ["dlx", "mcp-guard", "connect", "-s", "x"])).toBe(false);
    expect(guarded("pnpm", ["dlx", "mcp-guard@file:evil", "connect", "-s", "x"])).toBe(false);
    expect(guarded("npx.cmd", ["-y", "mcp-guard", "connect", "-s", "x"], "win32")).toBe(false);
  });

  it("refuses a config that resolves in the project's directory", () => {
    const connect = ["connect", "-s", "x"];
    expect(guarded("mcp-guard", [...connect, "-c", "./guard.yaml"])).toBe(false);
    expect(guarded("mcp-guard", [...connect, "--config=guard.yaml"])).toBe(false);
    expect(guarded("mcp-guard", ["connect", "--config", "${workspaceFolder}/guard.yaml", "-s", "x"])).toBe(
      false,
    );
    expect(guarded("mcp-guard", [...connect, "-c", "~/guard.yaml"])).toBe(false); // no shell expands ~
    expect(guarded("mcp-guard", [...connect, "-c", "/proc/self/cwd/guard.yaml"])).toBe(false);
    expect(guarded("mcp-guard", [...connect, "--config=/proc/thread-self/cwd/guard.yaml"])).toBe(false);
    expect(guarded("mcp-guard", [...connect, "-c", "C:\\me\\guard.yaml"], "linux")).toBe(false);
    expect(guarded("mcp-guard", [...connect, "-c", "C:\\me\\guard.yaml"], "win32")).toBe(true);
    expect(guarded("mcp-guard", [...connect, "-c", "/home/me/guard.yaml"])).toBe(true);
  });

  it("refuses mcp-guard run with anything but connect and its own options", () => {
    expect(guarded("mcp-guard", ["start", "connect", "-s", "x"])).toBe(false);
    expect(guarded("mcp-guard", ["connect"])).toBe(false);
    expect(guarded("mcp-guard", ["connect", "-s"])).toBe(false);
    expect(guarded("mcp-guard", ["connect", "-c", "/h/g.yaml"])).toBe(false);
    expect(guarded("mcp-guard", ["connect", "-s", "x", "node", "server.js"])).toBe(false);
  });

  it("refuses a remote entry whose client connects to its URL, and malformed entries", () => {
    const bridge = { command: "mcp-guard", args: ["connect", "-s", "x"] };
    expect(isGuarded({ ...bridge, url: "https://mcp.example.com/mcp" })).toBe(false);
    expect(isGuarded({ ...bridge, serverUrl: "https://mcp.example.com/mcp" })).toBe(false);
    expect(isGuarded({ command: "mcp-guard", args: ["connect", "-s", 7] })).toBe(false);
    expect(isGuarded({ command: ["mcp-guard"], args: ["connect", "-s", "x"] })).toBe(false);
    expect(isGuarded(bridge)).toBe(true);
  });
});

describe("isGuarded: a VS Code envFile", () => {
  const bridge = { command: "mcp-guard", args: ["connect", "-s", "notes"] };
  const withFile = (text: string | undefined, envFile = "${workspaceFolder}/.vscode/guard.env") => {
    const project = mkdtempSync(join(tmpdir(), "mcpg-envfile-"));
    try {
      mkdirSync(join(project, ".vscode"));
      if (text !== undefined) writeFileSync(join(project, ".vscode", "guard.env"), text);
      return isGuarded({ ...bridge, envFile }, "linux", project);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  };

  it("is judged like the entry's env: the project's file picks no config, home or code", () => {
    expect(withFile("# the project's\nLOG_LEVEL=debug\nexport COLOR='1'\n")).toBe(true);
    expect(withFile("NODE_OPTIONS=--require ./hook.js\n")).toBe(false);
    expect(withFile('MCP_GUARD_CONFIG="./guard.yaml"\n')).toBe(false);
    expect(withFile("export HOME=.\n")).toBe(false);
    expect(withFile("XDG_CONFIG_HOME=/proc/self/cwd/.xdg\n")).toBe(false);
    expect(withFile("PATH=bin:/usr/bin\n")).toBe(false);
  });

  it("cannot vouch for a file it cannot read now, or one named through the client's variables", () => {
    expect(withFile(undefined)).toBe(false);
    expect(withFile("LOG_LEVEL=debug\n", "${input:envFile}")).toBe(false);
    expect(isGuarded({ ...bridge, envFile: 7 }, "linux", tmpdir())).toBe(false);
  });
});
