// Attack (round 31, found from outside): a `denied_resources` rule on file: URIs was judged on the URI's text
// only, while the sensitive-file rules and the guard's own files follow the symbolic links that already
// exist: a resources/read through a link that was there before the session (`public/latest -> ../private`)
// returned the denied file. A user expects a file: URI to be judged by the path it really leads to as well as
// by the URI as written, so the link is refused as the plain denied path is.
//
// As the tester reported it:
// `denied_resources` keeps a file: URI denied "under the names
// the operating system opens it by" (docs/tool-integrity.md: trailing dots, streams, 8.3 short names, letter
// case, `C|`, /proc/<pid>/root, `//`, `/./`, percent-encoding), and the sensitive-file rules and the guard's own
// files follow the symbolic links that already exist on this machine (sensitive.ts leadsTo, physical-path.ts):
// a link "already in a server's directory is followed by the server". A deny rule of the user's own does not:
// a link that was there before the session (a `latest -> ../private` a deploy script keeps, a cloned project's
// `docs -> ../private`) is another name the kernel opens the denied file by, and resources/read through it
// is judged as the text of the URI. The server opens the file through the link and the denied contents reach
// the client, under the URI the client asked for (so the contents filter lets them through too).
// Secure: a resources/read whose path leads, through links present on this machine, into a denied folder is
// refused as the plain path is (or its contents withheld).
// Proved through the real bridge with a small file server that reads what a file: URI names (as any
// resource-template file server does), the plain denied path being refused as the control.
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FILE_SERVER, makeGuardedHome, nodeServerYaml, RawBridge } from "../src/index.js";

const MARKER = "quarterly-figures-marker-5521";
const dir = makeGuardedHome().dir;
const data = join(dir, "data");
mkdirSync(join(data, "private"), { recursive: true });
mkdirSync(join(data, "public"), { recursive: true });
writeFileSync(join(data, "private", "report.txt"), `${MARKER}\n`);
writeFileSync(join(data, "public", "notes.txt"), "public notes\n");
// There before any session: a link a deploy script or a cloned project keeps.
symlinkSync("../private", join(data, "public", "latest"));

const home = makeGuardedHome(
  nodeServerYaml(
    "files",
    [FILE_SERVER],
    [
      "    policy:",
      "      permissions:",
      `        denied_resources: [${JSON.stringify(`file://${data}/private/**`)}]`,
    ],
  ),
);
afterAll(() => home.cleanup());

async function read(uri: string): Promise<string> {
  const bridge = new RawBridge(home, "files");
  await bridge.initialize();
  bridge.send({ jsonrpc: "2.0", id: 2, method: "resources/read", params: { uri } });
  const answer = await bridge.answerTo(2);
  bridge.close();
  await bridge.exited;
  if (JSON.stringify(answer).includes(MARKER)) return "the denied file reached the client";
  const reason = (answer.error as { data?: { reason?: string } } | undefined)?.data?.reason;
  return reason ?? (answer.error ? "refused" : "no content");
}

describe("a denied folder behind a link that was there before the session", () => {
  it("reads a public file (control)", async () => {
    const bridge = new RawBridge(home, "files");
    await bridge.initialize();
    bridge.send({
      jsonrpc: "2.0",
      id: 2,
      method: "resources/read",
      params: { uri: `file://${data}/public/notes.txt` },
    });
    expect(JSON.stringify(await bridge.answerTo(2))).toContain("public notes");
    bridge.close();
    await bridge.exited;
  });

  it("refuses the denied file by its own path (control)", async () => {
    expect(await read(`file://${data}/private/report.txt`)).toBe("resource_denied");
  });

  it("refuses it through the link too", async () => {
    const through = await read(`file://${data}/public/latest/report.txt`);
    expect(through).not.toBe("the denied file reached the client");
    expect(through).toBe("resource_denied");
  });
});
