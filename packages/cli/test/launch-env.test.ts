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

  it("catches variables that load code into the program or choose the package npx runs", () => {
    for (const name of [
      "NODE_OPTIONS",
      "node_options",
      "LD_PRELOAD",
      "LD_LIBRARY_PATH",
      "DYLD_INSERT_LIBRARIES",
      "DYLD_LIBRARY_PATH",
      "PATHEXT",
      "npm_config_registry",
      "NPM_CONFIG_USERCONFIG",
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
