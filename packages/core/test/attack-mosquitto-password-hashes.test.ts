// Attack (round 45, found from outside; a miss): Mosquitto's `mosquitto_passwd` writes each MQTT user as
// `name:$7$<iterations>$<salt>$<hash>` (PBKDF2-SHA512, base64; `$6$` in 1.x). An agent that reads a broker's
// `/etc/mosquitto/passwd`, its Helm values or a backup is handed hashes that crack offline for weak IoT passwords.
// The scanner redacts the `$6$` (sha512-crypt) line as a password hash, but the `$7$` form every Mosquitto 2.x
// writes passes whole. A correct guard reads Mosquitto's `$7$iterations$salt$hash` as the password hash it is.
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
const HASH7 =
  "$7$101$kXo0+6Yl1m2yq7dZ$hQ1vM8yS3nA9cK2jT5wB7eR0uL4fX6gP1zD8sV3qN9mY2oH5iC7bE0tW4aJ6kF8rU1lG3xZ5pS9dQ7vM2nB4yA==";
const HASH6 =
  "$6$q8Zk3LmW9vR2tP7x$S5R7OQXoh6drdz1ohE9rQghdEQD3tl581iQhZBrFwrtlbLRu2LK1cQ8j6yo72NLxt3kul7zmG/fQuVX1OOGzS/";

describe("a Mosquitto password file", () => {
  it("the control: a 1.x ($6$) line is redacted", () => {
    expect(shown(`sensor01:${HASH6}\n`)).not.toContain(HASH6.slice(20));
  });

  it("a 2.x ($7$) line is redacted", () => {
    const file = `sensor01:${HASH7}\ngateway:${HASH7.replace("kXo0", "Pq7Z")}\n`;
    const out = shown(file);
    expect(out).not.toContain(HASH7.slice(25));
  });
});

describe("a Mosquitto 1.x line in standard base64", () => {
  it("is redacted", () => {
    const hash =
      "$6$Qm9+c2FsdDEyMzQ1Ng==$k3J+8bq2ZcL0pQ9wX4vT1mR6nY5sA7dF3gH2jK8lM0zN4xC6vB9qW1eE5rT7yU3iO8pP2aS4dG6fH0jK2lL4zX==";
    expect(shown(`gateway:${hash}\n`)).not.toContain(hash.slice(30));
  });

  it("a passwd file's other fields are shown as written", () => {
    const text = "# mosquitto passwd file, one line per user: name:$7$iterations$salt$hash\nsensor01:\n";
    expect(shown(text)).toBe(text);
  });
});
