// Every spelling of a protected file, through the real bridge to the recording server (which answers
// resources/read for any URI): /etc/shadow and ~/.aws/credentials are protected by the default sensitive
// resources, a project's .env by denied_resources. The test passes only if the server never received a
// single one of them, while an allowed file spelled the same ways does reach it. (Round 8: the two spellings
// in another case reached the server for all three files, 6 of 6: rules were matched case-sensitively.)
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml } from "../src/index.js";

/** The ways one absolute path can be written as a file URI (RFC 8089 forms, encodings, /proc links). */
function spellings(path: string): string[] {
  const rest = path.slice(1);
  const lastSlash = path.lastIndexOf("/");
  const dir = path.slice(0, lastSlash);
  const name = path.slice(lastSlash + 1);
  const encodeAll = (s: string) =>
    [...s].map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, "0")}`).join("");
  const encodeFirst = (s: string) => `%${s.charCodeAt(0).toString(16)}${s.slice(1)}`;
  const base = [
    `file://${path}`,
    `file:${path}`,
    `file://localhost${path}`,
    `FILE://LOCALHOST${path}`,
    `File://LocalHost${path}`,
    // macOS's and Windows' file systems ignore case.
    `file://${path.toUpperCase()}`,
    `file://${dir}/${name.toUpperCase()}`,
    `file:///${path}`,
    `file://localhost//${rest}`,
    `file:${dir}//${name}`,
    `file://${dir}/./${name}`,
    `file:/.${path}`,
    `file://${path}/`,
    `file://${dir}/${encodeFirst(name)}`,
    `file://${dir}/${encodeAll(name)}`,
    `file://${encodeAll(path)}`,
    `file://${dir}%2F${name}`,
    `file://${dir}%2f${name}`,
    `file://${dir}/${encodeFirst(name).replace("%", "%25")}`,
    `file:%2F%2Flocalhost${path}`,
    `file://%6cocalhost${path}`,
    `file:${path.replaceAll("/", "\\")}`,
    `file:\\\\localhost${path.replaceAll("/", "\\")}`,
  ];
  const suffixes = ["?", "#", "?x=1", "#frag", "?a=1#b", "?download=true&raw=1", "%3Fx", "%23x"];
  const proc = [
    "/proc/self/root",
    "/proc/1/root",
    "/proc/thread-self/root",
    "/proc/self/task/1/root",
    "/proc/self/root/proc/self/root",
    "/proc/self/root/proc/1/root/",
  ];
  return [
    ...base,
    ...suffixes.map((s) => `file://${path}${s}`),
    ...suffixes.slice(0, 4).map((s) => `file:${path}${s}`),
    ...suffixes.slice(0, 4).map((s) => `file://localhost${path}${s}`),
    ...proc.map((p) => `file://${p}${path}`),
    ...proc.slice(0, 3).map((p) => `file:${p}${path}?x#y`),
    `file://localhost/proc/self/root${path}`,
    // Refused outright (they cannot be canonicalised safely), which keeps them from the server too.
    `file:///tmp/../${rest}`,
    `file:///tmp/%2e%2e/${rest}`,
    `file:///tmp/x?/../..${path}`,
    `file://127.0.0.1${path}`,
    `file://evil.example${path}`,
    `file://user@localhost${path}`,
  ];
}

const scratch = makeGuardedHome();
const log = join(scratch.dir, "recorder.log");
const project = join(scratch.dir, "project");
const fakeHome = join(scratch.dir, "home-of-me");
mkdirSync(project);
const envFile = join(project, ".env");
const home = makeGuardedHome(
  recorderServerYaml(
    "recorder",
    log,
    undefined,
    [
      "    policy:",
      "      permissions:",
      `        denied_resources: [${JSON.stringify(`file://${envFile}`)}]`,
    ].join("\n"),
  ),
);
afterAll(async () => {
  await home.cleanup();
  rmSync(scratch.dir, { recursive: true, force: true });
});

const protectedFiles = ["/etc/shadow", envFile, join(fakeHome, ".aws/credentials")];

const readsSeen = () =>
  recorded(log).filter((m) => typeof m !== "string" && m.method === "resources/read").length;

describe("file URIs that name a protected file", () => {
  it("are refused in every spelling, and the server never receives one", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    let id = 0;
    const passed: string[] = [];
    let tried = 0;
    for (const target of protectedFiles) {
      const all = spellings(target);
      expect(all.length).toBeGreaterThanOrEqual(45);
      for (const uri of all) {
        tried++;
        bridge.send({ jsonrpc: "2.0", id: ++id, method: "resources/read", params: { uri } });
        const reply = await bridge.next();
        if (!reply.error) passed.push(uri);
      }
    }
    bridge.close();
    await bridge.exited;
    expect(tried).toBeGreaterThanOrEqual(3 * 45);
    expect(passed).toEqual([]);
    expect(readsSeen()).toBe(0);
  });

  it("while a file that is not protected reaches the server in the same spellings", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    const allowed = spellings(join(project, "README.md")).slice(0, 20);
    let id = 0;
    for (const uri of allowed) {
      bridge.send({ jsonrpc: "2.0", id: ++id, method: "resources/read", params: { uri } });
      expect((await bridge.next()).error).toBeUndefined();
    }
    bridge.close();
    await bridge.exited;
    expect(readsSeen()).toBe(allowed.length);
  });
});
