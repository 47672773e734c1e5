// Attack (round 40, found from outside): the guard keeps no raw personal data at rest: a held call's arguments
// and a pinned definition are stored redacted, and every value it must still match is kept as a digest keyed
// with the daemon key (README, audit log and approvals). Two digests beside them are plain SHA-256, keyed with
// nothing: `approvals.fingerprint` (server, its launch digest, identity, tool, the raw arguments, the price:
// every other part is in mcp-guard.db) and `pins.hash` (the definition as the server listed it, whose redacted
// copy sits in the same row). A phone number, an SSN or a card has few enough values that anyone who can read
// the database (a backup, a copied home, a support bundle) recovers it by hashing guesses: 10,000 guesses
// here, in well under a second. A correct guard keys these digests too (or keeps nothing a guess can confirm).
// Through the real bridge (an SDK client and the recording server); the database is read after `stop`.
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { failure, RawBridge } from "../src/index.js";
import { heldCallHome, recorderWithDefinitions, toolDefinition } from "../src/recorder-session.js";

const PHONE = "+1 415-555-2671";
/** What an attacker who knows the area code and exchange (or reads them elsewhere) tries. */
const GUESSES = Array.from({ length: 10_000 }, (_, i) => `+1 415-555-${String(i).padStart(4, "0")}`);

type Row = Record<string, unknown>;

/** Every row of `table`, read with the store's own driver. */
function rowsOf(home: string, table: string): Row[] {
  const store = fileURLToPath(new URL("../../store/package.json", import.meta.url));
  const Database = createRequire(store)("better-sqlite3") as new (
    path: string,
    options: object,
  ) => { prepare(sql: string): { all(): Row[] }; close(): void };
  const db = new Database(join(home, "mcp-guard.db"), { readonly: true });
  try {
    return db.prepare(`SELECT * FROM ${table}`).all();
  } finally {
    db.close();
  }
}

/** JSON with object keys sorted at every level (how a definition or an argument list is written for a digest). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null)
    return `{${Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("digests kept at rest", () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it("do not let a guess confirm the arguments of a call held for a person", async () => {
    const { home, client } = await heldCallHome(false, "attack40-guessable-fingerprint");
    cleanups.push(() => home.cleanup());
    const error = await failure(client.callTool({ name: "delete_account", arguments: { callback: PHONE } }));
    expect(error?.data?.reason).toBe("approval_pending");
    await client.close();
    await home.stop();

    const [approval] = rowsOf(home.home, "approvals");
    // The control: the arguments themselves are kept redacted, as the README promises.
    expect(String(approval?.arguments)).not.toContain(PHONE);
    const launches = rowsOf(home.home, "server_launches").filter((r) => r.server === approval?.server);
    const servers = [
      String(approval?.server),
      ...launches.map((r) => `${String(r.server)}\u0000${String(r.launch)}`),
    ];
    const prices = [0, Number(approval?.amount ?? 0)].flatMap((cost) =>
      [String(approval?.currency ?? "USD"), "USD", "EUR"].map((currency) => canonical([cost, currency])),
    );
    const recovered = GUESSES.filter((guess) =>
      servers.some((server) =>
        prices.some(
          (price) =>
            sha256(
              `${server}\u0000${String(approval?.identity)}\u0000${String(approval?.tool)}\u0000${canonical({ callback: guess })}\u0000${price}`,
            ) === approval?.fingerprint,
        ),
      ),
    );
    expect(recovered, "the phone number recovered from approvals.fingerprint by hashing guesses").toEqual([]);
  });

  it("do not let a guess confirm what a pinned definition's redacted text hides", async () => {
    const description = `Escalates to the on-call engineer (${PHONE}).`;
    const definitionWith = (phone: string) => toolDefinition("escalate", description.replace(PHONE, phone));
    const { home } = recorderWithDefinitions("recorder", {
      tools: [toolDefinition("echo", "Returns its arguments."), definitionWith(PHONE)],
    });
    cleanups.push(() => home.cleanup());
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    bridge.send({ jsonrpc: "2.0", id: 2, method: "tools/list" });
    // The client is shown the definition (a phone passes with a warning by default).
    expect(JSON.stringify(await bridge.answerTo(2))).toContain(PHONE);
    bridge.close();
    await bridge.exited;
    await home.stop();

    const pin = rowsOf(home.home, "pins").find((r) => r.name === "escalate");
    // The control: the pinned definition is kept redacted.
    expect(pin).toBeDefined();
    expect(String(pin?.definition)).not.toContain(PHONE);
    const recovered = GUESSES.filter((guess) => sha256(canonical(definitionWith(guess))) === pin?.hash);
    expect(recovered, "the phone number recovered from pins.hash by hashing guesses").toEqual([]);
  });
});
