// Attack (round 36, found from outside): a finding is recorded in the audit trace as "<type> at <path>", and
// the path is made of the object keys above the value; a key is shown by its type only when that key alone
// holds a finding (scanner.ts, scanObject). A token split over two keys is found across them (README:
// "a token split over an object's keys", reported at `…(keys)`), and the call is refused, but each key that
// holds a share of it is still written as it is in the path of anything found below it. A client that puts an
// e-mail address (a finding that only warns) under each half gets both halves of the token into the audit
// row's trace, on disk in <home>/mcp-guard.db, where `logs --json` prints them. Through the real bridge and the
// recording server; the daemon is stopped before the byte search.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml, valuesOnDisk } from "../src/index.js";

const HEAD = "ghp_R8kWq2ZpL5vN3xT7";
const TAIL = "yB1cD4eF6gH8iJ0kL2mN";

const log = join(makeGuardedHome().dir, "recorder.log");
const home = makeGuardedHome(recorderServerYaml("recorder", log));
afterAll(async () => {
  await home.cleanup();
});

describe("keys holding shares of a token, in the paths of findings below them", () => {
  it("leave no share of the token in the audit", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    bridge.send({
      jsonrpc: "2.0",
      id: 1,
      method: "tools/call",
      params: {
        name: "echo",
        arguments: { [HEAD]: { to: "zq.roe@acme-mail.com" }, [TAIL]: { to: "zq.doe@acme-mail.com" } },
      },
    });
    const answer = await bridge.answerTo(1);
    // The token is found across the keys, and the call refused (control: the split is a finding).
    expect((answer.error as { data?: { types?: string[] } } | undefined)?.data?.types).toContain(
      "github_token",
    );
    expect(JSON.stringify(recorded(log))).not.toContain(TAIL);
    bridge.close();
    await bridge.exited;
    const logs = await home.cli(["logs", "--json", "-l", "50"]);
    expect(logs.code).toBe(0);
    expect({ head: logs.stdout.includes(HEAD), tail: logs.stdout.includes(TAIL) }).toEqual({
      head: false,
      tail: false,
    });
    await home.stop();
    expect(
      valuesOnDisk(home.home, [
        ["the token's first share", HEAD],
        ["the token's second share", TAIL],
      ]),
    ).toEqual([]);
  });
});
