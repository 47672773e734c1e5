import { mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDaemonLocation, resolveConfigPath, resolveDaemonPaths } from "../src/paths.js";

describe("daemon paths", () => {
  it("prefers daemon.home, then MCP_GUARD_HOME, then ~/.config/mcp-guard", () => {
    expect(resolveDaemonPaths({ home: "/srv/g" }, { MCP_GUARD_HOME: "/env/g" }).home).toBe("/srv/g");
    expect(resolveDaemonPaths({}, { MCP_GUARD_HOME: "/env/g" }).home).toBe("/env/g");
    expect(resolveDaemonPaths({}, {}).home).toBe(join(homedir(), ".config", "mcp-guard"));
    expect(resolveDaemonPaths({ home: "~/g" }, {}).home).toBe(join(homedir(), "g"));
  });

  it("puts every file in the home unless the socket is given", () => {
    const p = resolveDaemonPaths({ home: "/h" }, {});
    expect(p).toMatchObject({
      socket: "/h/daemon.sock",
      key: "/h/daemon.key",
      database: "/h/mcp-guard.db",
      log: "/h/daemon.log",
    });
    expect(resolveDaemonPaths({ home: "/h", socket_path: "/run/g.sock" }, {}).socket).toBe("/run/g.sock");
  });

  it("reads only the daemon location from a config; a missing file means defaults, a broken one is an error", () => {
    const dir = mkdtempSync(join(tmpdir(), "mcpg-paths-"));
    const file = join(dir, "c.yaml");
    writeFileSync(file, "servers: {}\ndaemon:\n  home: /x\n  socket_path: ${SOCK}\n  unknown: 1\n");
    expect(readDaemonLocation(file)).toEqual({ home: "/x", socket_path: undefined });
    writeFileSync(file, "daemon: [oops");
    // Guessing the default home for a file that does not parse would reach (or start) some other daemon.
    expect(() => readDaemonLocation(file)).toThrow(`${file} is not valid YAML`);
    expect(readDaemonLocation(join(dir, "missing.yaml"))).toEqual({});
  });

  it("reads a relative home from the config's directory, where the daemon works, not the bridge's", () => {
    const dir = mkdtempSync(join(tmpdir(), "mcpg-paths-"));
    const file = join(dir, "c.yaml");
    writeFileSync(file, "daemon:\n  home: guard-home\n");
    expect(readDaemonLocation(file).home).toBe(join(dir, "guard-home"));
    writeFileSync(file, "daemon:\n  home: ~/g\n");
    expect(readDaemonLocation(file).home).toBe("~/g");
    rmSync(dir, { recursive: true, force: true });
  });

  it("resolves the config from -c, then MCP_GUARD_CONFIG", () => {
    expect(resolveConfigPath("/a.yaml", { MCP_GUARD_CONFIG: "/b.yaml" })).toBe("/a.yaml");
    expect(resolveConfigPath(undefined, { MCP_GUARD_CONFIG: "/b.yaml" })).toBe("/b.yaml");
    expect(resolveConfigPath("rel.yaml", {})).toBe(join(process.cwd(), "rel.yaml"));
  });

  it("takes ./mcp-guard.yaml only when asked to look in the working directory (not for a bridge)", () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), "mcpg-paths-")));
    const before = process.cwd();
    const env = { MCP_GUARD_HOME: join(dir, "home") };
    writeFileSync(join(dir, "mcp-guard.yaml"), "servers: {}\n");
    process.chdir(dir);
    try {
      expect(resolveConfigPath(undefined, env)).toBe(join(dir, "mcp-guard.yaml"));
      expect(resolveConfigPath(undefined, env, { fromWorkingDirectory: false })).toBe(
        join(dir, "home", "mcp-guard.yaml"),
      );
      expect(resolveConfigPath("/a.yaml", env, { fromWorkingDirectory: false })).toBe("/a.yaml");
    } finally {
      process.chdir(before);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
