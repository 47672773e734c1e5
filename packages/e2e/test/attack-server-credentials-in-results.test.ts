// Attack (round 51, found from outside): the credentials the guard hands a server reach the client in the
// server's results. A server entry's credential-named environment variables (and its upstream_auth_token and
// secrets-file values) are the user's keys to the service behind the server: the client, and so the model,
// is meant to use that service only through the guarded server. The guard knows these values exactly and
// withholds them from everything it shows of a server's own words (stderr, HTTP error bodies: known-values.ts),
// because a credential of a service's own shape (a passphrase, a short hex key) matches no detector; but a
// server's messages are left to the detectors alone. server-everything's get-env (a debugging tool many servers
// have a form of) returns its whole environment: through the real bridge, a passphrase, a six-character key and
// a twelve-digit hex key the config gave it reached the client bare, beside values the detectors redacted. An
// agent holding them can call the service directly, round every check of the guard.
import { afterAll, describe, expect, it } from "vitest";
import { EVERYTHING, makeGuardedHome, nodeServerYaml, RawBridge } from "../src/index.js";

const PASSPHRASE = "correct horse battery staple";
const SHORT_KEY = "Zk8pQ2";
const HEX_KEY = "7d1f0c2a9e4b";
const home = makeGuardedHome(
  nodeServerYaml(
    "configured",
    [EVERYTHING, "stdio"],
    [
      "    env:",
      `      UPSTREAM_SECRET: ${JSON.stringify(PASSPHRASE)}`,
      `      SERVICE_AUTH: ${JSON.stringify(SHORT_KEY)}`,
      `      CRM_KEY: ${JSON.stringify(HEX_KEY)}`,
      "      REGION: eu-west-1",
    ],
  ) +
    "\n" +
    // A server handed no credential of its own: the daemon's and the client's credential-named variables
    // are not its, and their values (a cookie's domain) are ordinary words of its results.
    nodeServerYaml("sited", [EVERYTHING, "stdio"], ["    env:", "      SITE: example.com"]),
);
// In the environment of the bridge, and so of the daemon it starts and of the session's variables.
home.env.COOKIE_DOMAIN = "example.com";
afterAll(() => home.cleanup());

describe("a server's environment in its results", () => {
  it("never hands the client a credential the config gave the server", async () => {
    const bridge = new RawBridge(home, "configured");
    await bridge.initialize();
    bridge.send({ jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "get-env", arguments: {} } });
    const answer = JSON.stringify(await bridge.answerTo(1, 30_000));
    bridge.close();
    await bridge.exited;
    // The call went through: the server's other settings are there.
    expect(answer).toContain("eu-west-1");
    // Before the fix: all three reached the client (3 of 3).
    expect(answer).not.toContain(PASSPHRASE);
    expect(answer).not.toContain(SHORT_KEY);
    expect(answer).not.toContain(HEX_KEY);
  });

  it("withholds only what it handed this server, not every credential-named variable it could see", async () => {
    const bridge = new RawBridge(home, "sited");
    await bridge.initialize();
    bridge.send({ jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "get-env", arguments: {} } });
    const answer = JSON.stringify(await bridge.answerTo(1, 30_000));
    bridge.close();
    await bridge.exited;
    // Before the fix: the daemon's COOKIE_DOMAIN made "example.com" [REDACTED:credential] here.
    expect(answer).toContain("example.com");
    expect(answer).not.toContain("[REDACTED:credential]");
  });
});
