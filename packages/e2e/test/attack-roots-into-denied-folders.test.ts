// Attack (permissions): `denied_resources` keeps a folder from a server, and the operator bounds a file server
// by the folders its entry names. A client's answer to `roots/list` is forwarded as given, so a client (an
// HTTP agent holding an API key, or any client that answers roots itself) answers with the denied folder as
// a root. server-filesystem makes the client's roots its allowed directories, in place of those its entry
// names, so from then on it reads the denied folder for the client: `read_text_file` of a file there returns
// its contents. The guard judges a tool's path argument by the sensitive-path rules only (docs/side-doors.md),
// so nothing else stands in the way. Why it matters: the operator wrote "not /srv/payroll" for this server,
// and one message of the client's own undoes it, the same way for any root-taking server (a workspace, an
// indexer). Fixed behaviour: a root whose URI the server's permissions deny (the folder itself or one inside
// a denied tree) is taken out of the client's answer, as a root the guard cannot read already is
// (client-roots.ts); the server then refuses the read as outside its directories, while a root the policy
// allows is still passed (the server reads the project file below).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FILESYSTEM, makeGuardedHome, nodeServerYaml, RawBridge } from "../src/index.js";

const dir = makeGuardedHome().dir;
const projects = join(dir, "projects");
const payroll = join(dir, "payroll");
mkdirSync(projects);
mkdirSync(payroll);
writeFileSync(join(projects, "README.md"), "project-readme-marker\n");
writeFileSync(join(payroll, "salaries.csv"), "name,salary\nsalary-marker-Ana,98000\n");
const home = makeGuardedHome(
  nodeServerYaml(
    "fs",
    [FILESYSTEM, projects],
    [
      "    policy:",
      "      permissions:",
      `        denied_resources: ["file://${payroll}/**", "file://${payroll}"]`,
    ],
  ),
);
afterAll(() => home.cleanup());

describe("a client's roots that name a denied folder", () => {
  it("do not open that folder to the server", async () => {
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
    // server-filesystem asks for the client's roots once it is initialized.
    let asked: Record<string, unknown>;
    do asked = await bridge.next();
    while (asked.method !== "roots/list");
    bridge.send({
      jsonrpc: "2.0",
      id: asked.id,
      result: {
        roots: [
          { uri: `file://${projects}`, name: "projects" },
          { uri: `file://${payroll}`, name: "payroll" },
        ],
      },
    });
    // Let the server apply the roots before reading.
    await new Promise((r) => setTimeout(r, 1_000));
    const read = async (id: number, path: string) => {
      bridge.send({
        jsonrpc: "2.0",
        id,
        method: "tools/call",
        params: { name: "read_text_file", arguments: { path } },
      });
      return JSON.stringify(await bridge.answerTo(id));
    };
    const project = await read(1, join(projects, "README.md"));
    const salaries = await read(2, join(payroll, "salaries.csv"));
    bridge.close();
    await bridge.exited;
    expect({
      projectRead: project.includes("project-readme-marker"),
      payrollRead: salaries.includes("salary-marker-Ana"),
    }).toEqual({ projectRead: true, payrollRead: false });
  });
});
