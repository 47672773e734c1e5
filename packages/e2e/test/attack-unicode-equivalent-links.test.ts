// Attack (round 29, found from outside in a second pass, on this round's own fixes) on physical-path.ts + the credential rules: the guard walks a
// path one name at a time with lstat, and a name that does not exist byte for byte is "missing": nothing
// below it is looked up and the rest is judged as written. server-filesystem, when realpath of the path
// fails with ENOENT, resolves it again name by name, taking a directory entry whose NFC form equals the
// requested name's (resolveUnicodeEquivalentPath), and follows the links it meets there. So a cloned project
// whose directory is spelled decomposed on disk (`de\u0301ploy`, as macOS and many archives write it) and
// holds `creds -> ../../.aws/credentials` is asked for with the composed spelling (`d\u00e9ploy/creds`): the
// guard judges `…/project/déploy/creds` (no rule), the server opens ~/.aws/credentials (likewise
// hosts.txt -> ../../.netrc). Not tested here, but the same walk guards the guard's own files.
// Secure behaviour: refused as `sensitive_resource`; the file's content never reaches the client.
// Proved through the real bridge with the real filesystem server rooted at a stand-in home.
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addServers,
  FILESYSTEM,
  guardedTransport,
  makeGuardedHome,
  nodeServerYaml,
  readOutcome,
  type GuardedHome,
} from "../src/index.js";

const MARKER = "profile-marker-7d41ac";
const DECOMPOSED = "de\u0301ploy"; // on disk
const COMPOSED = "d\u00e9ploy"; // as asked
let home: GuardedHome;
let user: string;

beforeAll(() => {
  home = makeGuardedHome();
  user = join(home.dir, "user");
  mkdirSync(join(user, ".aws"), { recursive: true });
  mkdirSync(join(user, "project", DECOMPOSED), { recursive: true });
  writeFileSync(join(user, ".aws", "credentials"), `[default]\nregion = eu-west-1\nnote = ${MARKER}\n`);
  writeFileSync(join(user, ".netrc"), `machine example.org note ${MARKER}\n`);
  symlinkSync("../../.aws/credentials", join(user, "project", DECOMPOSED, "creds"));
  symlinkSync("../../.netrc", join(user, "project", DECOMPOSED, "hosts.txt"));
  addServers(home, nodeServerYaml("home-fs", [FILESYSTEM, user]));
});
afterAll(() => home.cleanup());

describe("credential files behind a link in a directory asked for by its Unicode-equivalent name", () => {
  it("are refused as the links' own spellings are", async () => {
    const client = new Client({ name: "unicode-links", version: "1" });
    await client.connect(guardedTransport(home, "home-fs"));
    const outcome = (path: string) => readOutcome(client, path, MARKER);
    // Control: the links by their spelling on disk.
    expect([
      await outcome(join(user, "project", DECOMPOSED, "creds")),
      await outcome(join(user, "project", DECOMPOSED, "hosts.txt")),
    ]).toEqual(["sensitive_resource", "sensitive_resource"]);
    const equivalent = [
      await outcome(join(user, "project", COMPOSED, "creds")),
      await outcome(join(user, "project", COMPOSED, "hosts.txt")),
    ];
    await client.close();
    expect(equivalent).toEqual(["sensitive_resource", "sensitive_resource"]);
  });
});
