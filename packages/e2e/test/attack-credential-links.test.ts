// Attack (round 29, found from outside): links were followed for the guard's own files only; the built-in
// credential rules matched the path as written, so a link a cloned project carries (`deploy/creds ->
// ../../.aws/credentials`, `keys -> ../.ssh`, `hosts.txt -> ../.netrc`) handed the credential file to the
// client under a harmless name. A user expects a credential file refused whatever link leads to it, as the
// README says of links already in a server's directory.
// Rooted at the user's home (a common setup), server-filesystem follows the link (its realpath stays inside
// its root) and answers with the file.
// Proved through the real bridge with the real filesystem server rooted at a stand-in home; the credential
// file by its own path being refused is the control. The file's content is plain text no detector reads as
// a secret, so only the path rule stands between it and the client. Secure behaviour: refused as
// `sensitive_resource`, the content never reaches the client.
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

const MARKER = "profile-marker-b81c2e";
let home: GuardedHome;
let user: string;

beforeAll(() => {
  home = makeGuardedHome();
  user = join(home.dir, "user");
  mkdirSync(join(user, ".aws"), { recursive: true });
  mkdirSync(join(user, ".ssh"), { recursive: true });
  mkdirSync(join(user, "project", "deploy"), { recursive: true });
  writeFileSync(join(user, ".aws", "credentials"), `[default]\nregion = eu-west-1\nnote = ${MARKER}\n`);
  writeFileSync(join(user, ".ssh", "id_ed25519"), `placeholder ${MARKER}\n`);
  writeFileSync(join(user, ".netrc"), `machine example.org note ${MARKER}\n`);
  // Links the cloned project carries (relative, as git stores them).
  symlinkSync("../../.aws/credentials", join(user, "project", "deploy", "creds"));
  symlinkSync("../.ssh", join(user, "project", "keys"));
  symlinkSync("../.netrc", join(user, "project", "hosts.txt"));
  addServers(home, nodeServerYaml("home-fs", [FILESYSTEM, user]));
});
afterAll(() => home.cleanup());

describe("credential files behind links already in a server's directory", () => {
  it("are refused as their own paths are", async () => {
    const client = new Client({ name: "credential-links", version: "1" });
    await client.connect(guardedTransport(home, "home-fs"));
    const outcome = (path: string) => readOutcome(client, path, MARKER);
    // Control: by their own names.
    const direct = [
      await outcome(join(user, ".aws", "credentials")),
      await outcome(join(user, ".ssh", "id_ed25519")),
      await outcome(join(user, ".netrc")),
    ];
    expect(direct).toEqual(["sensitive_resource", "sensitive_resource", "sensitive_resource"]);
    const throughLinks = [
      await outcome(join(user, "project", "deploy", "creds")),
      await outcome(join(user, "project", "keys", "id_ed25519")),
      await outcome(join(user, "project", "hosts.txt")),
    ];
    await client.close();
    expect(throughLinks).toEqual(["sensitive_resource", "sensitive_resource", "sensitive_resource"]);
  });
});
