// False refusal (round 47, found from outside): fastify's error FST_ERR_MISSING_SERIALIZATION_FN names the
// response schema it lacks as `Key "<status>:<content type>"`: `Missing serialization function. Key
// "200:application/json"`, as fastify's own test/internals/reply-serialize.test.js asserts and as a server's
// log prints it when a route has no serializer for what it replied. The scanner reads `Key "…"` as a key
// assigned a value and redacts `200:application/json` as a secret_assignment, so an agent reading the log to
// find which route lacks a schema sees only a hole, and the same text sent to an issue tracker is refused. A
// status code and a media type are no credential; a correct guard passes the message. A real key after `Key`
// (an API key in a sentence) is still redacted.
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

/** fastify 5's test/internals/reply-serialize.test.js, as a file tool returns it. */
const FASTIFY_TEST = `      t.assert.deepStrictEqual(err, {
        code: 'FST_ERR_MISSING_SERIALIZATION_FN',
        message: 'Missing serialization function. Key "3xx:application/vnd.v1+json"'
      })`;
/** The error as pino logs it when the reply is sent. */
const SERVER_LOG =
  '{"level":50,"time":1764336000000,"reqId":"req-1","err":{"type":"FastifyError","code":"FST_ERR_MISSING_SERIALIZATION_FN",' +
  '"message":"Missing serialization function. Key \\"200:application/json\\"","statusCode":500},"msg":"Missing serialization function. Key \\"200:application/json\\""}';

describe("fastify's missing-serializer message", () => {
  it.each([
    ["fastify's test", FASTIFY_TEST],
    ["a server's log line", SERVER_LOG],
  ])("%s passes unredacted", (_name, text) => {
    expect(shown(text)).toBe(text);
  });

  it.each([
    [
      "a card split over other members of a log line",
      '{"level":30,"time":1764336000000,"msg":"paid","n1":4111,"n2":1111,"n3":1111,"n4":1111}',
    ],
    ["a card's end under a time's name, not a moment of these years", '{"level":4111,"time":111111111111}'],
  ])("%s is still redacted", (_name, text) => {
    expect(shown(text)).toContain("[REDACTED:credit_card]");
  });

  it("an API key written after Key is still redacted", () => {
    expect(shown('Use the API Key "q8Zk3LmW9vR2tP7xN4bC1dF6gH0jK5sA" for it')).not.toContain("q8Zk3LmW9vR2");
  });
});
