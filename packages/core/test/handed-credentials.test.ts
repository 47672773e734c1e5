// The credentials the guard handed a server, withheld from what the server sends the client
// (interceptors/handed-credentials.ts): where they stand alone, and only those too particular to be words.
import { describe, expect, it } from "vitest";
import { policyChain } from "../src/interceptors/index.js";
import { plainDigest, type PinStore } from "../src/integrity/pins.js";
import { classify, type Message, type RequestMessage } from "../src/jsonrpc.js";
import { runPipeline, type MessageContext } from "../src/pipeline.js";
import { effectivePolicy } from "../src/policy/policy.js";
import { RateLimiter, type BucketState } from "../src/policy/rate-limiter.js";
import {
  credentialsToWithhold,
  HANDED_CREDENTIAL_MARK,
  withholdCredentials,
  withoutCredentials,
} from "../src/interceptors/handed-credentials.js";

describe("credentialsToWithhold", () => {
  it("keeps particular values, longest first, and leaves plain words and short numbers", () => {
    const spellings = credentialsToWithhold([
      "postgres",
      "changeme",
      "123456",
      "Zk8pQ2",
      "correct horse battery staple",
      "abc1",
    ]);
    const kept = spellings.map((spelling) => spelling.text);
    expect(kept).toContain("correct horse battery staple");
    // The long value's encodings come too (withheld wherever they stand).
    expect(kept).toContain("correct%20horse%20battery%20staple");
    expect(kept).toContain(Buffer.from("correct horse battery staple").toString("hex"));
    // The short value goes only standing alone; its hex and base64 go inside a longer run too (round 52).
    expect(spellings.filter((s) => !s.anywhere).map((s) => s.text)).toEqual(["Zk8pQ2"]);
    expect(kept).toContain(Buffer.from("Zk8pQ2").toString("base64"));
    expect(spellings.filter((s) => s.text.length < 7)).toEqual([{ text: "Zk8pQ2", anywhere: false }]);
    expect(kept).not.toContain("postgres");
    expect(kept).not.toContain("123456");
    expect(kept).not.toContain("abc1");
    expect([...kept].sort((a, b) => b.length - a.length)).toEqual(kept);
  });
});

describe("withoutCredentials", () => {
  const values = credentialsToWithhold(["7d1f0c2a9e4b", "Zk8pQ2"]);
  it("withholds a value standing alone, however often", () => {
    expect(withoutCredentials('{"CRM_KEY": "7d1f0c2a9e4b"} key=7d1f0c2a9e4b', values)).toBe(
      `{"CRM_KEY": "${HANDED_CREDENTIAL_MARK}"} key=${HANDED_CREDENTIAL_MARK}`,
    );
  });
  it("withholds a value as JSON text escapes it (a tool's environment dumped as JSON)", () => {
    const password = 'Tr0ub"le\\dor';
    const dump = JSON.stringify({ DB_PASSWORD: password });
    expect(withoutCredentials(dump, credentialsToWithhold([password]))).toBe(
      `{"DB_PASSWORD":"${HANDED_CREDENTIAL_MARK}"}`,
    );
  });
  it("leaves a value inside a longer word or number", () => {
    const text = "commit a7d1f0c2a9e4b0 and Zk8pQ2x";
    expect(withoutCredentials(text, values)).toBe(text);
  });
});

// Round 52 (fix52left, merged with atk52a's): a short value's spellings, which matched nothing before.
describe("a short handed credential respelled", () => {
  it("withholds it percent-encoded as a URL or a form carries it, either case of escape", () => {
    const password = "p@ss'd~1";
    const spellings = credentialsToWithhold([password]);
    const component = encodeURIComponent(password);
    expect(withoutCredentials(`/export?token=${component}&fmt=csv`, spellings)).toBe(
      `/export?token=${HANDED_CREDENTIAL_MARK}&fmt=csv`,
    );
    // A form escapes ' and ~ too; some tools write escapes in lower case.
    const form = new URLSearchParams([["p", password]]).toString().slice(2);
    expect(form).not.toBe(component);
    expect(withoutCredentials(`password=${form}&next=1`, spellings)).toBe(
      `password=${HANDED_CREDENTIAL_MARK}&next=1`,
    );
    const lower = component.replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase());
    expect(withoutCredentials(`?t=${lower}`, spellings)).toBe(`?t=${HANDED_CREDENTIAL_MARK}`);
  });
  it("withholds it in base64, alone or inside a longer run (a Basic header), at each place of its bytes", () => {
    const password = "Zk8pQ2";
    const spellings = credentialsToWithhold([password]);
    const alone = Buffer.from(password).toString("base64");
    expect(withoutCredentials(`key: ${alone}`, spellings)).toBe(`key: ${HANDED_CREDENTIAL_MARK}`);
    // A user name of each length mod 3 puts the password at each place in a group of three bytes.
    for (const user of ["svc", "svc-", "svc-u", "a-service-user"]) {
      const header = `Authorization: Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
      const shown = withoutCredentials(header, spellings);
      expect(shown, user).toContain(HANDED_CREDENTIAL_MARK);
      // What is left of the run decodes to no part of the password longer than its first or last character.
      const left = shown.slice("Authorization: Basic ".length).split(HANDED_CREDENTIAL_MARK).join("");
      expect(Buffer.from(left, "base64").toString("latin1"), user).not.toMatch(/k8|8p|pQ|Q2/);
    }
  });
  it("withholds it in hex inside a dump of the line it stands in", () => {
    const spellings = credentialsToWithhold(["Zk8pQ2"]);
    const dump = Buffer.from("CRM_PIN=Zk8pQ2\n").toString("hex");
    expect(withoutCredentials(dump, spellings)).toContain(HANDED_CREDENTIAL_MARK);
  });
  it("negative: ordinary text, other base64 and a commit log keep every character", () => {
    const spellings = credentialsToWithhold(["Zk8pQ2", "hunter2", "abc123", "p@ss'd~1"]);
    const text = [
      "The quarterly report lists 123456 orders; hunter2x and abc1234 are other accounts.",
      `attachment: ${Buffer.from("a different password, Xq7mR4 and hunter9\n").toString("base64")}`,
      "commit 6162633132ab 5a6b3870513a Merge branch 'main'",
      "https://example.com/search?q=p%40ss%27d%7E2&page=2",
    ].join("\n");
    expect(withoutCredentials(text, spellings)).toBe(text);
  });
});

describe("withholdCredentials", () => {
  it("copies only what held one, and names its path", () => {
    const result = {
      content: [
        { type: "text", text: "key Zk8pQ2" },
        { type: "text", text: "ok" },
      ],
    };
    const found: string[] = [];
    const out = withholdCredentials(
      result,
      "result",
      credentialsToWithhold(["Zk8pQ2"]),
      found,
    ) as typeof result;
    expect(found).toEqual(["result.content[0].text"]);
    expect(out.content[0]?.text).toBe(`key ${HANDED_CREDENTIAL_MARK}`);
    expect(out.content[1]).toBe(result.content[1]);
    expect(result.content[0]?.text).toBe("key Zk8pQ2");
  });
});

describe("the chain the daemon builds with detection off (pii.enabled: false)", () => {
  const states = new Map<string, BucketState>();
  const pins: PinStore = {
    digest: plainDigest,
    kindPinned: () => false,
    markKindPinned: () => {},
    get: () => undefined,
    pin: () => {},
    recordChange: () => true,
    dropUnlisted: () => 0,
    keptName: (name: string) => name,
    recordListed: () => true,
    listed: () => undefined,
    listedAll: () => [],
    listedElsewhere: () => new Map(),
  };
  // policyChain is what the daemon's chain() builds, given detectionFromConfig's undefined for pii off.
  const chain = policyChain({
    limiter: new RateLimiter({ load: (k) => states.get(k), save: (k, s) => void states.set(k, s) }, () => 0),
    now: () => 0,
    pins,
    detection: undefined,
  });
  const answer = (text: string): MessageContext => ({
    direction: "to_client",
    sessionId: "s",
    server: "srv",
    identity: { method: "os", user: "alice", uid: 1000, roles: ["default"] },
    auth: { ok: true },
    policy: effectivePolicy(
      {
        permissions: { denied_tools: [], denied_resources: [], denied_prompts: [] },
        rate_limit: { tool_limits: {}, method_limits: {} },
        sampling: { enabled: false },
        elicitation: { enabled: false },
      },
      ["default"],
      {},
    ),
    state: new Map(),
    message: classify({ jsonrpc: "2.0", id: 1, result: { content: [{ type: "text", text }] } }) as Message,
    request: classify({
      jsonrpc: "2.0",
      id: 1,
      method: "tools/call",
      params: { name: "get-env", arguments: {} },
    }) as RequestMessage,
    handedCredentials: credentialsToWithhold(["7d1f0c2a9e4b"]),
  });

  it("still withholds a handed credential from what the server sends the client", async () => {
    const result = await runPipeline(chain, answer("CRM_KEY=7d1f0c2a9e4b"), {
      timeoutMs: 1000,
      now: () => 0,
    });
    const sent = JSON.stringify(result.message.raw);
    expect(sent).not.toContain("7d1f0c2a9e4b");
    expect(sent).toContain(`CRM_KEY=${HANDED_CREDENTIAL_MARK}`);
    expect(result.trace.find((t) => t.interceptor === "content_scan")?.findings).toEqual([
      "server_credential at result.content[0].text",
    ]);
  });
});

describe("a long handed credential respelled (round 52)", () => {
  const token = "k7Qw-93xZ-pL02-vT55";
  const passphrase = "plum@harbour 7+kite";
  const values = credentialsToWithhold([token, passphrase, "Zk8pQ2"]);
  const withheld = (text: string, secret: string) => !withoutCredentials(text, values).includes(secret);

  it("withholds it glued to the word a command printed next", () => {
    expect(withoutCredentials(`${token}done`, values)).toBe(`${HANDED_CREDENTIAL_MARK}done`);
  });
  it("withholds it percent-encoded in a URL or a form", () => {
    for (const spelled of [
      encodeURIComponent(passphrase),
      encodeURIComponent(passphrase).replace(/%20/g, "+"),
    ])
      expect(withheld(`GET /search?q=${spelled}&limit=5`, spelled), spelled).toBe(true);
  });
  it("withholds it in hex and in base64 wherever the encoding starts", () => {
    for (const before of ["", "A", "AB", "CRM_TOKEN="]) {
      const bytes = Buffer.from(`${before}${token}\n`);
      for (const encoded of [
        bytes.toString("hex"),
        bytes.toString("hex").toUpperCase(),
        bytes.toString("base64"),
        bytes.toString("base64url"),
      ])
        expect(Buffer.from(withoutCredentials(encoded, values)).toString(), `${before} ${encoded}`).toContain(
          HANDED_CREDENTIAL_MARK,
        );
    }
  });
  it("leaves other base64 and hex, and a short value inside a longer word", () => {
    const other = Buffer.from("m2Rt-41aB-qQ88-zW07 is another key\n").toString("base64");
    expect(withoutCredentials(other, values)).toBe(other);
    expect(withoutCredentials("commit a7d1f0Zk8pQ2x0", values)).toBe("commit a7d1f0Zk8pQ2x0");
  });
});
