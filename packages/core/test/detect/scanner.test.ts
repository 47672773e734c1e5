import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS } from "../../src/detect/actions.js";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";
import { contentScan } from "../../src/interceptors/content-scan.js";
import { classify, type Message, type RequestMessage } from "../../src/jsonrpc.js";
import type { MessageContext } from "../../src/pipeline.js";
import { effectivePolicy } from "../../src/policy/policy.js";
import { samples } from "./samples.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const everything = () => true;

describe("Scanner", () => {
  it("scans every string and key at any depth and size, and names paths, not values", () => {
    const token = samples.github_classic();
    const value = {
      content: [{ type: "text", text: `${"x".repeat(200_000)} ${token}` }],
      structuredContent: { people: { "jane@example.com": { card: 4111111111111111 } } },
      nested: JSON.stringify({ note: "reach me at (415) 555-2671" }),
    };
    const { findings } = scanner.scan(value, "result");
    expect(findings).toEqual([
      { type: "github_token", path: "result.content[0].text" },
      { type: "email", path: "result.structuredContent.people.[REDACTED:email](key)" },
      { type: "credit_card", path: "result.structuredContent.people.[REDACTED:email].card" },
      { type: "phone", path: "result.nested" }, // found in the text itself; the decoded JSON adds nothing new
    ]);
    expect(JSON.stringify(findings)).not.toContain("jane@example.com");
  });

  it("reads a string or a number scanned alone (an id, a method) as it reads one inside an object", () => {
    const token = samples.github_classic();
    const alone = [`id ${token}`, "jane@example.com", 4111111111111111, "req-17", 17, 12.5];
    for (const value of alone) {
      const inside = scanner.scan({ v: value }, "id", everything);
      const single = scanner.scan(value, "id", everything);
      expect(single.findings).toEqual(inside.findings.map((f) => ({ ...f, path: "id" })));
      expect(single.value).toEqual((inside.value as { v: unknown }).v);
    }
    expect(scanner.scan(4111111111111111, "id", everything)).toEqual({
      findings: [{ type: "credit_card", path: "id" }],
      value: "[REDACTED:credit_card]",
    });
    // An ordinary id has nothing to find, and stays as it is.
    expect(scanner.scan("req-17", "id", everything)).toEqual({ findings: [], value: "req-17" });
  });

  it("finds values hidden by JSON escapes inside a JSON string", () => {
    const key = samples.aws_access_key_id();
    const escaped = JSON.stringify({ k: key }).replace("AKIA", "\\u0041KIA");
    // The escape is decoded in the string itself, so the finding is the string's and the redaction replaces
    // the escaped spelling where it is written (the JSON stays valid).
    const { findings, value } = scanner.scan({ text: escaped }, "params", () => true);
    expect(findings).toEqual([{ type: "aws_access_key_id", path: "params.text" }]);
    expect(JSON.parse((value as { text: string }).text)).toEqual({ k: "[REDACTED:aws_access_key_id]" });
  });

  it("redacts into a copy of the same shape, leaving the original untouched", () => {
    const original = {
      a: ["mail bob@example.org now", 42],
      b: { "alice@example.org": 4111111111111111 },
      c: true,
    };
    const { value } = scanner.scan(original, "params", everything);
    expect(value).toEqual({
      a: ["mail [REDACTED:email] now", 42],
      b: { "[REDACTED:email]": "[REDACTED:credit_card]" },
      c: true,
    });
    expect(original.a[0]).toBe("mail bob@example.org now");
  });

  it("flags high-entropy values under secret-looking keys", () => {
    const value = {
      config: {
        client_secret: "q8Zr2mVt9LxW4pNc7HsYk3Bd",
        color: "q8Zr2mVt9LxW4pNc7HsYk3Bd",
        token: "short",
      },
    };
    expect(scanner.scan(value, "result").findings).toEqual([
      { type: "high_entropy_secret", path: "result.config.client_secret" },
    ]);
  });

  it("leaves a value under a key about a secret (its name, id, ARN, path, version), not holding one", () => {
    // The arguments of a secrets manager's tools: blocking them stopped the lookup, and leaked nothing.
    const value = {
      secret_name: "prod-db-credentials",
      secretName: "prod/db/credentials",
      SecretId: "prod/payments/stripe-live",
      secret_arn: "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod-db-AbCdEf",
      private_key_path: "/etc/ssl/private/q8Zr2mVt9LxW4pNc.pem",
      tokenType: "urn:ietf:params:oauth:token-type:jwt",
      // Run together as the key rules read it in text (`"secretname": "…"` there is no assignment).
      secretname: "q8Zr2mVt9LxW4pNc7HsYk3Bd",
      // A page's cursor and a coin's public address, let go by the key rules in text as well.
      nextPageToken: "CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA3cTJkdGsSAhgB",
      // Other APIs' names for the same cursor (AWS Cognito, X's API v2, Azure Resource Graph, OAI-PMH).
      PaginationToken:
        "eyJFbmNyeXB0ZWRUb2tlbiI6IkFZQUJlTXhGMlhKVk9ySG9KSmtQSEV6K0NqOEFIUUFCQUJWaGQzTXRZM0o1Y0hSdkxYQjFZbXhwWTE5clpYa0FSRUV5YkZaT1JuQlhaR2Q0WVd4cmJHVklWWFJrVlVaU1RrVm9VMVJ0ZUdGbFZYTTlJbjA9In0=",
      pagination_token: "7140dibdnow9c7btw3w29grvxfcgvpb9n9coehpk7xz5i",
      skipToken: "ew0KICAiJGlkIjogIjEiLA0KICAiTWF4Um93cyI6IDEwMDAsDQog",
      resumptionToken: "q8Zr2mVt9LxW4pNc7HsYk3Bd",
      tokenAddress: "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48",
      inputToken: "0xdAC17F958D2ee523a2206206994597C13D831ec7",
    };
    expect(scanner.scan(value, "params").findings).toEqual([]);
  });

  it("still flags the secret's value under such names, and a session's id", () => {
    const value = {
      secret_value: "q8Zr2mVt9LxW4pNc7HsYk3Bd",
      aws_secret_access_key: "q8Zr2mVt9LxW4pNc7HsYk3Bd",
      sessionId: "q8Zr2mVt9LxW4pNc7HsYk3Bd",
      session_id: "q8Zr2mVt9LxW4pNc7HsYk3Bd",
      // Keys named for what they guard, found by the key rules in text as well.
      accountKey: "q8Zr2mVt9LxW4pNc7HsYk3Bd",
      key1: "3f9a1c2e7b8d4a6f9c0d1e2f3a4b5c6d",
    };
    // A credential under a cursor's name is still found by its own shape.
    expect(
      scanner.scan({ pagination_token: "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU" }, "params").findings,
    ).not.toEqual([]);
    const paths = scanner
      .scan(value, "params")
      .findings.filter((f) => f.type === "high_entropy_secret")
      .map((f) => f.path);
    expect(paths).toEqual([
      "params.secret_value",
      "params.aws_secret_access_key",
      "params.sessionId",
      "params.session_id",
      "params.accountKey",
      "params.key1",
    ]);
  });
});

describe("texts that repeat within a message and across messages", () => {
  // Short texts' spans are remembered: each place a text stands, in any message, still gets its finding.
  const rows = [
    { ssn: "123-45-6789", "jane@example.org": "owner", status: "active" },
    { ssn: "123-45-6789", "jane@example.org": "owner", status: "active" },
    { ssn: "123-45-6789", "jane@example.org": "owner", status: "active" },
  ];

  it("has every repeated value and key found at its own path and redacted in every row", () => {
    const { findings, value } = scanner.scan(rows, "r", everything);
    expect(findings).toEqual(
      [0, 1, 2].flatMap((i) => [
        { type: "ssn", path: `r[${i}].ssn` },
        { type: "email", path: `r[${i}].[REDACTED:email](key)` },
      ]),
    );
    const redacted = { ssn: "[REDACTED:ssn]", "[REDACTED:email]": "owner", status: "active" };
    expect(value).toEqual([redacted, redacted, redacted]);
  });

  it("finds them again after more short texts than the scanner keeps, in later messages too", () => {
    const own = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
    const many = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`key ${i}`, `value ${i}`]));
    for (const message of [rows, many, rows, { note: "SSN 123-45-6789" }, { note: "SSN 123-45-6789" }])
      expect(own.scan(message, "m").findings.length).toBe(message === many ? 0 : message === rows ? 6 : 1);
  });
});

describe("scanning a document stays linear in its findings", () => {
  // Values under secret-looking keys beside thousands of other findings: once each of them searched every
  // finding so far, and each finding of the JSON inside a string every span of the text (2 MB: 8 s, 4 MB: 30 s).
  // Judged by how the time grows with four times the input (linear: about four times; that quadratic scan,
  // past ten), not by a wall-clock bound, which a loaded machine breaks (27 s against 20 s beside the suite).
  const document = (bytes: number) => {
    const items: Record<string, string>[] = [];
    for (let i = 0; items.length * 40 < bytes; i++)
      items.push(i % 2 ? { mail: `a${i}@example.org` } : { token: `Zq${(i * 7919).toString(36)}x9K-${i}pL` });
    return JSON.stringify({ escaped: "\\u0041", items });
  };
  const timed = (text: string) => {
    const started = performance.now();
    const { findings } = scanner.scan(text, "result");
    return { ms: performance.now() - started, findings };
  };

  it("two megabytes of JSON in a string, e-mails and tokens under secret-looking keys", () => {
    const small = document(512 * 1024);
    const quarter = Math.min(timed(small).ms, timed(small).ms);
    const { ms, findings } = timed(document(2 * 1024 * 1024));
    expect(ms / quarter).toBeLessThan(8);
    expect(findings.filter((f) => f.type === "high_entropy_secret").length).toBeGreaterThan(20_000);
  }, 120_000);
});

describe("content_scan", () => {
  const actions = (type: string, direction: "request" | "response") =>
    DEFAULT_ACTIONS[type]?.[direction] ?? "redact";
  const scan = contentScan({ scanner, actionFor: actions });
  const ctx = (
    raw: Record<string, unknown>,
    direction: "to_server" | "to_client",
    request?: Record<string, unknown>,
  ): MessageContext => ({
    direction,
    sessionId: "s",
    server: "srv",
    identity: { method: "os", user: "u", uid: 1, roles: [] },
    auth: { ok: true },
    state: new Map(),
    policy: effectivePolicy(
      {
        permissions: { denied_tools: [], denied_resources: [], denied_prompts: [] },
        rate_limit: { tool_limits: {}, method_limits: {} },
        sampling: { enabled: false },
        elicitation: { enabled: false },
      },
      [],
      {},
    ),
    message: classify({ jsonrpc: "2.0", ...raw }) as Message,
    request: request ? (classify({ jsonrpc: "2.0", ...request }) as RequestMessage) : undefined,
  });

  it("blocks a card number on its way to the server, naming the type only", () => {
    const verdict = scan.inspect(
      ctx(
        { id: 1, method: "tools/call", params: { name: "pay", arguments: { card: "4111 1111 1111 1111" } } },
        "to_server",
      ),
    );
    expect(verdict).toEqual({
      action: "block",
      reason: "sensitive_data",
      data: {
        types: ["credit_card"],
        direction: "request",
        allow: ["pii.actions.credit_card.request: warn"],
        detail:
          "credit_card towards the server; to let it through, set pii.actions.credit_card.request: warn in the config",
      },
      findings: ["credit_card at params.arguments.card"],
    });
  });

  it("redacts a secret in a result, keeping the message valid", () => {
    const secret = samples.aws_secret_access_key();
    const verdict = scan.inspect(
      ctx(
        {
          id: 2,
          result: { content: [{ type: "text", text: `AWS_SECRET_ACCESS_KEY=${secret}\nREGION=eu-west-1` }] },
        },
        "to_client",
        {
          id: 2,
          method: "tools/call",
          params: { name: "read_file" },
        },
      ),
    );
    expect(verdict).toMatchObject({
      action: "modify",
      message: {
        id: 2,
        result: {
          content: [
            {
              type: "text",
              text: "AWS_SECRET_ACCESS_KEY=[REDACTED:aws_secret_access_key]\nREGION=eu-west-1",
            },
          ],
        },
      },
      findings: ["aws_secret_access_key at result.content[0].text"],
    });
  });

  it("warns (passes, recorded) where the action is warn", () => {
    const verdict = scan.inspect(
      ctx({ id: 3, result: { content: [{ type: "text", text: "from bob@example.org" }] } }, "to_client", {
        id: 3,
        method: "tools/call",
      }),
    );
    expect(verdict).toEqual({ action: "pass", findings: ["email at result.content[0].text"] });
  });

  it("scans errors, notifications and the server's sampling requests too", () => {
    const token = samples.stripe();
    expect(
      scan.inspect(
        ctx({ id: 4, error: { code: 1, message: `bad key ${token}` } }, "to_client", {
          id: 4,
          method: "tools/call",
        }),
      ),
    ).toMatchObject({ action: "modify" });
    expect(
      scan.inspect(
        ctx({ method: "notifications/message", params: { level: "info", data: token } }, "to_client"),
      ),
    ).toMatchObject({ action: "modify" });
    expect(
      scan.inspect(
        ctx(
          {
            id: 5,
            method: "sampling/createMessage",
            params: { messages: [{ role: "user", content: { type: "text", text: `SSN 123-45-6789` } }] },
          },
          "to_client",
        ),
      ),
    ).toMatchObject({ action: "modify", findings: ["ssn at params.messages[0].content.text"] });
  });
});

// Round 17: a bare number under a field that names it is read with the field's name (scanner.ts namedNumber).
describe("numbers under a field that names them", () => {
  const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
  const typesOf = (value: object) => scanner.scan(value, "params").findings.map((f) => f.type);
  it.each([
    [{ ssn: "078051120" }, "ssn"],
    [{ social_security_number: 219099999 }, "ssn"],
    [{ SSN: "078-05-1120" }, "ssn"],
    [{ phoneNumber: "4155552671" }, "phone"],
    [{ home_tel_no: "4155552671" }, "phone"],
    [{ mobile: "+4915112345678" }, "phone"],
    // An SSN's name among other words of the key (round 18).
    [{ ssn_plain: "078051120" }, "ssn"],
    [{ ssnValue: 219099999 }, "ssn"],
    [{ customer_ssn_raw: "078051120" }, "ssn"],
  ])("%j", (value, type) => expect(typesOf(value)).toContain(type));
  it.each([
    { phone_id: 1234567890 },
    { cellCount: 12345678 },
    { phone_updated_at: 1700000000123 },
    { hotel: 4155552671 },
    { ssn: "000000000" },
    { order_id: 123456789 },
    { ssn_id: 219099999 },
    { ssn_count: 219099999 },
    { ssnVerifiedAt: 1700000000 },
    { ssn_plain: "4155552671" },
  ])("not %j", (value) => expect(typesOf(value)).toEqual([]));

  // Round 39: the name reaches a list's items and a wrapper's value below it, and a padded value is trimmed.
  const redacted = (value: object) => JSON.stringify(scanner.scan(value, "params", () => true).value);
  it.each([
    [{ ssn: ["078051120"] }],
    [{ customer: { name: "Jo", ssns: ["078051120", "219099999"] } }],
    [{ ssn: { value: "078051120", verified: true } }],
    [{ ssn: { "0": "078051120", "1": "219099999" } }],
    [{ phoneNumbers: [{ value: "4155552671", type: "work" }] }],
    [{ ssn: "078051120 " }],
  ])("%j one level down or padded", (value) => {
    expect(typesOf(value).length).toBeGreaterThan(0);
    expect(redacted(value)).not.toMatch(/078051120|219099999|4155552671/);
  });
  it.each([
    { ids: [219099999, 4155552671] },
    { id: { value: "078051120" } },
    { ssn_count: [219099999] },
    { phone: { id: 4155552671, updated_at: 1700000000 } },
    { cells: [4155552671] },
    { ssn: [[["078051120"]]] },
  ])("not %j", (value) => expect(typesOf(value)).toEqual([]));
});
