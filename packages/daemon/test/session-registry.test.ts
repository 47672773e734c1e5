// After a config edit a bridge session's credentials are checked again: it stays only when they still give
// the identity and roles it was opened with. A check that fails is a no, never a pass.
import type { Identity } from "@mcp-guard/core";
import { describe, expect, it } from "vitest";
import type { Authenticated } from "../src/authenticate.js";
import { stillAuthenticates } from "../src/session-registry.js";

const opened: Identity = { method: "api_key", user: "ci", uid: 1000, roles: ["writer", "reader"] };
const presented = { uid: 1000, credentials: { api_key: "k" } };
const answering = (result: Authenticated) => ({ authenticate: () => Promise.resolve(result) });

describe("credentials checked again after an edit", () => {
  it("hold when they give the same identity and roles, in any order", async () => {
    const same = answering({ identity: { ...opened, roles: ["reader", "writer"] }, auth: { ok: true } });
    expect(await stillAuthenticates(same, presented, opened)).toBe(true);
  });

  it.each([
    ["a role taken away", { identity: { ...opened, roles: ["reader"] }, auth: { ok: true } }],
    ["another user", { identity: { ...opened, user: "other" }, auth: { ok: true } }],
    [
      "a key no longer accepted",
      { identity: opened, auth: { ok: false, reason: "auth_invalid", detail: "unknown key" } },
    ],
  ] as [string, Authenticated][])("do not hold after %s", async (_, result) => {
    expect(await stillAuthenticates(answering(result), presented, opened)).toBe(false);
  });

  it("do not hold when the check itself fails", async () => {
    const failing = { authenticate: () => Promise.reject(new Error("issuer unreachable")) };
    expect(await stillAuthenticates(failing, presented, opened)).toBe(false);
  });
});
