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
    const kept = credentialsToWithhold([
      "postgres",
      "changeme",
      "123456",
      "Zk8pQ2",
      "correct horse battery staple",
      "abc1",
    ]);
    expect(kept).toContain("correct horse battery staple");
    // The long value's encodings come too (withheld wherever they stand); the short one's are too short.
    expect(kept).toContain("correct%20horse%20battery%20staple");
    expect(kept).toContain(Buffer.from("correct horse battery staple").toString("hex"));
    expect(kept.filter((v) => v.length < 14)).toEqual(["Zk8pQ2"]);
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

describe("withholdCredentials", () => {
  it("copies only what held one, and names its path", () => {
    const result = {
      content: [
        { type: "text", text: "key Zk8pQ2" },
        { type: "text", text: "ok" },
      ],
    };
    const found: string[] = [];
    const out = withholdCredentials(result, "result", ["Zk8pQ2"], found) as typeof result;
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
