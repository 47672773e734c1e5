// Attack (audit): in OAuth mode a bridge session without a valid token is audited as `oauth:anonymous`, and
// so is every call of a user whose token's subject is "anonymous" (a guest or service account an issuer
// names so; the subject is the issuer's word, not the config's). Round 35 closed the same collision for API
// keys (a key may not be named "anonymous"); the token's subject was left out. So `logs -u oauth:anonymous`
// mixes the calls a real, signed-in identity made with the attempts of clients that had no valid token, and
// nothing in a row tells them apart: an intruder's refused tries can be passed off as the service account's,
// and the service account's calls as refused noise. Fixed behaviour: a session that did not authenticate is
// never labelled like an identity a token can prove (a token whose `sub` is "anonymous" is refused, or the
// unauthenticated label is one no subject can spell), so the two rows below carry different identities.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  makeGuardedHome,
  oauthAuthYaml,
  RawBridge,
  recorderServerYaml,
  startIssuer,
  type GuardedHome,
  type Issuer,
} from "../src/index.js";

let issuer: Issuer;
let home: GuardedHome;

beforeAll(async () => {
  issuer = await startIssuer();
  const log = `${makeGuardedHome().dir}/recorder.log`;
  home = makeGuardedHome(
    recorderServerYaml("recorder", log),
    [...oauthAuthYaml(issuer, "{ reader: [reader] }"), "  roles:", "    reader: {}"].join("\n"),
  );
});
afterAll(async () => {
  await home.cleanup();
  await issuer.close();
});

/** One echo call in a bridge session presenting `token` (none when undefined); the guard's answer. */
async function echoWith(token: string | undefined, marker: string): Promise<Record<string, unknown>> {
  const env = token === undefined ? home.env : { ...home.env, MCP_GUARD_TOKEN: token };
  const bridge = new RawBridge({ ...home, env }, "recorder");
  await bridge.initialize();
  bridge.send({
    jsonrpc: "2.0",
    id: 7,
    method: "tools/call",
    params: { name: "echo", arguments: { marker } },
  });
  const answer = await bridge.answerTo(7);
  bridge.close();
  await bridge.exited;
  return answer;
}

describe("a token whose subject is anonymous", () => {
  it("is audited apart from sessions that had no valid token", async () => {
    const token = await issuer.mint({ sub: "anonymous", roles: ["reader"], scope: "mcp" });
    const signedIn = await echoWith(token, "guest-call");
    const refused = await echoWith("not-a-token", "intruder-call");
    expect(signedIn.result).toBeDefined();
    expect(refused.error).toBeDefined();
    const { stdout } = await home.cli(["logs", "--json", "-m", "tools/call", "--limit", "50"]);
    const rows = stdout
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as { identity: string; decision: string });
    const identityOf = (decision: string) => rows.find((r) => r.decision === decision)?.identity;
    const allowed = identityOf("allow");
    const blocked = identityOf("block");
    expect(allowed).toBeDefined();
    expect(blocked).toBeDefined();
    expect({ sameIdentity: allowed === blocked, allowed, blocked }).toMatchObject({ sameIdentity: false });
  });
});
