// Attack (round 49): roots a server was given before a reload denied them. A client's answer to roots/list
// loses every root the server's permissions deny (attack-roots-into-denied-folders): server-filesystem makes
// the client's roots its allowed directories, so a denied folder given as a root opens it to the server,
// whose path arguments the guard judges by the sensitive-path rules only (docs/side-doors.md). The filter
// runs when the answer passes. A server keeps the roots it was given: when the operator denies a folder later
// (the agent was seen reading salaries) and saves the config, the reload is in force for every new message,
// but the server still holds the folder as a root from the answer before, and reads it for the client.
// Fixed behaviour: a reload that changes what a session's server may read tells that server its roots changed
// (notifications/roots/list_changed, when the client declared roots), so it asks again and gets the filtered
// answer; the read of the now-denied folder is then refused by the server, while the project stays readable.
// Through the real bridge and the real filesystem server.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { editConfig, FILESYSTEM, makeGuardedHome, nodeServerYaml, RawBridge } from "../src/index.js";

const dir = makeGuardedHome().dir;
const projects = join(dir, "projects");
const payroll = join(dir, "payroll");
mkdirSync(projects);
mkdirSync(payroll);
writeFileSync(join(projects, "README.md"), "project-readme-marker\n");
writeFileSync(join(payroll, "salaries.csv"), "name,salary\nsalary-marker-Ana,98000\n");
const home = makeGuardedHome(
  nodeServerYaml("fs", [FILESYSTEM, projects], ["    policy:", "      permissions: {}"]),
);
afterAll(() => home.cleanup());

const ROOTS = [
  { uri: `file://${projects}`, name: "projects" },
  { uri: `file://${payroll}`, name: "payroll" },
];

describe("roots given before a reload denied one of them", () => {
  it("do not keep the denied folder open to the server", async () => {
    const bridge = new RawBridge(home, "fs");
    bridge.send({
      jsonrpc: "2.0",
      id: "init",
      method: "initialize",
      params: {
        protocolVersion: "2025-06-18",
        capabilities: { roots: { listChanged: true } },
        clientInfo: { name: "agent", version: "1" },
      },
    });
    await bridge.next(30_000);
    bridge.send({ jsonrpc: "2.0", method: "notifications/initialized" });
    /** Reads lines until the answer to `id`, answering every roots/list the server asks meanwhile. */
    const answerTo = async (id: number | string) => {
      for (;;) {
        const line = await bridge.next();
        if (line.method === "roots/list")
          bridge.send({ jsonrpc: "2.0", id: line.id, result: { roots: ROOTS } });
        else if (line.id === id && line.method === undefined) return JSON.stringify(line);
      }
    };
    const read = async (id: number, path: string) => {
      bridge.send({
        jsonrpc: "2.0",
        id,
        method: "tools/call",
        params: { name: "read_text_file", arguments: { path } },
      });
      return answerTo(id);
    };
    // server-filesystem asks for the roots once initialized; a ping lets that exchange finish first.
    bridge.send({ jsonrpc: "2.0", id: "p1", method: "ping" });
    await answerTo("p1");
    await new Promise((r) => setTimeout(r, 1_000));
    const before = await read(1, join(payroll, "salaries.csv"));

    await editConfig(home, (yaml) =>
      yaml.replace(
        "      permissions: {}",
        `      permissions:\n        denied_resources: ["file://${payroll}/**", "file://${payroll}"]`,
      ),
    );
    // Time for whatever the reload makes the server do (ask for roots again) before the next read.
    bridge.send({ jsonrpc: "2.0", id: "p2", method: "ping" });
    await answerTo("p2");
    await new Promise((r) => setTimeout(r, 1_000));
    const project = await read(2, join(projects, "README.md"));
    const salaries = await read(3, join(payroll, "salaries.csv"));
    bridge.close();
    await bridge.exited;
    expect({
      payrollReadBefore: before.includes("salary-marker-Ana"),
      projectRead: project.includes("project-readme-marker"),
      payrollReadAfter: salaries.includes("salary-marker-Ana"),
    }).toEqual({ payrollReadBefore: true, projectRead: true, payrollReadAfter: false });
  });
});
