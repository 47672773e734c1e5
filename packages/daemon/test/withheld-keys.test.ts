// Keys a refused reload found written as is in a config others can read are refused at both doors until a
// reload succeeds (attack-config-made-readable.test.ts shows the attack as root, through the real daemon).
import { createHash } from "node:crypto";
import { authSchema, httpFrontSchema } from "@mcp-guard/config";
import { ApiKeys } from "@mcp-guard/core";
import { describe, expect, it } from "vitest";
import { Authenticator } from "../src/authenticate.js";
import { HttpCredentials } from "../src/http/http-credentials.js";
import { TokenStore } from "../src/oauth-tokens.js";
import { WithheldKeys } from "../src/withheld-keys.js";

const CI = "withheld-ci-key-0123456789";
const READER = "withheld-reader-key-0123456789";
const sha = (key: string) => createHash("sha256").update(key).digest("hex");
const auth = authSchema.parse({
  mode: "api_key",
  api_keys: {
    [CI]: { name: "ci", roles: ["default"] },
    [`sha256:${sha(READER)}`]: { name: "reader", roles: ["default"] },
  },
});
const served = new ApiKeys(auth.api_keys);
const withheldCi = WithheldKeys.none.adding(served, [sha(CI), sha("a key not served")], "/c/mcp-guard.yaml");

describe("WithheldKeys", () => {
  it("holds the served keys among those exposed, and says which by name only", () => {
    expect(withheldCi.has(sha(CI))).toBe(true);
    expect(withheldCi.has(sha(READER))).toBe(false);
    expect(withheldCi.size).toBe(1);
    expect(withheldCi.summary()).toMatch(/API key\(s\) of ci are refused: \/c\/mcp-guard\.yaml .*chmod 600/);
    expect(`${withheldCi.summary()} ${withheldCi.refusal()}`).not.toContain(CI);
  });

  it("adds what a later refused reload exposes, and stays the same object when nothing is new", () => {
    expect(withheldCi.adding(served, [sha(CI)], "/c/mcp-guard.yaml")).toBe(withheldCi);
    const both = withheldCi.adding(served, [sha(READER)], "/c/mcp-guard.yaml");
    expect([both.has(sha(CI)), both.has(sha(READER)), both.size]).toEqual([true, true, 2]);
    expect(both.summary()).toContain("ci, reader");
  });

  it("negative: none withholds nothing and says nothing", () => {
    expect(WithheldKeys.none.summary()).toBeNull();
    expect(WithheldKeys.none.adding(served, [], "/c/mcp-guard.yaml")).toBe(WithheldKeys.none);
  });
});

describe("a withheld key", () => {
  it("is refused at the bridge's handshake, saying why; another key still opens a session", async () => {
    const authenticator = new Authenticator(
      auth,
      new TokenStore("/nonexistent"),
      () => "daemon-key",
      withheldCi,
    );
    expect(await authenticator.authenticate(1000, { api_key: CI })).toMatchObject({
      identity: { user: "anonymous" },
      auth: { ok: false, reason: "auth_invalid", detail: expect.stringContaining("chmod 600") },
    });
    expect(await authenticator.authenticate(1000, { api_key: READER })).toMatchObject({
      identity: { user: "reader" },
      auth: { ok: true },
    });
  });

  it("is refused at the HTTP front door, audited as withheld; another key is accepted", async () => {
    const credentials = new HttpCredentials(
      auth,
      httpFrontSchema.parse({ port: 0 }),
      () => "daemon-key",
      withheldCi,
    );
    expect(await credentials.authenticate({ "x-api-key": CI }, {})).toEqual({
      ok: false,
      error: "unauthorized",
      description: withheldCi.refusal(),
      audit: "api_key_withheld",
    });
    expect(await credentials.authenticate({ "x-api-key": READER }, {})).toMatchObject({ ok: true });
  });

  it("negative: without withheld keys the same key opens a session", async () => {
    const authenticator = new Authenticator(auth, new TokenStore("/nonexistent"), () => "daemon-key");
    expect(await authenticator.authenticate(1000, { api_key: CI })).toMatchObject({ auth: { ok: true } });
  });
});
