// Round 15 of the secret rules: Telegram's api_hash found by its name, and a vendor's prefix followed by a
// few characters read as an abbreviation, each beside a value of the same shape that must still be found (or
// left alone). Random bodies come from samples.ts.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";
import { chars } from "./samples.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const secretsIn = (text: string) =>
  scanner
    .spans(text)
    .filter((s) => s.category === "secret")
    .map((s) => s.type);

const AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const HEX = "0123456789abcdef";

describe("Telegram's api_hash", () => {
  const hash = chars(HEX, 32);
  it.each([
    [`api_hash = "${hash}"`],
    [`TELEGRAM_API_HASH=${hash}`],
    [`client = TelegramClient("anon", api_id=1234567, api_hash='${hash}')`],
    [`  tgApiHash: "${hash}",`],
    [`"api_hash": "${hash}"`],
  ])("is found in %s", (text) => {
    expect(secretsIn(text)).toContain("telegram_api_hash");
  });

  it.each([
    // A longer name that ends in the same letters: an OpenAPI document's digest.
    [`openapi_hash = "${hash}"`],
    [`swaggerapihash: ${hash}`],
    // The MD5 of an empty input, which a digest field holds when nothing was hashed.
    ["api_hash: d41d8cd98f00b204e9800998ecf8427e"],
    // The stand-in the client libraries' documentation writes.
    ["api_hash = '0123456789abcdef0123456789abcdef'"],
    // Not 32 hex characters: a version, a shorter or a longer digest.
    ["api_hash_version = 3"],
    [`api_hash = "${hash.slice(0, 24)}"`],
  ])("is not found in %s", (text) => {
    expect(secretsIn(text)).not.toContain("telegram_api_hash");
  });
});

describe("a vendor's prefix followed by a few characters is an abbreviation, not the token", () => {
  it.each([
    ["OPENAI_API_KEY=sk-proj-abc123"],
    ["ANTHROPIC_API_KEY=sk-ant-api03-xyz"],
    ["GITHUB_TOKEN=ghp_abc123"],
    ['stripe_secret_key: "sk_live_1234"'],
    ["SLACK_BOT_TOKEN=xoxb-123"],
    ['"api_key": "AKIA1234"'],
    ["HF_TOKEN=hf_abcdef"],
  ])("leaves %s", (text) => {
    expect(secretsIn(text)).toEqual([]);
  });

  it("still finds the vendors' full tokens under the same names", () => {
    expect(secretsIn(`OPENAI_API_KEY=sk-proj-${chars(AN, 74)}T3BlbkFJ${chars(AN, 74)}`)).not.toEqual([]);
    expect(secretsIn(`GITHUB_TOKEN=ghp_${chars(AN, 36)}`)).toContain("github_token");
    expect(secretsIn(`stripe_secret_key: "sk_live_${chars(AN, 24)}"`)).not.toEqual([]);
    expect(
      secretsIn(
        `SLACK_BOT_TOKEN=xoxb-${chars("0123456789", 12)}-${chars("0123456789", 13)}-${chars(AN, 24)}`,
      ),
    ).not.toEqual([]);
  });

  it("still finds a password or secret that starts with the same letters but runs longer or holds symbols", () => {
    expect(secretsIn(`OPENAI_API_KEY=sk-${chars(AN, 14)}`)).not.toEqual([]);
    expect(secretsIn(`password=AKIA${chars(AN, 6)}!x`)).toContain("secret_assignment");
    expect(secretsIn(`DB_PASSWORD=hf_${chars(AN, 9)}#2`)).toContain("secret_assignment");
  });
});

describe("a command-line option inside inline code", () => {
  it.each([
    ["Pass the password with `tool login --password $PASSWORD`."],
    ["Run `deploy --token $DEPLOY_TOKEN` to publish."],
    ["`mysql --password=example`"],
  ])("leaves the reference or stand-in before the closing backtick in %s", (text) => {
    expect(secretsIn(text)).toEqual([]);
  });

  it("still finds a real value before the closing backtick, and a value with backticks inside", () => {
    expect(secretsIn(`Run \`deploy --token ${chars(AN, 20)}\` to publish.`)).toContain("secret_assignment");
    expect(secretsIn(`\`mysql --password=${chars(AN, 11)}\``)).toContain("secret_assignment");
    expect(secretsIn("--password=Qz8`kLm3`xR9v")).toContain("secret_assignment");
  });
});

describe("a Kubernetes Secret manifest's data", () => {
  const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");
  const secret = chars(AN, 16);

  it("finds every value under data (base64) and stringData (plain), whatever its key is called", () => {
    const manifest = [
      "apiVersion: v1",
      "kind: Secret",
      "metadata:",
      "  name: app",
      "type: Opaque",
      "data:",
      `  extra: ${b64(secret)}`,
      `  tls.key: "${b64(`key material ${secret}`)}"`,
      "stringData:",
      `  DATABASE_URL: postgres://app:${secret}@db:5432/app`,
      `  signing: ${secret}`,
    ].join("\n");
    const spans = scanner.spans(manifest).filter((s) => s.type === "kubernetes_secret");
    expect(spans.length).toBeGreaterThanOrEqual(4);
  });

  it("reads the whole document, kind after data too, and not the next document", () => {
    const text = `data:\n  extra: ${b64(secret)}\nkind: Secret\n---\nkind: ConfigMap\ndata:\n  color: ${b64(secret)}\n`;
    const spans = scanner.spans(text).filter((s) => s.type === "kubernetes_secret");
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0]!.start, spans[0]!.end)).toBe(b64(secret));
  });

  it.each([
    // Another kind's data is configuration.
    [`kind: ConfigMap\ndata:\n  color: ${b64("blue-green-red")}\n  setting: enabled-feature-x\n`],
    // A Secret's stand-ins, references, a user name and plain settings.
    ["kind: Secret\ndata:\n  password: <base64-encoded-password>\n  token: ${TOKEN}\n  key: changeme\n"],
    [
      `kind: Secret\ndata:\n  username: ${b64("admin")}\nstringData:\n  mode: production\n  region: us-east-1\n`,
    ],
    // Prose that names the kind.
    ["The manifest's kind: Secret tells the API server what it holds.\ndata:\n  name: value-of-a-thing"],
    ["kind: SecretProviderClass\ndata:\n  objects: " + b64(secret)],
  ])("leaves %s", (text) => {
    expect(scanner.spans(text).filter((s) => s.type === "kubernetes_secret")).toEqual([]);
  });
});

describe("a Kubernetes Secret as JSON (kubectl get secret -o json)", () => {
  const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");
  const secret = chars(AN, 16);
  const item = (kind: string, name: string) => ({
    apiVersion: "v1",
    data: { extra: b64(`${name}-${secret}`), username: b64("admin") },
    kind,
    metadata: { name, ownerReferences: [{ kind: "Deployment", name: "web" }] },
  });
  const found = (text: string) =>
    scanner
      .spans(text)
      .filter((s) => s.type === "kubernetes_secret")
      .map((s) => text.slice(s.start, s.end));

  it("finds a Secret's data, data before kind as kubectl sorts it, and stringData after it", () => {
    expect(found(JSON.stringify(item("Secret", "a"), null, 2))).toEqual([b64(`a-${secret}`)]);
    const handWritten = JSON.stringify({
      kind: "Secret",
      metadata: { name: "x" },
      stringData: { DSN: `pg://u:${secret}@db` },
    });
    expect(found(handWritten)).toEqual([`pg://u:${secret}@db`]);
  });

  it("in a List, finds the Secrets' data and leaves the ConfigMap's between them", () => {
    const list = JSON.stringify(
      {
        apiVersion: "v1",
        items: [item("Secret", "a"), item("ConfigMap", "b"), item("Secret", "c")],
        kind: "List",
      },
      null,
      2,
    );
    expect(found(list)).toEqual([b64(`a-${secret}`), b64(`c-${secret}`)]);
  });

  it.each([
    [JSON.stringify(item("ConfigMap", "b"))],
    // The words inside a string value are text, not a manifest.
    [JSON.stringify({ note: `"kind": "Secret", "data": {"a": "${b64(secret)}"}` })],
  ])("leaves %s", (text) => {
    expect(found(text)).toEqual([]);
  });
});
