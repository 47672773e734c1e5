// An HTTP client that refreshes its OAuth token keeps its session: the session takes the newer token's
// expiry, and nothing else about whom it speaks for can change that way.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Identity } from "@mcp-guard/core";
import { DurableBatchRepository, openDatabase, type Db } from "@mcp-guard/store";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AuditJournal } from "../src/audit-journal.js";
import { AuditWriter } from "../src/audit-writer.js";
import type { Session } from "../src/session.js";
import { memorySession, silent } from "./memory-session.js";

const EXP = Date.now() + 60_000;
const dana: Identity = {
  method: "oauth",
  user: "dana",
  uid: -1,
  roles: ["reader", "writer"],
  expiresAt: EXP,
};

let dir: string;
let db: Db;
let session: Session;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "mcpg-renew-"));
  db = openDatabase(join(dir, "a.db"));
  const audit = new AuditWriter(new DurableBatchRepository(db), new AuditJournal(join(dir, "j")), silent);
  ({ session } = memorySession(audit, { identity: dana }));
});

afterEach(async () => {
  await session.close("test over", "client_closed", false);
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("renewing a session's credential", () => {
  it("takes a later expiry of the same identity, roles in any order", () => {
    expect(session.renewCredential({ ...dana, roles: ["writer", "reader"], expiresAt: EXP + 1000 })).toBe(
      true,
    );
    expect(session.identity).toEqual({ ...dana, expiresAt: EXP + 1000 });
  });

  it("never shortens the session with an older token", () => {
    expect(session.renewCredential({ ...dana, expiresAt: EXP - 1000 })).toBe(false);
    expect(session.identity.expiresAt).toBe(EXP);
  });

  it.each([
    ["another subject", { user: "erin" }],
    ["another way of proving it", { method: "api_key" as const }],
    ["other roles", { roles: ["reader", "admin"] }],
    ["fewer roles", { roles: ["reader"] }],
    ["no expiry at all", { expiresAt: undefined }],
  ])("refuses %s", (_, change) => {
    expect(
      session.renewCredential({
        ...dana,
        ...change,
        expiresAt: EXP + 1000,
        ...("expiresAt" in change ? change : {}),
      }),
    ).toBe(false);
    expect(session.identity).toEqual(dana);
  });
});
