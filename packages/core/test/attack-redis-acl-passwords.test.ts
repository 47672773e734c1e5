// Attack (round 43, found from outside): Redis 6+ gives users their passwords in its ACL rules: `>password`
// adds a password in clear and `#<sha256 hex>` its unsalted SHA-256, in an ACL file (`aclfile
// /etc/redis/users.acl`), in `ACL SETUSER` commands (redis-cli, a Redis MCP server's command tool) and in
// `ACL LIST`'s answer. The scan reads neither: the rules have no name before the value, only a `>` or `#`
// among other rules (`on`, `~keys`, `+@read`). So a call that creates a user carries its password to the
// server unrefused, and a result listing the users carries their hashes (SHA-256 of a password, unsalted:
// crackable at GPU speed) to the client. README: secrets are blocked towards a server and redacted towards
// the client. A correct guard reads a `>` or `#` rule of an ACL user line (`user <name> … >pw …`,
// `ACL SETUSER <name> … >pw`) as a password and a password hash.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** A Redis server's result, every type set to redact: what reaches the client. */
const shown = (text: string) => {
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", () => true);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};
/** What a call carries towards the server: the types found in its arguments. */
const sentTypes = (command: string) =>
  scanner.scan({ name: "redis_command", arguments: { command } }, "params").findings.map((f) => f.type);

const PASSWORD = "Wq8#rT2vLm9pXz";
const HASH = createHash("sha256").update("app-Xk29fQm7").digest("hex");

/** /etc/redis/users.acl */
const ACL_FILE = `user default off
user app on >${PASSWORD} ~app:* &* +@read +@write -@dangerous
user metrics on #${HASH} ~* +info +ping
`;

/** `ACL LIST` through redis-cli. */
const ACL_LIST = `127.0.0.1:6379> ACL LIST
1) "user default off resetchannels -@all"
2) "user metrics on #${HASH} ~* resetchannels +info +ping"
`;

describe("Redis ACL rules' passwords", () => {
  it("an ACL file's >password rule is redacted", () => {
    expect(shown(ACL_FILE)).not.toContain(PASSWORD);
  });

  it("ACL LIST's #sha256 rule is redacted", () => {
    expect(shown(ACL_LIST)).not.toContain(HASH);
  });

  it("ACL SETUSER with a >password rule is refused towards the server", () => {
    expect(sentTypes(`ACL SETUSER app on >${PASSWORD} ~cached:* +get`).length).toBeGreaterThan(0);
  });
});

describe("Redis ACL look-alikes", () => {
  it("a user with no password, a redirect after a user's name and prose pass unredacted", () => {
    for (const text of [
      "user default on nopass ~* &* +@all",
      "user deploy > /var/log/deploy-2024-11-03.txt",
      "The user admin >= 3 sessions were closed",
      'echo "user $NAME" >> users.txt',
    ])
      expect(shown(text)).toBe(text);
  });
});
