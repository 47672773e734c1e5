// Attack (round 29, found from outside in a second pass, on this round's own fixes) on known-values.ts: what the guard shows of a stdio server's
// stderr (the client's upstream_unavailable, `status`, daemon.log) never repeats a credential the guard handed
// that server. The fix withholds the secrets file's values as written, upstream_auth_token, and env values
// under names SECRET_KEY_NAME / CREDENTIAL_VARIABLE read as credentials. Three shapes it misses:
//  - spellings: a server that fails on a credential prints the request it sent, with the secret URL-encoded
//    (a path or query segment) or inside an HTTP Basic header (base64 of "user:secret"); a secrets-file
//    value is withheld only byte for byte, so both reach the client;
//  - a credential the guard fills into a server's ARGUMENTS from the client's entry
//    (`args: [--api-key, ${SVC_API_KEY}]`, the very form README's `${VAR}` filling is for): not a secrets-file
//    value and not in `env`, so it is never "known";
//  - an env credential under a name the two patterns miss: MYSQL_PWD (MySQL's documented password
//    variable; `pass(word|wd|phrase)?$` does not read PWD). init leaves such a value in the config as written.
// Secure behaviour: none of these values appears in the client's answer, `status` or the daemon's log.
// Proved through the real bridge with a stdio server that prints what it was handed and exits on initialize.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addServers, makeGuardedHome, nodeServerYaml, RawBridge, type GuardedHome } from "../src/index.js";

// Made at run time; service-shaped, so no detector matches them.
const FILE_KEY = ["orchid", "basalt+4471", "lantern"].join("/"); // secrets.env value
const FILE_TOKEN = ["quartz", "meadow", "8812"].join("-"); // secrets.env value
const CLIENT_KEY = ["willow", "cobalt", "3390", "ember"].join("-"); // set in the client's entry
const PWD_VALUE = ["harbor", "pine", "5521"].join("-"); // MYSQL_PWD, written in the config

let home: GuardedHome;

function failingServer(name: string, lines: string[]): string {
  const script = join(home.dir, `${name}.cjs`);
  writeFileSync(
    script,
    [
      'process.stdin.once("data", () => {',
      ...lines.map((l) => `  process.stderr.write(${l} + "\\n");`),
      "  process.exit(1);",
      "});",
    ].join("\n"),
  );
  return script;
}

beforeAll(() => {
  home = makeGuardedHome("", "  secrets_file: secrets.env");
  writeFileSync(join(home.dir, "secrets.env"), `SVC_KEY=${FILE_KEY}\nSVC_TOKEN=${FILE_TOKEN}\n`, {
    mode: 0o600,
  });
  const spelled = failingServer("spelled", [
    "`GET https://api.svc.example/v1/keys/${encodeURIComponent(process.env.SVC_KEY_VALUE)}/usage -> 401`",
    "`sent Basic ${Buffer.from('svc:' + process.env.SVC_TOKEN_VALUE).toString('base64')} -> 401`",
  ]);
  const argued = failingServer("argued", ["`rejected: ${process.argv.slice(2).join(' ')}`"]);
  const pwd = failingServer("pwd", ["`mysql login failed (password ${process.env.MYSQL_PWD})`"]);
  addServers(
    home,
    nodeServerYaml(
      "spelled",
      [spelled],
      ["    env:", "      SVC_KEY_VALUE: ${SVC_KEY}", "      SVC_TOKEN_VALUE: ${SVC_TOKEN}"],
    ),
    nodeServerYaml("argued", [argued, "--api-key", "${SVC_API_KEY}"]),
    nodeServerYaml("pwd", [pwd], ["    env:", `      MYSQL_PWD: ${PWD_VALUE}`]),
  );
});
afterAll(() => home.cleanup());

const SPELLINGS: Record<string, string> = {
  "url-encoded secrets-file value": encodeURIComponent(FILE_KEY),
  "Basic header of a secrets-file value": Buffer.from(`svc:${FILE_TOKEN}`).toString("base64"),
  "client-filled argument": CLIENT_KEY,
  MYSQL_PWD: PWD_VALUE,
};

async function failedSession(server: string, env: Record<string, string> = {}) {
  const saved = { ...home.env };
  Object.assign(home.env, env);
  const bridge = new RawBridge(home, server);
  Object.assign(home.env, saved);
  const answer = JSON.stringify(await bridge.initialize());
  bridge.close();
  await bridge.exited;
  const status = await home.status();
  const servers = status.running ? (status.servers as Record<string, unknown>) : {};
  return { answer, status: JSON.stringify(servers[server] ?? null) };
}

function leaks(texts: Record<string, string>): string[] {
  const out: string[] = [];
  for (const [where, text] of Object.entries(texts))
    for (const [what, value] of Object.entries(SPELLINGS))
      if (text.includes(value)) out.push(`${what} in ${where}`);
  return out;
}

describe("a credential the guard handed a stdio server, printed on its stderr", () => {
  it("stays out when printed URL-encoded or inside a Basic header", async () => {
    const { answer, status } = await failedSession("spelled");
    expect(status).toContain("-> 401");
    expect(leaks({ client: answer, status })).toEqual([]);
  });

  it("stays out when it was filled into the server's arguments from the client's entry", async () => {
    const { answer, status } = await failedSession("argued", { SVC_API_KEY: CLIENT_KEY });
    expect(status).toContain("rejected: --api-key");
    expect(leaks({ client: answer, status })).toEqual([]);
  });

  it("stays out when the server's env names it MYSQL_PWD", async () => {
    const { answer, status } = await failedSession("pwd");
    expect(status).toContain("mysql login failed");
    expect(leaks({ client: answer, status })).toEqual([]);
  });

  it("stays out of the daemon's log", () => {
    expect(leaks({ log: readFileSync(join(home.home, "daemon.log"), "utf8") })).toEqual([]);
  });
});
