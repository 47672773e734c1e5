// Attack (round 43, found from outside, a false refusal): a public key printed under a label written with a
// blank, `public key:` or `Public key:`, is taken for a secret and redacted, so the commands that exist to show
// a public key cannot be read through the guard, and a call that sends such output on (a note, a
// file write) is refused, since secrets block towards a server by default:
// - `wg show`: `public key: <base64>` of the interface (its `private key: (hidden)` beside it);
// - `age-keygen` and `age-keygen -y`: `# public key: age1…` and `Public key: age1…`;
// - Tailscale's `node key: nodekey:<hex>`, a node's public WireGuard key.
// docs/detection.md: a name whose last word says it is not a credential (`public_key`) is none; written with a
// blank the same name is read as "key". A correct guard reads `public key` (and `node key`) as `public_key`.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const resultFindings = (text: string) =>
  scanner
    .scan({ content: [{ type: "text", text }] }, "result")
    .findings.filter((f) => f.type !== "ip_address")
    .map((f) => f.type);

/** `wg show wg0` (wireguard-tools 1.0.20210914). */
const WG_SHOW = `interface: wg0
  public key: HIgo9xNzJMWLKASShiTqIybxZ0U3wGLiUeJ1PKf8ykw=
  private key: (hidden)
  listening port: 51820

peer: xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=
  endpoint: 192.95.5.69:51820
  allowed ips: 10.192.122.3/32
  latest handshake: 1 minute, 2 seconds ago
  transfer: 48.52 KiB received, 33.41 KiB sent
`;

/** `age-keygen -y key.txt` and the header `age-keygen -o key.txt` writes (a real identity's public half). */
const AGE_PUBLIC = `Public key: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p`;
const AGE_HEADER = `# created: 2024-11-27T23:44:24Z
# public key: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
`;

/** `tailscale debug netmap`-style line naming the node's public key. */
const TAILSCALE = `node key: nodekey:7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5`;

describe("public keys under a label written with a blank", () => {
  it("the control: public_key written as one name passes", () => {
    expect(resultFindings(`public_key: HIgo9xNzJMWLKASShiTqIybxZ0U3wGLiUeJ1PKf8ykw=`)).toEqual([]);
  });

  it("wg show's interface public key passes", () => {
    expect(resultFindings(WG_SHOW)).toEqual([]);
  });

  it("age's public key lines pass", () => {
    expect(resultFindings(AGE_PUBLIC)).toEqual([]);
    expect(resultFindings(AGE_HEADER)).toEqual([]);
  });

  it("Tailscale's node key passes", () => {
    expect(resultFindings(TAILSCALE)).toEqual([]);
  });

  // Hostile controls: the same layouts with the private half are still found.
  it("a private key under wg show's layout is found", () => {
    const shown = WG_SHOW.replace(
      "private key: (hidden)",
      "private key: GI6EdUSjdCAqjqfKfYEKI2WQfO2w9PMiT6Y2WrFv5mQ=",
    );
    expect(resultFindings(shown)).not.toEqual([]);
  });

  it("a private key labelled with a blank, or a key under a word that is not public, is found", () => {
    expect(resultFindings(`Private key: GI6EdUSjdCAqjqfKfYEKI2WQfO2w9PMiT6Y2WrFv5mQ=`)).not.toEqual([]);
    expect(resultFindings(`signing key: GI6EdUSjdCAqjqfKfYEKI2WQfO2w9PMiT6Y2WrFv5mQ=`)).not.toEqual([]);
    expect(resultFindings(`nonpublic key: GI6EdUSjdCAqjqfKfYEKI2WQfO2w9PMiT6Y2WrFv5mQ=`)).not.toEqual([]);
  });
});
