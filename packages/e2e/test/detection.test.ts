// Personal data and secrets through the bridge with real servers: the filesystem server reading a file
// full of secrets, and server-everything echoing what it is sent. Both directions, all three actions,
// and an audit that holds types and paths but no value.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import {
  fixtureServerYaml,
  guardedTransport,
  makeGuardedHome,
  type GuardedHome,
  failure,
} from "../src/index.js";

const SECRET = "wJ8rZt9q+Lm2/Vx7Np4Hc6Ks1Dy5Bf3Gh0Qe8Ur7";
const ACCESS_KEY = "AKIAZ3MQ7RT5WX2YB4NV";
const GITHUB = "ghp_R8tZq2Lm9Vx7Np4Hc6Ks1Dy5Bf3Gh0Qe8Ur7W";
const CARD = "4111 1111 1111 1111";
const SSN = "123-45-6789";
const EMAIL = "jane.doe@example.org";
const FILLED_STRIPE = `sk_live_${"A".repeat(24)}`;
const BESIDE = "Zq83kfP1xW9vLm2Tq7Yc4Rb6Nd0Hs5Jg";
// A typed sequence under a credential's name (only stand-ins and blanks are left alone), and formats added
// from the providers' published shapes: a webhook URL whose path is the secret, a JSON Web Key's private part.
const TYPED = "1234567890abcdef1234567890abcdef";
const ZAPIER = "https://hooks.zapier.com/hooks/catch/4829173/b7kq2zx/";
const JWK_D = "Xq7Lm2Zp9Kw4Rt8Yv1Nc6Bh3Js5Gd0Fe2Ua9Wo4Qi7";
// Written apart from their names (an environment list's entry, a session cookie), an option's value after a
// space, and a format added this round.
const ENV_ENTRY = "Tb4Wq9Lx2Mz7Rk5Np8Vc3Hj6";
const SESSION = "k3v9q2x7m4z8r1w6p5t0y2u8s4d7f1g3";
const OPTION = "Pl7-Wz2qRt9";
const TAVILY = "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";

const JWT =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkphbmUiLCJpYXQiOjE3MDAwMDAwMDB9.4pcPyMD09olPSyXnrXCjTwXyr4BsezdI1AVTmud2fU4";

let home: GuardedHome;
let received: string;
beforeAll(() => {
  received = `${realpathSync(tmpdir())}/mcpg-received-${process.pid}.jsonl`;
  home = makeGuardedHome(fixtureServerYaml("recorder", received));
  writeFileSync(received, "");
  mkdirSync(`${home.dir}/files`, { recursive: true });
  writeFileSync(
    `${home.dir}/files/.env`,
    [
      `AWS_ACCESS_KEY_ID=${ACCESS_KEY}`,
      `AWS_SECRET_ACCESS_KEY=${SECRET}`,
      `GITHUB_TOKEN=${GITHUB}`,
      "REGION=eu-west-1",
      "",
    ].join("\n"),
  );
  writeFileSync(`${home.dir}/files/customer.txt`, `name: Jane\nssn: ${SSN}\nemail: ${EMAIL}\n`);
});
afterAll(async () => {
  await home.cleanup();
  rmSync(received, { force: true });
});

async function client(server: string): Promise<Client> {
  const c = new Client({ name: "detection-test", version: "1" });
  await c.connect(guardedTransport(home, server));
  return c;
}

const text = (result: Record<string, unknown>) =>
  (result.content as { text: string }[]).map((c) => c.text).join("\n");

describe("detection through the bridge", () => {
  it("redacts the secrets of a .env file read through the filesystem server", async () => {
    const fs = await client("filesystem");
    const out = text(
      await fs.callTool({ name: "read_text_file", arguments: { path: `${home.dir}/files/.env` } }),
    );
    expect(out).toContain("AWS_ACCESS_KEY_ID=[REDACTED:aws_access_key_id]");
    expect(out).toContain("AWS_SECRET_ACCESS_KEY=[REDACTED:aws_secret_access_key]");
    expect(out).toContain("GITHUB_TOKEN=[REDACTED:github_token]");
    expect(out).toContain("REGION=eu-west-1");
    for (const value of [SECRET, ACCESS_KEY, GITHUB]) expect(out).not.toContain(value);
    await fs.close();
  });

  it("redacts personal data coming back, per the response actions", async () => {
    const fs = await client("filesystem");
    const out = text(
      await fs.callTool({ name: "read_text_file", arguments: { path: `${home.dir}/files/customer.txt` } }),
    );
    expect(out).toContain("ssn: [REDACTED:ssn]");
    expect(out).toContain(`email: ${EMAIL}`); // email responses only warn by default
    await fs.close();
  });

  it("blocks a card number on its way to the server, so the server never sees it", async () => {
    const everything = await client("everything");
    let error: { code: number; data: Record<string, unknown> } | undefined;
    try {
      await everything.callTool({ name: "echo", arguments: { message: `charge ${CARD}` } });
    } catch (err) {
      error = err as typeof error;
    }
    expect(error).toMatchObject({
      code: -32600,
      data: { reason: "sensitive_data", types: ["credit_card"], direction: "request" },
    });
    await everything.close();
  });

  it("never rewrites a request: personal data reaches the server unchanged, with a warning in the audit", async () => {
    const recorder = await client("recorder");
    const out = text(await recorder.callTool({ name: "echo", arguments: { message: `write to ${EMAIL}` } }));
    expect(out).toBe(`write to ${EMAIL}`);
    expect(readFileSync(received, "utf8")).toContain(`write to ${EMAIL}`);
    await recorder.close();
  });

  it("blocks a secret towards the server, naming the type and the exact setting; the server never saw it", async () => {
    const recorder = await client("recorder");
    const error = await failure(recorder.callTool({ name: "echo", arguments: { message: JWT } }));
    expect(error).toMatchObject({
      code: -32600,
      data: { reason: "sensitive_data", types: ["jwt"], allow: ["pii.actions.jwt.request: warn"] },
    });
    expect(error!.message).toContain(
      "Sensitive data blocked: jwt towards the server; to let it through, set pii.actions.jwt.request: warn",
    );
    expect(JSON.stringify(error)).not.toContain(JWT);
    expect(readFileSync(received, "utf8")).not.toContain(JWT.slice(0, 20));
    expect(readFileSync(received, "utf8")).not.toContain("REDACTED");
    await recorder.close();
  });

  it("blocks credentials known by their format or their context; the server never saw them", async () => {
    // A vendor token whose body is filler is still that vendor's token; a registry credential inside JSON
    // carried as a string (quotes escaped); a machine-made value beside its name.
    const dockerConfig = { auths: { "registry.example.com": { auth: btoa("deploy:Rk29fjQm2LpZw7") } } };
    const cases = [
      { message: `STRIPE_SECRET_KEY=${FILLED_STRIPE}`, type: "stripe_key", value: FILLED_STRIPE },
      {
        message: `DOCKER_AUTH_CONFIG=${JSON.stringify(JSON.stringify(dockerConfig))}`,
        type: "basic_auth",
        value: dockerConfig.auths["registry.example.com"].auth,
      },
      { message: `the todoist SECRET ${BESIDE}`, type: "secret_assignment", value: BESIDE },
      { message: `survey_api_token=${TYPED}`, type: "secret_assignment", value: TYPED },
      { message: `notify: ${ZAPIER}`, type: "zapier_webhook", value: "4829173/b7kq2zx" },
      {
        message: `env:\n  - name: PAYMENTS_SECRET\n    value: ${ENV_ENTRY}`,
        type: "secret_assignment",
        value: ENV_ENTRY,
      },
      { message: `Cookie: lang=en; sessionid=${SESSION}`, type: "session_cookie", value: SESSION },
      {
        message: `Connect-Server -Server vc01 -User ops -Password ${OPTION}`,
        type: "secret_assignment",
        value: OPTION,
      },
      { message: `search with ${TAVILY}`, type: "tavily_api_key", value: TAVILY },
      {
        message: JSON.stringify({
          kty: "OKP",
          crv: "Ed25519",
          x: "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo",
          d: JWK_D,
        }),
        type: "private_key",
        value: JWK_D,
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

  it("keeps every value out of the audit and shows types and paths in logs", async () => {
    await home.stop();
    for (const file of readdirSync(home.home)) {
      const bytes = readFileSync(`${home.home}/${file}`).toString("latin1");
      for (const value of [
        SECRET,
        ACCESS_KEY,
        GITHUB,
        CARD,
        SSN,
        EMAIL,
        JWT,
        FILLED_STRIPE,
        BESIDE,
        TYPED,
        JWK_D,
      ])
        expect(bytes.includes(value), `${value} in ${file}`).toBe(false);
    }
    const logs = await home.cli(["logs", "--limit", "1000"]);
    // The filesystem server returns the text twice, in content and structuredContent: both are scanned.
    expect(logs.stdout).toContain(
      "{aws_access_key_id at result.content[0].text; aws_secret_access_key at result.content[0].text; github_token at result.content[0].text; " +
        "aws_access_key_id at result.structuredContent.content; aws_secret_access_key at result.structuredContent.content; github_token at result.structuredContent.content}",
    );
    expect(logs.stdout).toMatch(
      /block .*tools\/call echo .*\[sensitive_data\] {2}\{credit_card at params\.arguments\.message\}/,
    );
  });
});

describe("configured detection", () => {
  let custom: GuardedHome;
  beforeAll(() => {
    custom = makeGuardedHome(
      "",
      [
        "pii:",
        "  actions:",
        "    ssn: { response: block }",
        "  custom_types:",
        "    employee_id:",
        "      label: Employee number",
        '      patterns: [{ regex: "EMP-[0-9]{6}" }]',
        "      actions: { request: block, response: redact }",
      ].join("\n"),
    );
    mkdirSync(`${custom.dir}/files`, { recursive: true });
    writeFileSync(`${custom.dir}/files/hr.txt`, `employee EMP-004211\nssn: ${SSN}\n`);
    writeFileSync(`${custom.dir}/files/roster.txt`, "team: EMP-100200, EMP-100201\n");
  });
  afterAll(() => custom.cleanup());

  const connect = async (server: string) => {
    const c = new Client({ name: "detection-config", version: "1" });
    await c.connect(guardedTransport(custom, server));
    return c;
  };

  it("blocks a response when its type says so, and the client sees only the types", async () => {
    const fs = await connect("filesystem");
    const err = await failure(
      fs.callTool({ name: "read_text_file", arguments: { path: `${custom.dir}/files/hr.txt` } }),
    );
    expect(err).toMatchObject({
      code: -32600,
      data: { reason: "sensitive_data", direction: "response", types: ["employee_id", "ssn"] },
    });
    expect(JSON.stringify(err)).not.toContain(SSN);
    await fs.close();
  });

  it("applies a custom type's own actions in each direction", async () => {
    const fs = await connect("filesystem");
    expect(
      text(
        await fs.callTool({ name: "read_text_file", arguments: { path: `${custom.dir}/files/roster.txt` } }),
      ),
    ).toContain("team: [REDACTED:employee_id], [REDACTED:employee_id]");
    await fs.close();
    const everything = await connect("everything");
    expect(
      await failure(everything.callTool({ name: "echo", arguments: { message: "for EMP-555123" } })),
    ).toMatchObject({
      data: { reason: "sensitive_data", types: ["employee_id"] },
    });
    await everything.close();
  });

  it("scans an adversarial 1 MB message without stalling the session", async () => {
    const everything = await connect("everything");
    const hostile = "a@".repeat(250_000) + "ghp_".repeat(60_000);
    const echoed = text(await everything.callTool({ name: "echo", arguments: { message: hostile } }));
    expect(echoed.length).toBeGreaterThan(700_000);
    expect((await everything.callTool({ name: "echo", arguments: { message: "next" } })).content).toEqual([
      { type: "text", text: "Echo: next" },
    ]);
    await everything.close();
  });
});
