// Round 6's secret families and whole-value redaction through the real bridge: a recording server that must
// never see a new family's token or any part of a password full of separators, and the filesystem server whose
// configuration file comes back with each value redacted whole.
import { mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  failure,
  fixtureServerYaml,
  guardedTransport,
  makeGuardedHome,
  type GuardedHome,
} from "../src/index.js";

const CLOUDFLARE = "cfut_Qm7zL2pX9kR4wT8vN1cB6yH3jD5fG0sA2eU7iO4q9c1e5a7b";
const KOLIDE = "k2sk_v1_Rt8Yv1Nc6Bh3Js5Gd0Fe2Ua9";
const ONFIDO = "api_live_us.Zq83kfP1xW9.vLm2Tq7Yc4Rb6Nd0Hs5Jg8Kp3Wz1Xe4u";
// A password whose tail, after "&" and ";", a cut at the first separator would have left in the clear.
const TAIL = "c5e^r0t6y3u*i";
const PASSWORD = `8x7$k2#m9q!w4v@1p&${TAIL}`;
const ENV_TAIL = "Lm4(x)9Qz";
// Unquoted in YAML with a separator in it: before round 7 not read as a value at all, so the call went through.
const YAML_PASSWORD = "p@ss&w0rd;Qz7";
const ENV_PASSWORD = `Xk29f&q!7zz;${ENV_TAIL}`;
// A quoted passphrase: before round 8 only its first word was redacted, the rest went on in the clear.
const PASSPHRASE_TAIL = "and 3 more";
const PASSPHRASE = `Tr0ub4dor ${PASSPHRASE_TAIL}`;
// PsExec's -p: the remote account's password, plain words included (round 8; a generic "-u … -p" rule left
// words alone, as docker's and mysql's -p may be a port or a database).
const PSEXEC_PASSWORD = "falcon_ridge";
// A Discord bot token has no prefix: its first part is the bot's id (a 2023 snowflake) in base64 (round 7).
// Round 18: credentials set by a statement's grammar, each passed through before it (a setter's call given a
// literal, SQL's IDENTIFIED BY, a Java system property glued to -D).
const SETTER_SECRET = "Vq4nR8tLx2Wm7Kc9";
const SQL_PASSWORD = "Hb6yT1pZq9Ns3Lw";
const PROPERTY_PASSWORD = "Jd5mX8rKv2Qf7Tz";
const DISCORD_BOT = `${btoa("1098765432109876543").replace(/=+$/, "")}.GkQ7rT.Vx3mP9qL2wZ8nB5cY1hJ6kD4fS0aG7eR3tU9i`;

let home: GuardedHome;
let received: string;
beforeAll(() => {
  received = `${realpathSync(tmpdir())}/mcpg-families-${process.pid}.jsonl`;
  home = makeGuardedHome(fixtureServerYaml("recorder", received));
  writeFileSync(received, "");
  mkdirSync(`${home.dir}/files`, { recursive: true });
  writeFileSync(
    `${home.dir}/files/deploy.env`,
    [
      `CF_API_TOKEN=${CLOUDFLARE}`,
      `DB_PASSWORD=${ENV_PASSWORD}`,
      `DB_PASSPHRASE="${PASSPHRASE}"`,
      `LOGIN_MESSAGES={"password": "Incorrect password, try again"}`,
      "DB_HOST=db.internal",
      "",
    ].join("\n"),
  );
});
afterAll(async () => {
  await home.cleanup();
  rmSync(received, { force: true });
});

async function client(server: string): Promise<Client> {
  const c = new Client({ name: "secret-families-test", version: "1" });
  await c.connect(guardedTransport(home, server));
  return c;
}

describe("round 6 secret families through the bridge", () => {
  it("blocks the new families and a quoted password with separators; the server saw none of it", async () => {
    const cases = [
      { message: `wrangler login --token ${CLOUDFLARE}`, type: "cloudflare_api_token", value: CLOUDFLARE },
      { message: `osquery enroll: ${KOLIDE}`, type: "kolide_api_key", value: KOLIDE },
      { message: `ONFIDO=${ONFIDO}`, type: "onfido_api_token", value: ONFIDO },
      { message: `client.run("${DISCORD_BOT}")`, type: "discord_bot_token", value: DISCORD_BOT },
      { message: `SECRET_KEY = '${PASSWORD}'`, type: "secret_assignment", value: TAIL },
      {
        message: `PsExec.exe \\\\build01 -u CORP\\deploy -p ${PSEXEC_PASSWORD} cmd /c ipconfig`,
        type: "secret_assignment",
        value: PSEXEC_PASSWORD,
      },
      // A YAML mapping's unquoted password runs to the end of its line (round 7).
      {
        message: `db:\n  password: ${YAML_PASSWORD}\n  user: bob`,
        type: "secret_assignment",
        value: YAML_PASSWORD,
      },
      { message: `client.setApiKey("${SETTER_SECRET}");`, type: "secret_assignment", value: SETTER_SECRET },
      {
        message: `CREATE USER app IDENTIFIED BY '${SQL_PASSWORD}';`,
        type: "secret_assignment",
        value: SQL_PASSWORD,
      },
      {
        message: `java -Dpassword=${PROPERTY_PASSWORD} -jar app.jar`,
        type: "secret_assignment",
        value: PROPERTY_PASSWORD,
      },
    ];
    const recorder = await client("recorder");
    for (const { message, type, value } of cases) {
      const error = await failure(recorder.callTool({ name: "echo", arguments: { message } }));
      expect(error, message).toMatchObject({
        code: -32600,
        data: { reason: "sensitive_data", types: [type], direction: "request" },
      });
      expect(JSON.stringify(error)).not.toContain(value);
    }
    const seen = readFileSync(received, "utf8");
    for (const { value } of cases) expect(seen).not.toContain(value);
    await recorder.close();
  });

  it("redacts a configuration file's values whole on the way back", async () => {
    const fs = await client("filesystem");
    const result = await fs.callTool({
      name: "read_text_file",
      arguments: { path: `${home.dir}/files/deploy.env` },
    });
    const out = (result.content as { text: string }[]).map((c) => c.text).join("\n");
    expect(out).toContain("CF_API_TOKEN=[REDACTED:cloudflare_api_token]");
    expect(out).toContain("DB_PASSWORD=[REDACTED:secret_assignment]\n");
    expect(out).toContain('DB_PASSPHRASE="[REDACTED:secret_assignment]"');
    // A message under a password's name is a sentence, not a value (before round 8 "Incorrect" was redacted).
    expect(out).toContain('{"password": "Incorrect password, try again"}');
    expect(out).toContain("DB_HOST=db.internal");
    for (const value of [CLOUDFLARE, ENV_TAIL, "Xk29f", PASSPHRASE_TAIL]) expect(out).not.toContain(value);
    await fs.close();
  });
});
