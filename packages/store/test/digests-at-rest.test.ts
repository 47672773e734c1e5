// Digests an earlier version kept plain (the SHA-256 of a definition or of a held call) are keyed in place
// once, and today's repositories write and find them keyed: a guess at what a redacted value hid cannot be
// confirmed from the database.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pinOf, plainDigest } from "@mcp-guard/core";
import { KEYED_DIGEST, keyOlderDigests, openDatabase, PinRepository, SpendRepository } from "../src/index.js";

const keyed = (plain: string) => `${KEYED_DIGEST}k(${plain})`;
const fresh = () => openDatabase(join(mkdtempSync(join(tmpdir(), "mcpg-digests-")), "mcp-guard.db"));

describe("digests at rest", () => {
  it("keys the plain digests of pins, changes, listings and held calls, once", () => {
    const db = fresh();
    const plain = new PinRepository(db);
    const pin = pinOf({ name: "call", description: "Calls +1 415-555-2671." }, plainDigest);
    plain.pin("s", "tool", "call", pin);
    plain.recordChange("s", "tool", "call", { ...pin, hash: "changed" }, []);
    plain.recordListed("s", {
      kind: "tool",
      name: "call",
      hash: pin.hash,
      poisonScore: 0,
      signals: [],
      hidden: null,
    });
    new SpendRepository(db).create({
      id: "a1",
      created_at: 1,
      expires_at: 2,
      server: "s",
      identity: "os:alice",
      tool: "call",
      amount: null,
      currency: null,
      fingerprint: "fp",
      arguments: "{}",
      why: "",
      status: "pending",
      decided_at: null,
      decided_by: null,
      reason: null,
    });

    expect(keyOlderDigests(db, keyed)).toBe(4);
    expect(keyOlderDigests(db, keyed)).toBe(0);
    const pins = new PinRepository(db, undefined, undefined, keyed);
    expect(pins.get("s", "tool", "call")?.hash).toBe(keyed(pin.hash));
    // What the daemon presents next time is digested the same way, so the pin still matches.
    expect(
      pinOf({ description: "Calls +1 415-555-2671.", name: "call" }, (json) => pins.digest(json)).hash,
    ).toBe(keyed(pin.hash));
    expect(pins.listed("s", "tool", "call")?.hash).toBe(keyed(pin.hash));
    expect(pins.listed("s", "tool", "call")?.pinnedHash).toBe(keyed(pin.hash));
    expect(new SpendRepository(db, undefined, keyed).latest("fp")?.id).toBe("a1");
    const stored = db.prepare("SELECT fingerprint FROM approvals").pluck().get();
    expect(stored).toBe(keyed("fp"));
  });
});
