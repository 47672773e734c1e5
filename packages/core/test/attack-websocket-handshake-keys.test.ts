// Attack (round 44, found from outside; a false refusal): the `Sec-WebSocket-Key` of a WebSocket opening
// handshake is redacted as a secret. RFC 6455 (4.1) makes it 16 random bytes in base64, a nonce the server
// hashes into `Sec-WebSocket-Accept` to prove it speaks WebSocket; it authenticates nothing and is sent in
// clear to anyone. It stands in every `curl -v` of a WebSocket endpoint, every browser HAR, every proxy log
// and in fastify's and ws' own tests (node_modules). The scanner reads the header's name (`…Key`) and the
// random value and redacts it, and refuses a request that carries such a trace to a server. A correct guard
// knows this header by name as a public nonce, as it knows a public key is not a private one.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const shown = (text: string) => {
  const redacted = (type: string) => DEFAULT_ACTIONS[type]?.response === "redact";
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

/** `curl -v --http1.1 -H 'Upgrade: websocket' …` as it prints the request it sent. */
const CURL_VERBOSE = `> GET /socket HTTP/1.1
> Host: localhost:8080
> User-Agent: curl/8.4.0
> Connection: Upgrade
> Upgrade: websocket
> Sec-WebSocket-Version: 13
> Sec-WebSocket-Key: x3JJHMbDL1EzLkh9GBhXDw==
>
< HTTP/1.1 101 Switching Protocols
< Upgrade: websocket
< Connection: Upgrade
< Sec-WebSocket-Accept: HSmrc0sMlYUkAGmm5OPpG2HaGWk=
`;

/** fastify's test/upgrade.test.js writes the handshake by hand. */
const FASTIFY_TEST = `clientIPv4.write('GET / HTTP/1.1\\r\\n')
clientIPv4.write('Upgrade: websocket\\r\\n')
clientIPv4.write('Connection: Upgrade\\r\\n')
clientIPv4.write('Sec-WebSocket-Key: x3JJHMbDL1EzLkh9GBhXDw==\\r\\n')
clientIPv4.write('Sec-WebSocket-Version: 13\\r\\n\\r\\n')
`;

describe("a WebSocket handshake's key", () => {
  it.each([
    ["curl -v", CURL_VERBOSE],
    ["fastify's upgrade test", FASTIFY_TEST],
  ])("%s passes unredacted", (_name, text) => {
    expect(shown(text)).toBe(text);
  });
});

describe("a key beside the handshake's", () => {
  it("an API key header in the same request is still redacted", () => {
    const text =
      "> Sec-WebSocket-Key: x3JJHMbDL1EzLkh9GBhXDw==\n> X-Api-Key: q8Zk3LmW9vR2tP7xN4bC1dF6gH0jK5sA\n";
    expect(shown(text)).not.toContain("q8Zk3LmW9vR2tP7xN4bC1dF6gH0jK5sA");
  });
});
