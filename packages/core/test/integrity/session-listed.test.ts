// A use is judged by what its own session's server listed as well as by what the server last listed in any
// session (round 33: another process listing the pinned definition cleared a change this one presented, and
// a session whose server did not list had its calls judged by another process's listing).
import { describe, expect, it } from "vitest";
import type { ListedDefinition, ListedState, Pin, PinStore } from "../../src/integrity/pins.js";
import { SessionListed } from "../../src/integrity/session-listed.js";
import { checkUse } from "../../src/integrity/uses.js";
import { DEFAULT_INTEGRITY } from "../../src/policy/policy.js";

const echo = (hash: string): ListedDefinition => ({
  kind: "tool",
  name: "echo",
  hash,
  poisonScore: 0,
  signals: [],
  hidden: null,
});

/** A server whose echo is pinned as "h1", and whose latest listing anywhere presented `latest`. */
function server(latest?: string): PinStore {
  const pin: Pin = { hash: "h1", definition: "{}" };
  const listed = (hash: string): ListedState => ({ ...echo(hash), pinnedHash: pin.hash });
  return {
    get: (_s, _k, name) => (name === "echo" ? pin : undefined),
    keptName: (name) => name,
    listed: (_s, _k, name) => (name === "echo" && latest ? listed(latest) : undefined),
    listedAll: () => (latest ? [listed(latest)] : []),
  } as Partial<PinStore> as PinStore;
}

const reason = (pins: PinStore, session: SessionListed) =>
  (checkUse(pins, session, "s", DEFAULT_INTEGRITY, "tools/call", { name: "echo" }) as { reason?: string })
    .reason;

function sessionListing(...hashes: string[]): SessionListed {
  const session = new SessionListed();
  for (const hash of hashes) session.record(echo(hash));
  return session;
}

describe("a use judged by this session's listing", () => {
  it("passes the pinned definition listed here and last listed anywhere", () => {
    expect(reason(server("h1"), sessionListing("h1"))).toBeUndefined();
  });

  it("refuses a change this session's server presents, though another process listed the pin since", () => {
    expect(reason(server("h1"), sessionListing("h2"))).toBe("tool_changed");
    // The latest listing in this session wins over an earlier one.
    expect(reason(server("h1"), sessionListing("h1", "h2"))).toBe("tool_changed");
  });

  it("refuses a change another process of the server presented last", () => {
    expect(reason(server("h2"), sessionListing("h1"))).toBe("tool_changed");
  });

  it("knows no name this session's server did not list, whatever was listed elsewhere", () => {
    expect(reason(server("h1"), new SessionListed())).toBe("unknown_name");
    const dropped = sessionListing("h1");
    dropped.dropUnlisted("tool", new Set(["other"]));
    expect(reason(server("h1"), dropped)).toBe("unknown_name");
  });
});
