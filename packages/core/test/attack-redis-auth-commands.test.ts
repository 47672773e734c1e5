// Attack (round 45, found from outside; a miss): Redis's own password is `requirepass <password>` in redis.conf (or
// `CONFIG SET requirepass …`), and Redis takes passwords in commands too: a Sentinel's `sentinel.conf` holds `sentinel auth-pass <master> <password>` (Sentinel rewrites the file itself,
// so it is on every Sentinel host and in every Helm chart's rendered config), `redis-cli MONITOR` prints each
// client's `"AUTH" "default" "<password>"`, and a redis-cli session transcript shows `AUTH default <password>`.
// An agent tailing MONITOR to debug a cache, or reading a Sentinel config, is handed the master's password. The
// scanner redacts `masterauth`, `sentinel sentinel-pass` and `redis-cli -a`, but none of these: a redis.conf
// with `requirepass` alone (no `masterauth` of the same value beside it) passes whole. A correct guard reads
// `requirepass`, `auth-pass <name>` and an AUTH command's last argument as the password they are.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** What the client is shown under the default actions (a type the table does not know counts as a secret). */
const shown = (text: string) => {
  const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};
const PASSWORD = "Xk9#mQ2vLp7tRw4z";

describe("a Redis password given to a command", () => {
  it("the control: masterauth is redacted", () => {
    expect(shown(`masterauth ${PASSWORD}\n`)).not.toContain(PASSWORD);
  });

  it("requirepass in redis.conf is redacted", () => {
    const conf = `bind 127.0.0.1 -::1\nport 6379\nrequirepass ${PASSWORD}\nappendonly yes\n`;
    expect(shown(conf)).not.toContain(PASSWORD);
  });

  it("CONFIG SET requirepass is redacted", () => {
    expect(shown(`127.0.0.1:6379> CONFIG SET requirepass "${PASSWORD}"\nOK\n`)).not.toContain(PASSWORD);
  });

  it("sentinel auth-pass in sentinel.conf is redacted", () => {
    const conf = [
      "port 26379",
      "sentinel monitor mymaster 10.0.0.5 6379 2",
      `sentinel auth-pass mymaster ${PASSWORD}`,
      "sentinel down-after-milliseconds mymaster 5000",
      "sentinel failover-timeout mymaster 60000",
    ].join("\n");
    expect(shown(conf)).not.toContain(PASSWORD);
  });

  it("an AUTH in redis-cli MONITOR output is redacted", () => {
    const monitor = [
      "OK",
      '1764300000.123456 [0 10.0.0.7:51234] "HELLO" "3"',
      `1764300000.123502 [0 10.0.0.7:51234] "AUTH" "default" "${PASSWORD}"`,
      '1764300000.124001 [0 10.0.0.7:51234] "GET" "session:42"',
    ].join("\n");
    expect(shown(monitor)).not.toContain(PASSWORD);
  });

  it("an AUTH typed in a redis-cli session is redacted", () => {
    expect(shown(`redis.example.com:6379> AUTH default ${PASSWORD}\nOK\n`)).not.toContain(PASSWORD);
  });
});

describe("Redis text with no password in it", () => {
  it.each([
    "# requirepass <password>\n# masterauth <master-password>\n",
    "requirepass ${REDIS_PASSWORD}\n",
    "sentinel auth-pass mymaster <password>\n",
    "127.0.0.1:6379> AUTH default\n(error) ERR wrong number of arguments for 'auth' command\n",
    "Basic auth headers are sent; the server's auth service handles sessions.",
  ])("%s is shown as written", (text) => {
    expect(shown(text)).toBe(text);
  });
});
