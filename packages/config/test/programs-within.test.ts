// Attack (round 17): the base's program launched by a personal server through a launcher no list named, or
// handed to a proxy. Round 16 listed nine more wrappers; the next ones (script -c, su -c, flock, setpriv,
// nsenter, systemd-run, corepack, unshare, a proxy package given the base's line or URL, the package as a
// registry tarball or wheel) each ran the base's program under the personal file's policy alone: 17 of 17
// below merged with no denied tool on 831619a. A launch found anywhere inside a line is now that line's
// program too; lines that only share a word with the base's stay their own.
import { describe, expect, it } from "vitest";
import { floorMerge } from "../src/merge.js";
import { configSchema, type Config } from "../src/schema.js";

const parse = (v: unknown): Config => configSchema.parse(v);
const denied = (tool: string) => ({ permissions: { denied_tools: [tool] } });
const base = parse({
  servers: {
    fs: { command: "npx", args: ["-y", "@scope/server-files", "/tmp"], policy: denied("rm") },
    git: { command: "uvx", args: ["mcp-server-git"], policy: denied("git_reset") },
    api: { transport: "streamable-http", url: "https://mcp.example.com/mcp", policy: denied("drop") },
    local: { command: "node", args: ["/srv/tools/notes.js"], policy: denied("purge") },
  },
});
const FILES = ["npx", "-y", "@scope/server-files", "/"];
const FILES_LINE = "npx -y @scope/server-files /";

/** The denied tools a personal server launched as `command args` ends up with beside the base. */
function deniedFor(command: string, args: readonly string[]): string[] {
  const personal = parse({ servers: { mine: { command, args } } });
  return floorMerge(base, personal).servers.mine?.policy.permissions.denied_tools ?? [];
}

describe("a personal server that runs the base's program through a launcher not listed", () => {
  it.each([
    ["script -c", "script", ["-qec", FILES_LINE, "/dev/null"], "rm"],
    ["su -c", "su", ["-s", "/bin/sh", "-c", FILES_LINE, "me"], "rm"],
    ["flock", "flock", ["/tmp/lock", ...FILES], "rm"],
    ["setpriv", "setpriv", ["--reuid=1000", "--init-groups", ...FILES], "rm"],
    ["nsenter", "nsenter", ["-t", "1", "-m", "--", ...FILES], "rm"],
    ["systemd-run", "systemd-run", ["--user", "--pipe", "--quiet", ...FILES], "rm"],
    ["unshare", "unshare", ["-r", ...FILES], "rm"],
    ["corepack", "corepack", ["pnpm", "dlx", "@scope/server-files", "/"], "rm"],
    ["a proxy given the line", "npx", ["-y", "@acme/mcp-proxy", "--", ...FILES], "rm"],
    ["a proxy given it joined", "mcp-proxy", [`--command=${FILES_LINE}`], "rm"],
    ["quoted twice", "script", ["-qc", `su -c '${FILES_LINE}' me`], "rm"],
    [
      "the tarball",
      "npx",
      ["-y", "https://registry.npmjs.org/@scope/server-files/-/server-files-1.0.0.tgz"],
      "rm",
    ],
    ["the alias", "npx", ["-y", "npm:@scope/server-files@1", "/"], "rm"],
    ["the wheel", "pipx", ["run", "--spec", "/dl/mcp_server_git-0.6.2-py3-none-any.whl", "x"], "git_reset"],
    ["the entry point bare", "mcp-server-git", ["--repository", "/"], "git_reset"],
    ["the URL behind mcp-remote", "npx", ["-y", "mcp-remote", "https://mcp.example.com/mcp"], "drop"],
    ["the URL as an option", "supergateway", ["--streamableHttp=https://MCP.example.com/mcp/"], "drop"],
    ["the SSE endpoint beside it", "npx", ["-y", "mcp-remote", "https://mcp.example.com/sse"], "drop"],
  ] as const)("holds %s to the base's policy", (_how, command, args, tool) => {
    expect(deniedFor(command, args)).toContain(tool);
  });

  it.each([
    ["the line", { LAUNCH: FILES_LINE }, "rm"],
    ["the URL", { UPSTREAM: "https://mcp.example.com/mcp" }, "drop"],
  ])("holds a shell that runs %s its environment holds to the base's policy", (_what, env, tool) => {
    const personal = parse({ servers: { mine: { command: "sh", args: ["-c", "exec $LAUNCH"], env } } });
    expect(floorMerge(base, personal).servers.mine?.policy.permissions.denied_tools).toContain(tool);
  });

  // A base script named from its directory, run by the personal file by its whole path (or the reverse).
  it.each([
    ["by its whole path", { command: "node", args: ["/srv/tools/notes.js", "--verbose"] }],
    ["from its directory", { command: "node", args: ["./notes.js"], cwd: "/srv/tools" }],
    ["from the directory above", { command: "node", args: ["tools/notes.js"], cwd: "/srv" }],
  ])("holds the base's script named %s to its policy", (_how, entry) => {
    const placed = parse({
      servers: { local: { command: "node", args: ["notes.js"], cwd: "/srv/tools", policy: denied("purge") } },
    });
    const personal = parse({ servers: { mine: entry } });
    expect(floorMerge(placed, personal).servers.mine?.policy.permissions.denied_tools).toEqual(["purge"]);
  });

  it("keeps a script of the same name in another directory under its own policy", () => {
    const placed = parse({
      servers: { local: { command: "node", args: ["notes.js"], cwd: "/srv/tools", policy: denied("purge") } },
    });
    const personal = parse({ servers: { mine: { command: "node", args: ["/home/me/notes.js"] } } });
    expect(floorMerge(placed, personal).servers.mine?.policy.permissions.denied_tools).toEqual([]);
  });

  // The same server's other transport: Streamable HTTP at /mcp, the older SSE at /sse (or the bare prefix).
  it.each([
    ["sse", "https://mcp.example.com/sse"],
    ["prefix", "https://mcp.example.com/"],
  ])("holds a URL entry at the base server's %s endpoint to its policy", (transport, url) => {
    const personal = parse({
      servers: { mine: { transport: transport === "sse" ? "sse" : "streamable-http", url } },
    });
    expect(floorMerge(base, personal).servers.mine?.policy.permissions.denied_tools).toEqual(["drop"]);
  });

  it("keeps another server's endpoints on the same host under their own policy", () => {
    for (const url of ["https://mcp.example.com/github/mcp", "https://mcp.example.com/mcp/admin/sse"]) {
      const personal = parse({ servers: { mine: { transport: "streamable-http", url } } });
      expect(floorMerge(base, personal).servers.mine?.policy.permissions.denied_tools, url).toEqual([]);
    }
  });

  it("holds the base's program wrapped by the base and run bare by the personal file", () => {
    const wrapped = parse({
      servers: { fs: { command: "flock", args: ["/tmp/lock", ...FILES], policy: denied("rm") } },
    });
    const personal = parse({ servers: { mine: { command: "npx", args: ["-y", "@scope/server-files@2"] } } });
    expect(floorMerge(wrapped, personal).servers.mine?.policy.permissions.denied_tools).toEqual(["rm"]);
  });

  // Hard negatives: another program behind the same launchers, or a line that shares only a word with the
  // base's (a directory, a port, a host without the base's path).
  it.each([
    ["flock", "flock", ["/tmp/lock", "npx", "-y", "@scope/server-notes", "/tmp"]],
    ["script", "script", ["-qc", "npx -y @scope/server-notes /tmp", "/dev/null"]],
    ["same directory", "my-notes", ["--root", "/tmp", "/srv/tools"]],
    ["same host", "npx", ["-y", "mcp-remote", "https://mcp.example.com/other"]],
    ["a mention", "bash", ["-c", "echo @scope/server-files mcp-server-git && my-server"]],
    ["another tarball", "npx", ["https://registry.npmjs.org/@scope/server-notes/-/server-notes-1.0.0.tgz"]],
    ["another wheel", "uvx", ["--from", "/dl/mcp_server_time-1.0-py3-none-any.whl", "mcp-server-time"]],
    ["node another script", "nice", ["node", "/srv/tools/todo.js"]],
  ] as const)("keeps %s, another program, under its own policy", (_how, command, args) => {
    expect(deniedFor(command, args)).toEqual([]);
  });

  it("keeps a server whose environment holds paths, words and another host under its own policy", () => {
    const env = { PATH: "/usr/bin:/bin", ROOT: "/tmp", MODE: "read only", API: "https://mcp.example.com/v2" };
    const personal = parse({ servers: { mine: { command: "my-notes", args: ["/tmp"], env } } });
    expect(floorMerge(base, personal).servers.mine?.policy.permissions.denied_tools).toEqual([]);
  });
});

describe("a base server and a personal server running its program", () => {
  it("share their counts both ways (rate limits and spend caps), and other servers keep theirs", () => {
    const personal = parse({
      servers: {
        mine: { command: "flock", args: ["/tmp/lock", ...FILES] },
        notes: { command: "my-notes", args: ["/tmp"] },
      },
    });
    const merged = floorMerge(base, personal).servers;
    expect(merged.mine?.counted_with).toEqual(["fs"]);
    expect(merged.fs?.counted_with).toEqual(["mine"]);
    expect(merged.notes?.counted_with).toBeUndefined();
    expect(merged.git?.counted_with).toBeUndefined();
  });
});
