// Attacker round 11's shapes: a token cut in chunks in a text, split over an object's keys, or spelled as
// nested lists of character codes; a secret under a secret's name; a password in a short-named XML element
// or a pgpass line. Each with ordinary texts of the same look that must stay unread.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const everything = () => true;
const TOKEN = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const AWS = "AKIA2OGYBAH6STMMNXNL";
const types = (value: unknown) => [...new Set(scanner.scan(value, "v").findings.map((f) => f.type))];
const redacted = (text: string) => scanner.scan({ note: text }, "v", everything).value as { note: string };
const chunks = (token: string, sizes: number[]) => {
  const out: string[] = [];
  let at = 0;
  for (const n of sizes) {
    out.push(token.slice(at, at + n));
    at += n;
  }
  if (at < token.length) out.push(token.slice(at));
  return out;
};

describe("a token cut in chunks", () => {
  const github = chunks(TOKEN, [12, 12, 12]);
  const aws = chunks(AWS, [4, 4, 4, 4]);
  it.each([
    ["spaces", github.join(" ")],
    ["commas", github.join(",")],
    ["commas and spaces", github.join(", ")],
    ["line breaks", github.join("\n")],
    ["Windows line breaks", github.join("\r\n")],
    ["dashes", github.join("-")],
    ["spaced dashes", github.join(" - ")],
    ["uneven chunks", chunks(TOKEN, [5, 1, 9, 3, 14]).join(" ")],
    ["in a sentence", `my token is ${github.join(" ")} thanks`],
    ["dots", github.join(".")],
    ["slashes", github.join("/")],
    ["a table's cells", `| ${github.join(" | ")} |`],
    ["quoted words", `"${github.join('" "')}"`],
    ["a list, one a line", `- ${github.join("\n- ")}`],
    ["blank lines", github.join("\n\n")],
  ])("is read whole after its prefix: %s", (_what, text) => {
    const out = redacted(text).note;
    expect(out).toContain("[REDACTED:github_token]");
    for (const piece of github.slice(1)) expect(out).not.toContain(piece);
  });

  it.each([
    ["spaces", aws.join(" ")],
    ["dashes", aws.join("-")],
    ["line breaks", aws.join("\n")],
  ])("an AWS key id is read whole: %s", (_what, text) => {
    expect(types({ note: text })).toEqual(["aws_access_key_id"]);
  });

  it.each([
    ["prose about a prefix", "ghp_ tokens are GitHub's classic personal access tokens, see the docs"],
    ["a placeholder key id cut in chunks", "AKIA IOSF ODNN 7EXA MPLE"],
    ["a prefix followed by a word", "glpat-hellOWorld380 testin"],
    ["UUIDs", "ids 3f2b6c1e-8d4a-4f7b-9c2e-1a5d6e7f8a9b, 0c8e4d2a-1b3f-4a6c-8e9d-2f4b6a8c0e1d"],
    [
      "hashes in a log",
      "commit 9fceb02d0ae598e95dc970b74767f19372d61af8 tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904",
    ],
    ["base64", "data: R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7 end"],
    ["a short key, then prose", "Record shows sk_test_abc123def456. Reach out at the front desk."],
    ["a blank key, then a comment", "sk_test_BBBBBBBBBBBBBBBBBBBBBBB\n\n# Wrong prefix / mid-word boundary"],
    ["a dashed run of a format that writes dashes", `glagent-${"Xglagent-".repeat(40)}X`],
    ["an uppercase sentence after a prefix", "AKIA KEYS ARE ROTATED EVERY NINETY DAYS BY THE PLATFORM TEAM"],
  ])("ordinary text stays unread: %s", (_what, text) => {
    expect(types({ note: text })).toEqual([]);
  });
});

describe("a token split over an object's keys", () => {
  it("is found, and each key holding a share is renamed with its value kept", () => {
    const value = Object.fromEntries(chunks(TOKEN, [12, 12, 12]).map((k, i) => [k, i + 1]));
    const out = scanner.scan({ map: value }, "v", everything);
    expect(out.findings).toEqual([{ type: "github_token", path: "v.map(keys)" }]);
    const keys = Object.keys((out.value as { map: object }).map).join(" ");
    expect(keys).not.toContain("L5vN3xT7yB1c");
    expect(Object.values((out.value as { map: object }).map)).toEqual([1, 2, 3, 4]);
  });

  it("names each key holding a share by its type in the paths of what is found beneath it, redacting or not", () => {
    const [head, tail] = chunks(TOKEN, [20, 20]) as [string, string];
    const value = { [head]: { to: "zq.roe@acme-mail.com" }, [tail]: { to: "zq.doe@acme-mail.com" } };
    for (const redact of [everything, undefined]) {
      const paths = scanner.scan({ map: value }, "v", redact).findings.map((f) => `${f.type} at ${f.path}`);
      expect(paths).toEqual([
        "email at v.map.[REDACTED:github_token].to",
        "email at v.map.[REDACTED:github_token].to",
        "github_token at v.map(keys)",
      ]);
    }
  });

  it.each([
    ["ordinary keys", { name: 1, email: 2, phone: 3, createdAt: 4, updatedAt: 5, id: 6 }],
    ["hex ids as keys", { "9fceb02d0ae5": 1, "98e95dc970b7": 2, "4767f19372d6": 3 }],
    ["words in capitals", { AKIA_NOTES: 1, KEYS_ROTATED: 2, MONTHLY: 3 }],
  ])("%s hold nothing", (_what, value) => {
    expect(types(value)).toEqual([]);
  });
});

describe("character codes in nested lists", () => {
  const codes = [...TOKEN].map((c) => c.charCodeAt(0));
  it.each([
    ["pairs", chunks(TOKEN, Array(20).fill(2)).map((p) => [...p].map((c) => c.charCodeAt(0)))],
    ["two levels", [codes.slice(0, 20), [codes.slice(20, 30), codes.slice(30)]]],
  ])("spell the token: %s", (_what, list) => {
    const out = scanner.scan({ v: list }, "p", everything);
    expect(out.findings.map((f) => f.type)).toContain("github_token");
    expect(JSON.stringify(out.value)).not.toContain(String(codes[20]) + "," + String(codes[21]));
  });

  it.each([
    [
      "a matrix of small numbers",
      [
        [1, 2, 3],
        [4, 5, 6],
        [7, 8, 9],
        [10, 11, 12],
      ],
    ],
    [
      "dates",
      [
        [2024, 11, 22],
        [2025, 1, 3],
      ],
    ],
    [
      "coordinates",
      [
        [48.85, 2.35],
        [51.5, -0.12],
      ],
    ],
  ])("ordinary nested numbers are no text: %s", (_what, list) => {
    expect(types({ v: list })).toEqual([]);
  });
});

describe("a secret under a secret's name", () => {
  it.each([
    [{ secret: "Tr0ub4dor&3" }],
    [{ client_secret: "Tr0ub4dor&3" }],
    [{ apiSecret: "hunter2hunter" }],
    [{ sharedSecretValue: "Tr0ub4dor&3" }],
  ])("is found: %j", (value) => {
    expect(types(value)).toEqual(["secret_assignment"]);
  });

  it.each([
    [{ secret: "true" }],
    [{ secret: "none" }],
    [{ secret: "my-app-secret" }],
    [{ secret: "Do not share this with anyone." }],
    [{ secret: "${DB_SECRET}" }],
    [{ secret_name: "Tr0ub4dor&3" }],
    [{ has_secret: "Tr0ub4dor&3" }],
  ])("a value that is none, or a name about a secret, is not: %j", (value) => {
    expect(types(value)).toEqual([]);
  });
});

describe("passwords in short-named XML elements and pgpass lines", () => {
  it.each([
    ["<pw>Tr0ub4dor&3</pw>", "<pw>[REDACTED:secret_assignment]</pw>"],
    [
      "<config><pwd>Tr0ub4dor&3</pwd><user>bob</user></config>",
      "<config><pwd>[REDACTED:secret_assignment]</pwd><user>bob</user></config>",
    ],
    [
      '<dbPasswd id="1">\n  Tr0ub4dor&3\n</dbPasswd>',
      '<dbPasswd id="1">\n  [REDACTED:secret_assignment]\n</dbPasswd>',
    ],
    [
      "<client_secret>Tr0ub4dor&3</client_secret>",
      "<client_secret>[REDACTED:secret_assignment]</client_secret>",
    ],
    ["db.example.com:5432:db:user:Tr0ub4dor&3", "db.example.com:5432:db:user:[REDACTED:secret_assignment]"],
    ["localhost:*:*:postgres:Tr0ub4dor&3", "localhost:*:*:postgres:[REDACTED:secret_assignment]"],
    ["<pw><![CDATA[Tr0ub4dor&3]]></pw>", "<pw><![CDATA[[REDACTED:secret_assignment]]]></pw>"],
    ['<entry name="pw">Tr0ub4dor&3</entry>', '<entry name="pw">[REDACTED:secret_assignment]</entry>'],
    ["\\:\\:1:5432:db:user:Tr0ub4dor&3", "\\:\\:1:5432:db:user:[REDACTED:secret_assignment]"],
    [
      "# ~/.pgpass\n*:5432:app:app_user:S3cr3t\\:Pa55!\n",
      "# ~/.pgpass\n*:5432:app:app_user:[REDACTED:secret_assignment]\n",
    ],
  ])("%j is redacted", (text, out) => {
    expect(redacted(text).note).toBe(out);
  });

  it.each([
    "<pw>true</pw>",
    "<password_policy>Must be 12 characters</password_policy>",
    "<pw>Enter your password</pw>",
    "<secretName>Tr0ub4dor&3</secretName>",
    '<entry name="title">Tr0ub4dor&3</entry>',
    "<pw><![CDATA[]]></pw>",
    "Meeting at 10:30:00:room:5",
    "2024-01-01 12:00:00:123:foo:bar",
    "+HWI-ST565_0092:4:1101:5508:5860#ACTTGA/1",
    "fe80::1:2:3:4",
    "host:5432:db:user:changeme",
  ])("%j is not", (text) => {
    expect(types({ note: text })).toEqual([]);
  });
});
