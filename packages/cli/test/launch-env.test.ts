import { describe, expect, it } from "vitest";
import { isGuarded } from "../src/onboarding/guarded-entry.js";
import { envChoosesProgram } from "../src/onboarding/launch-env.js";

describe("envChoosesProgram", () => {
  it("passes an entry without env, or with values the bridge only hands on", () => {
    expect(envChoosesProgram(undefined, "linux")).toBe(false);
    expect(
      envChoosesProgram({ GITHUB_TOKEN: "${GITHUB_TOKEN}", MCP_GUARD_CLIENT_X: "${input:x}" }, "linux"),
    ).toBe(false);
    expect(envChoosesProgram({ PATH: "/opt/homebrew/bin:/usr/bin:/bin" }, "linux")).toBe(false);
    expect(envChoosesProgram({ Path: "C:\\Program Files\\nodejs;C:\\Windows\\System32" }, "win32")).toBe(
      false,
    );
  });

  it("catches a PATH that looks a bare command up in the project's directory", () => {
    expect(envChoosesProgram({ PATH: "./bin:/usr/bin" }, "linux")).toBe(true);
    expect(envChoosesProgram({ PATH: "bin" }, "linux")).toBe(true);
    expect(envChoosesProgram({ PATH: ":/usr/bin" }, "linux")).toBe(true); // empty: the current directory
    expect(envChoosesProgram({ PATH: "${workspaceFolder}/bin:/usr/bin" }, "linux")).toBe(true);
    expect(envChoosesProgram({ Path: ".\\bin;C:\\Windows" }, "win32")).toBe(true);
    expect(envChoosesProgram({ PATH: 1 }, "linux")).toBe(true);
  });

  it("passes the guard's config and home named by absolute path", () => {
    const fixed = {
      MCP_GUARD_CONFIG: "/home/me/guard.yaml",
      MCP_GUARD_HOME: "/home/me/.guard",
      HOME: "/home/me",
    };
    expect(envChoosesProgram(fixed, "linux")).toBe(false);
    expect(
      envChoosesProgram({ MCP_GUARD_CONFIG: "C:\\me\\guard.yaml", USERPROFILE: "C:\\me" }, "win32"),
    ).toBe(false);
  });

  it("catches a config or home that resolves in the project's directory", () => {
    for (const [name, value] of [
      ["MCP_GUARD_CONFIG", "guard.yaml"],
      ["MCP_GUARD_CONFIG", "${workspaceFolder}/guard.yaml"],
      ["MCP_GUARD_CONFIG", "~/guard.yaml"], // a client starts the program without a shell: no ~
      ["MCP_GUARD_HOME", ".guard"],
      ["HOME", "."], // the default home, ~/.config/mcp-guard, becomes the project's .config/mcp-guard
      ["USERPROFILE", "."],
      ["MCP_GUARD_CONFIG", "C:\\me\\guard.yaml"], // a file name in the directory but on Windows
    ])
      expect(envChoosesProgram({ [name!]: value }, "linux"), `${name}=${value}`).toBe(true);
    expect(envChoosesProgram({ MCP_GUARD_HOME: ".\\guard" }, "win32")).toBe(true);
    expect(envChoosesProgram({ HOME: 1 }, "linux")).toBe(true);
  });

  it("catches an absolute path through a link of the process, which leads to the project's directory", () => {
    for (const value of [
      "/proc/self/cwd",
      "/proc/self/cwd/guard.yaml",
      "/proc/thread-self/cwd/.guard",
      "/proc/4242/cwd",
      "/proc/self/root/home/me",
      "/dev/fd/3",
      "/dev/stdin",
      "//proc/self/cwd",
      "/./proc/self/cwd",
      "/dev/fd/../cwd", // /dev/fd is /proc/self/fd: `..` leads to /proc/self, not to /dev
      "/home/me/../../proc/self/cwd",
    ]) {
      expect(envChoosesProgram({ MCP_GUARD_CONFIG: value }, "linux"), value).toBe(true);
      expect(envChoosesProgram({ PATH: `${value}:/usr/bin` }, "darwin"), value).toBe(true);
    }
    // Only the whole name: a directory merely named like one is the user's.
    expect(envChoosesProgram({ HOME: "/home/me/proc/self/cwd", PATH: "/opt/process/bin" }, "linux")).toBe(
      false,
    );
  });

  it("catches a directory or shell the daemon gives every server, set to the project's", () => {
    for (const name of [
      "XDG_CONFIG_HOME",
      "XDG_DATA_HOME",
      "XDG_CACHE_HOME",
      "XDG_STATE_HOME",
      "XDG_RUNTIME_DIR",
      "TMPDIR",
      "TEMP",
      "TMP",
      "APPDATA",
      "LOCALAPPDATA",
      "SHELL",
    ]) {
      for (const value of ["${workspaceFolder}/.xdg", ".xdg", "/proc/self/cwd/.xdg"])
        expect(envChoosesProgram({ [name]: value }, "linux"), `${name}=${value}`).toBe(true);
      expect(envChoosesProgram({ [name]: "/home/me/.config" }, "linux"), name).toBe(false);
    }
    expect(envChoosesProgram({ LOCALAPPDATA: ".\\appdata" }, "win32")).toBe(true);
    expect(envChoosesProgram({ LOCALAPPDATA: "C:\\Users\\me\\AppData\\Local" }, "win32")).toBe(false);
  });

  it("catches variables that load code into the program or choose which file a bare name runs", () => {
    for (const name of [
      "NODE_OPTIONS",
      "node_options",
      "LD_PRELOAD",
      "LD_LIBRARY_PATH",
      "DYLD_INSERT_LIBRARIES",
      "DYLD_LIBRARY_PATH",
      "PATHEXT",
    ])
      expect(envChoosesProgram({ [name]: "x" }, "linux"), name).toBe(true);
  });

  it("treats an env that is not a map of names as unknown, so not the bridge's", () => {
    expect(envChoosesProgram("PATH=./bin", "linux")).toBe(true);
    expect(envChoosesProgram(null, "linux")).toBe(true);
  });
});

describe("isGuarded with an env", () => {
  it("counts an exact bridge entry as guarded only when its env does not choose what runs", () => {
    const bridge = { command: "mcp-guard", args: ["connect", "-s", "x"] };
    expect(isGuarded({ ...bridge, env: { TOKEN: "${TOKEN}" } }, "linux")).toBe(true);
    expect(isGuarded({ ...bridge, env: { PATH: "./bin:/usr/bin" } }, "linux")).toBe(false);
    expect(isGuarded({ ...bridge, env: { NODE_OPTIONS: "--require ./hook.cjs" } }, "linux")).toBe(false);
  });
});
