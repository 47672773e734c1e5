// Attack (round 26): a credential file named with the long s "ſ" (U+017F). The guard ignored case by
// lower-casing, which leaves "ſ" as it is; a case-insensitive APFS volume compares names case-folded, and
// Unicode's case folding takes "ſ" to "s" (NTFS upper-cases it to "S"). So on a Mac `~/.aws/credentialſ`
// opens ~/.aws/credentials and `~/.ſſh/…` is ~/.ssh. 3 of 3 credential files reached the server as a tool's
// `path`, and 4 of 4 paths (a denied_resources folder too) as a resources/read.
// Now paths and URIs are compared case-folded (case-fold.ts: ſ as s, K as k, ß and ẞ as ss, ﬁ as fi) in the
// sensitive-file rules, denied_resources and withheld resources: all are refused, as in capitals.
import { afterAll, describe, expect, it } from "vitest";
import {
  bridgeRequest,
  namedEchoOutcomes,
  recorded,
  recorderWithDefinitions,
  sameFor,
} from "../src/index.js";

const CAPITALS = {
  "AWS credentials in capitals": "/Users/dana/.AWS/CREDENTIALS",
  "SSH folder in capitals": "/Users/dana/.SSH/authorized_keys",
  "Kubernetes config with a Kelvin sign": "/Users/dana/.\u212aube/config",
  "denied folder in capitals": "/Users/dana/SECRETS/plan.txt",
};
const LONG_S = {
  "AWS credentials, long s": "/Users/dana/.aws/credential\u017f",
  "SSH folder, long s": "/Users/dana/.\u017f\u017fh/authorized_keys",
  "git credentials, long s": "/Users/dana/.git-credential\u017f",
  "denied folder, long s": "/Users/dana/\u017fecrets/plan.txt",
};
const refused = (outcome: unknown) => (outcome === "forwarded" ? "forwarded" : "refused");

const { home, log } = recorderWithDefinitions(
  "recorder",
  { tools: [{ name: "echo", description: "Returns its arguments.", inputSchema: { type: "object" } }] },
  ["    policy:", "      permissions:", '        denied_resources: ["file:///Users/dana/secrets/**"]'].join(
    "\n",
  ),
);
afterAll(() => home.cleanup());

const seen = (path: string) =>
  recorded(log).some((m) => JSON.stringify(m).includes(JSON.stringify(path).slice(1, -1)));

describe("a credential file or a denied folder named with the long s", () => {
  it("as a tool's path argument: refused as the name in capitals is, never reaching the server", async () => {
    // denied_resources judges resource URIs only; a tool's arguments are judged by the sensitive-file rules.
    const sensitive = (names: Record<string, string>) =>
      Object.fromEntries(Object.entries(names).filter(([k]) => !k.startsWith("denied folder")));
    const [capitals, longS] = [sensitive(CAPITALS), sensitive(LONG_S)];
    const args = Object.fromEntries(
      Object.entries({ ...capitals, ...longS }).map(([k, path]) => [k, { path }]),
    );
    const { outcomes } = await namedEchoOutcomes(home, log, args);
    const reached = Object.entries(longS)
      .filter(([, path]) => seen(path))
      .map(([k]) => k);
    expect({
      outcomes: Object.fromEntries(Object.entries(outcomes).map(([k, v]) => [k, refused(v)])),
      reached,
    }).toEqual({
      outcomes: {
        ...sameFor(capitals, "refused"),
        ...sameFor(longS, "refused"),
      },
      reached: [],
    });
  });

  it("as a resource read: refused as the name in capitals is, never reaching the server", async () => {
    const outcomes: Record<string, unknown> = {};
    for (const [what, path] of Object.entries({ ...CAPITALS, ...LONG_S })) {
      const answer = await bridgeRequest(home, "recorder", "resources/read", {
        uri: `file://${encodeURI(path)}`,
      });
      outcomes[what] = answer.error === undefined ? "forwarded" : "refused";
    }
    const reads = recorded(log).filter(
      (m) =>
        typeof m === "object" &&
        m.method === "resources/read" &&
        String(JSON.stringify(m)).includes("/Users/dana"),
    ).length;
    expect({ outcomes, reads }).toEqual({
      outcomes: { ...sameFor(CAPITALS, "refused"), ...sameFor(LONG_S, "refused") },
      reads: 0,
    });
  });
});
