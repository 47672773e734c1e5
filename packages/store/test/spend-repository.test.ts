import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Approval, ServerLaunch } from "@mcp-guard/core";
import { openDatabase, SpendRepository } from "../src/index.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function repository(atRest?: (args: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), "mcpg-spend-"));
  dirs.push(dir);
  const db = openDatabase(join(dir, "a.db"));
  return { db, spend: new SpendRepository(db, atRest) };
}

const entry = (server: string, launch: ServerLaunch | undefined, amount: number, ts = 1000) => ({
  ts,
  server,
  launch,
  identity: "os:me",
  session_id: `session-${server}`,
  tool: "pay",
  amount,
  currency: "USD",
});

describe("the spend ledger by API key", () => {
  it("counts what a key spent under its old name once it is renamed (same key digest)", () => {
    const { db, spend } = repository();
    try {
      spend.record({ ...entry("payments", undefined, 7), identity: "api_key:agent", identity_key: "K1" });
      const renamed = { label: "api_key:agent-renamed", keyDigest: "K1" };
      expect(spend.spent("payments", renamed, 0)).toEqual({ total: 7, oldest: 1000 });
      // Hard negatives: another key under another name; a row written before the key was recorded counts
      // under its name only.
      expect(spend.spent("payments", { label: "api_key:other", keyDigest: "K2" }, 0).total).toBe(0);
      spend.record({ ...entry("payments", undefined, 3), identity: "api_key:old" });
      expect(spend.spent("payments", { label: "api_key:new", keyDigest: "K3" }, 0).total).toBe(0);
      expect(spend.spent("payments", { label: "api_key:old", keyDigest: "K3" }, 0).total).toBe(3);
    } finally {
      db.close();
    }
  });
});

describe("the spend ledger by launch", () => {
  it("counts what a server spent under its old name once it is renamed (same launch)", () => {
    const { db, spend } = repository();
    try {
      spend.record(entry("payments", { launch: "L1", program: "P1" }, 7));
      expect(spend.spent("payments-renamed", { label: "os:me" }, 0, undefined, { launch: "L1" })).toEqual({
        total: 7,
        oldest: 1000,
      });
      // Renamed in an edit that also set a variable: another launch, the same program.
      expect(
        spend.spent("payments-2", { label: "os:me" }, 0, undefined, { launch: "L2", program: "P1" }).total,
      ).toBe(7);
      // The name still counts when the launch changed (an argument added to the same entry).
      expect(spend.spent("payments", { label: "os:me" }, 0, undefined, { launch: "L3" }).total).toBe(7);
    } finally {
      db.close();
    }
  });

  it("counts what a server spent under the names it had before, with or without a launch of its own", () => {
    const { db, spend } = repository();
    try {
      // Counted by name alone (a twin shared its launch), then renamed with a twin added in the same edit.
      spend.record(entry("payments", undefined, 7));
      expect(
        spend.spent("renamed", { label: "os:me" }, 0, undefined, { formerNames: ["payments"] }).total,
      ).toBe(7);
      expect(
        spend.spent("renamed", { label: "os:me" }, 0, undefined, { launch: "L1", formerNames: ["payments"] })
          .total,
      ).toBe(7);
      // Hard negatives: a former name that spent nothing, and one outside the window.
      expect(spend.spent("renamed", { label: "os:me" }, 0, undefined, { formerNames: ["shop"] }).total).toBe(
        0,
      );
      expect(
        spend.spent("renamed", { label: "os:me" }, 2000, undefined, { formerNames: ["payments"] }).total,
      ).toBe(0);
    } finally {
      db.close();
    }
  });

  it("negative: another server, launched otherwise under another name, starts at zero", () => {
    const { db, spend } = repository();
    try {
      spend.record(entry("payments", { launch: "L1", program: "P1" }, 7));
      spend.record(entry("payments", { launch: "L1", program: "P1" }, 2, 10));
      // A second account's entry of the same program: its program is not counted (two entries run it).
      spend.record(entry("account-b", { launch: "L5" }, 3));
      expect(spend.spent("shop", { label: "os:me" }, 0, undefined, { launch: "L9", program: "P9" })).toEqual({
        total: 0,
        oldest: undefined,
      });
      expect(spend.spent("account-c", { label: "os:me" }, 0, undefined, { launch: "L6" }).total).toBe(0);
      // Nor does another identity's spending count, nor spending older than the window.
      expect(spend.spent("payments", { label: "os:other" }, 0, undefined, { launch: "L1" }).total).toBe(0);
      expect(spend.spent("payments", { label: "os:me" }, 500, undefined, { launch: "L1" })).toEqual({
        total: 7,
        oldest: 1000,
      });
    } finally {
      db.close();
    }
  });

  it("rows written before launches were kept count by name only", () => {
    const { db, spend } = repository();
    try {
      spend.record(entry("payments", undefined, 4));
      expect(
        spend.spent("payments", { label: "os:me" }, 0, undefined, { launch: "L1", program: "P1" }).total,
      ).toBe(4);
      expect(
        spend.spent("renamed", { label: "os:me" }, 0, undefined, { launch: "L1", program: "P1" }).total,
      ).toBe(0);
    } finally {
      db.close();
    }
  });
});

const request = (id: string, over: Partial<Approval> = {}): Approval => ({
  id,
  created_at: 1000,
  expires_at: 5000,
  server: "shop",
  identity: "os:me",
  tool: "delete_account",
  amount: null,
  currency: null,
  fingerprint: `f-${id}`,
  arguments: "{}",
  why: "delete_account always needs approval",
  status: "pending",
  decided_at: null,
  decided_by: null,
  reason: null,
  ...over,
});

// Round 45 (attack-spend-currency-reload): a reload that changes the currency leaves rows the sum cannot count.
describe("the spend ledger by currency", () => {
  it("sums the rows in the asked currency and reports the newest in another, in the window and the session", () => {
    const { db, spend } = repository();
    try {
      spend.record(entry("payments", undefined, 90, 1000));
      spend.record({ ...entry("payments", undefined, 500, 2000), currency: "jpy" });
      spend.record({ ...entry("payments", undefined, 700, 3000), currency: "JPY" });
      const me = { label: "os:me" };
      expect(spend.spent("payments", me, 0, undefined, undefined, "JPY ")).toEqual({
        total: 1200,
        oldest: 2000,
        otherCurrencyAt: 1000,
      });
      expect(spend.spent("payments", me, 0, "session-payments", undefined, "usd")).toEqual({
        total: 90,
        oldest: 1000,
        otherCurrencyAt: 3000,
      });
      // Out of the window, or taken back: nothing left that cannot be counted.
      expect(spend.spent("payments", me, 1500, undefined, undefined, "JPY").otherCurrencyAt).toBeUndefined();
      spend.cancel(1);
      expect(spend.spent("payments", me, 0, undefined, undefined, "JPY").otherCurrencyAt).toBeUndefined();
      // No currency asked: every row, as before.
      expect(spend.spent("payments", me, 0)).toEqual({ total: 1200, oldest: 2000 });
    } finally {
      db.close();
    }
  });
});

describe("the approval queue", () => {
  it("counts the requests still waiting, per identity and per server", () => {
    const { db, spend } = repository();
    try {
      spend.create(request("c1"));
      spend.create(request("c2", { server: "bank" }));
      spend.create(request("c3", { identity: "os:other" }));
      // Hard negatives: decided, and expired, requests wait no longer.
      spend.create(request("c4", { status: "denied", decided_at: 1500 }));
      spend.create(request("c5", { expires_at: 2000 }));
      expect(spend.waiting("os:me", "shop", 3000)).toEqual({ identity: 2, server: 2 });
      expect(spend.waiting("os:nobody", "mail", 3000)).toEqual({ identity: 0, server: 0 });
    } finally {
      db.close();
    }
  });

  it("retention removes requests settled before the cutoff, with their arguments, and keeps live ones", () => {
    const { db, spend } = repository();
    try {
      spend.create(request("c1", { expires_at: 2000 }));
      spend.create(request("c2", { expires_at: 2000, status: "used", decided_at: 1500 }));
      // Still open at the cutoff, or decided after it: kept.
      spend.create(request("c3", { expires_at: 9000 }));
      spend.create(request("c4", { expires_at: 2000, status: "denied", decided_at: 4000 }));
      expect(spend.deleteSettledBefore(3000)).toBe(2);
      expect(
        spend
          .list(true, 0)
          .map((a) => a.id)
          .sort(),
      ).toEqual(["c3", "c4"]);
    } finally {
      db.close();
    }
  });

  it("writes a request's arguments as its atRest gives them, and the rest of the request as it is", () => {
    const { db, spend } = repository((args) => args.replace("dana@example.org", "[REDACTED:email]"));
    try {
      spend.create(request("c1", { arguments: '{"account":"dana@example.org"}' }));
      expect(spend.get("c1")).toEqual(request("c1", { arguments: '{"account":"[REDACTED:email]"}' }));
      // The fingerprint, which binds the request to the call, is the caller's: never rewritten.
      expect(spend.latest("f-c1")?.id).toBe("c1");
    } finally {
      db.close();
    }
  });
});
