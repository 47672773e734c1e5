// Attack (round 42, found from outside): key files of widely used tools that are not PEM private keys pass
// the scan whole: OpenVPN's static key (`-----BEGIN OpenVPN Static key V1-----`, the `ta.key` every
// `openvpn --genkey` writes and every `.ovpn` profile inlines under `<tls-auth>` or `<tls-crypt>`: whoever holds
// it passes the server's HMAC firewall, and with tls-crypt decrypts the control channel), minisign's secret
// key (`untrusted comment: minisign encrypted secret key` and its base64 line) and OpenBSD signify's secret key
// (`untrusted comment: signify secret key`). Beside them a PEM private key is found (and so are PuTTY keys
// and age identities). docs/detection.md: secrets include private keys, and a value in a tool's exact format
// is that tool's credential; README: secrets are blocked towards a server and redacted towards the client. A
// correct guard takes each of these files' key material, as it takes `-----BEGIN … PRIVATE KEY-----`.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** A tool's result, every type set to redact: what reaches the client. */
const shown = (text: string) =>
  JSON.stringify(scanner.scan({ content: [{ type: "text", text }] }, "result", () => true).value);
/** A call writing a file, every type set to redact: what reaches the server. */
const sent = (path: string, content: string) =>
  JSON.stringify(
    scanner.scan({ name: "write_file", arguments: { path, content } }, "params", () => true).value,
  );

/** A line from the middle of the static key (its eighth). */
const OVPN_LINE = "4e365ce5342b91a3e1c530a132c63a67";
const OVPN_LINES = [
  "ed2bfb0d1dce81a669a210103973ecde",
  "c7f64bb673d9013b7bd7ddcae6b6a87d",
  "fd48c41bd6ba42ff102740282cf108b2",
  "7452a8b1308e9494953315f1bc497780",
  "326c843993ba97f00b96acd81daf1c21",
  "188eb4d80124e824745b71deacbdefb7",
  "9c1edf5901986d6adb41a31319b76e84",
  "4e365ce5342b91a3e1c530a132c63a67",
  "1039a9ba5b1f62724349ee8856d3dfd1",
  "5b80041b78e8fc7cec7e70385745fe45",
  "4465682535b926a36c41900bb51d23a9",
  "6fa04a51d25b7903fa8d53059cd66b32",
  "699cf6810a6e52be91613c0a530418eb",
  "63b7db165eeddf2a67a96b915af8fcde",
  "8fbbe0a28960a433dd2a01e9ce7ad396",
  "cd1d216d823a4a0360c4f7447a16b07e",
];
const TA_KEY = `#
# 2048 bit OpenVPN static key
#
-----BEGIN OpenVPN Static key V1-----
${OVPN_LINES.join("\n")}
-----END OpenVPN Static key V1-----
`;
const OVPN_PROFILE = `client
dev tun
proto udp
remote vpn.acme.com 1194
resolv-retry infinite
nobind
remote-cert-tls server
cipher AES-256-GCM
verb 3
<tls-crypt>
${TA_KEY}</tls-crypt>
`;

const MINISIGN_KEY = `untrusted comment: minisign encrypted secret key
RWRTY0IyTfMgXGSdsATzv1xSocQWPkaFj9WdXxBOgG5HivnfFo5VQee9/+dfzEG113AAVtVRQKfST9d74YZIIlva0lnMediaubXd7nEUjt5tA2TRkyRkn/SWY2ZFsPwNSO3Zx57jSZ6H8XpFntHAoX+zVeIn1jy8/2igPdHmXD84dbzCueiBCOB7wJA5SXQdMgb/+sspFT18bPWGoVg=
`;
const SIGNIFY_KEY = `untrusted comment: signify secret key
RWRCSwAAACqHJyOFV56IgpEQjv6MF/RKMg8d3bbomXcF3O5rfBwmlNTXSVM4+6bd5teLg+1PT4BPaY50q7hlkaofxkQJWUtzXdJLZAZ3MW325EOZfEQ8wYojuN+VGHGxxPq0JjRmwaM=
`;

describe("key files that are not PEM private keys", () => {
  it("a PEM private key is redacted (the rule this door is beside)", () => {
    const pem = `-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIO${OVPN_LINE}ed2bfb0d1dce81a669a210103973ecdeoAoGCCqGSM49\n-----END EC PRIVATE KEY-----`;
    expect(shown(pem).includes(OVPN_LINE)).toBe(false);
  });

  it.each([
    ["ta.key (openvpn --genkey secret ta.key)", TA_KEY, OVPN_LINE],
    ["a client .ovpn profile with <tls-crypt>", OVPN_PROFILE, OVPN_LINE],
    ["minisign.key", MINISIGN_KEY, "RWRTY0IyTfMgXGSdsATzv1xSocQWPkaFj9WdXxBOgG5H"],
    ["signify's .sec key", SIGNIFY_KEY, "RWRCSwAAACqHJyOFV56IgpEQjv6MF"],
  ])("%s is not shown with its key", (name, text, part) => {
    expect(shown(text).includes(part), `the key material reached the client in ${name}`).toBe(false);
  });

  it("a client .ovpn profile is not written with its key", () => {
    expect(
      sent("/etc/openvpn/client/acme.conf", OVPN_PROFILE).includes(OVPN_LINE),
      "the OpenVPN static key reached the server",
    ).toBe(false);
  });
});
