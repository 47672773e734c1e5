// Attack (round 32, found from outside): a file: URI is judged by where it leads through links
// (resource-links.ts), but the guard looked the links up on the URI's path after up to four rounds of
// percent-decoding while the server decodes it once (fileURLToPath, new URL). A link whose own name holds a
// percent sign (a name a script or an archive left: `x%41 -> ../private`), read as `x%2541`, was then looked
// up under another name (`xA`), which does not exist, so "where it leads" was the path as written, allowed;
// the server opened the link and the denied file reached the client. The credential rules follow links the
// same way: `k%41 -> ../vault/.ssh` opened what a .ssh folder holds.
// Secure: a read through such a link is refused as the plain denied path is, and a credential file through
// one is refused as sensitive; a user can rely on links being followed under the names the server opens.
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
// A link whose name holds a literal percent sign.
symlinkSync("../private", join(data, "public", "x%41"));
// An SSH folder the resource rules do not name (the credential rules do), and a link with a percent sign to it.
const CREDENTIAL_MARKER = "ssh-config-marker-7730";
mkdirSync(join(data, "vault", ".ssh"), { recursive: true });
writeFileSync(join(data, "vault", ".ssh", "config"), `${CREDENTIAL_MARKER}\n`);
symlinkSync("../vault/.ssh", join(data, "public", "k%41"));
// And an honest one: back into the public folder.
symlinkSync(".", join(data, "public", "y%41"));

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
  if (JSON.stringify(answer).includes(CREDENTIAL_MARKER)) return "the credential file reached the client";
  const reason = (answer.error as { data?: { reason?: string } } | undefined)?.data?.reason;
  return reason ?? (answer.error ? "refused" : "read");
}

describe("a denied folder behind a link whose name holds a percent sign", () => {
  it("refuses the denied file by its own path (control)", async () => {
    expect(await read(`file://${data}/private/report.txt`)).toBe("resource_denied");
  });

  it("refuses it through the link named x%41, written once-encoded as x%2541", async () => {
    const through = await read(`file://${data}/public/x%2541/report.txt`);
    expect(through).not.toBe("the denied file reached the client");
    expect(through).toBe("resource_denied");
  });
});

describe("a credential file behind a link whose name holds a percent sign", () => {
  it("refuses the file by its own path (control)", async () => {
    expect(await read(`file://${data}/vault/.ssh/config`)).toBe("sensitive_resource");
  });

  it("refuses it through the link named k%41, written once-encoded as k%2541", async () => {
    expect(await read(`file://${data}/public/k%2541/config`)).toBe("sensitive_resource");
  });

  it("negative: a public file through an honest link whose name holds a percent sign is read", async () => {
    expect(await read(`file://${data}/public/y%2541/notes.txt`)).toBe("read");
  });
});
