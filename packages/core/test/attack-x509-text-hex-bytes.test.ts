// False refusal (round 46, found from outside): `openssl x509 -noout -text` prints a certificate's public key
// modulus and signature as lines of colon-separated hex bytes, fifteen to eighteen to a line, and every such
// line loses all but its first four bytes to `[REDACTED:secret_assignment]`. Run over the Mozilla roots in
// /etc/ssl/certs, 141 of the first 150 certificates came back redacted. A user who asks an agent to inspect
// a server's or a CA's certificate (a shell, a TLS-checking or a Kubernetes MCP server) gets a corrupt key
// and signature, and towards a server (a tool handed the text) it is refused as a secret. A certificate is
// public and these bytes name nothing; a correct guard leaves a line of colon-separated hex bytes whole.
// The same lines under a private number's name (`openssl rsa -text`'s privateExponent, primes and CRT
// values, `openssl ec -text`'s priv) are a private key, and are redacted whole: the name above says which.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** Whether a type is redacted towards the client by default (email and phone only warn). */
const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
/** A tool result with the default actions: what reaches the client. */
const shown = (text: string) => {
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

/** From `openssl x509 -noout -text` of Amazon Root CA 2, as /etc/ssl/certs holds it (public). */
const AMAZON_ROOT_CA_2 = `Certificate:
    Data:
        Version: 3 (0x2)
        Serial Number:
            06:6c:9f:d2:96:35:86:9f:0a:0f:e5:86:78:f8:5b:26:bb:8a:37
        Signature Algorithm: sha384WithRSAEncryption
        Issuer: C = US, O = Amazon, CN = Amazon Root CA 2
        Validity
            Not Before: May 26 00:00:00 2015 GMT
            Not After : May 26 00:00:00 2040 GMT
        Subject: C = US, O = Amazon, CN = Amazon Root CA 2
        Subject Public Key Info:
            Public Key Algorithm: rsaEncryption
                Public-Key: (4096 bit)
                Modulus:
                    00:ad:96:9f:2d:9c:4a:4c:4a:81:79:51:99:ec:8a:
                    cb:6b:60:51:13:bc:4d:6d:06:fc:b0:08:8d:dd:19:
                    10:6a:c7:26:0c:35:d8:c0:6f:20:84:e9:94:b1:9b:
                    85:03:c3:5b:db:4a:e8:c8:f8:90:76:d9:5b:4f:e3:
                    4c:e8:06:36:4d:cc:9a:ac:3d:0c:90:2b:92:d4:06:
                    19:60:ac:37:44:79:85:81:82:ad:5a:37:e0:0d:cc:
                    9d:a6:4c:52:76:ea:43:9d:b7:04:d1:50:f6:55:e0:
                    d5:d2:a6:49:85:e9:37:e9:ca:7e:ae:5c:95:4d:48:
`;

describe("openssl x509 -text of a public certificate", () => {
  it("the modulus lines pass whole", () => {
    expect(shown(AMAZON_ROOT_CA_2)).toBe(AMAZON_ROOT_CA_2);
  });

  it("one line of fifteen colon-separated bytes passes", () => {
    const line = "                    85:03:c3:5b:db:4a:e8:c8:f8:90:76:d9:5b:4f:e3:";
    expect(shown(line)).toBe(line);
  });

  it("a line that is a pgpass line, host and all, is still read as one", () => {
    const line = "db.internal:5432:app:alice:4a:e8:c8:f8:90:76:d9:5b";
    expect(shown(line)).not.toContain("4a:e8:c8:f8:90:76:d9:5b");
  });
});

/** `openssl rsa -noout -text` of a throwaway 512-bit key generated for this test. */
const RSA_KEY_TEXT = `Private-Key: (512 bit, 2 primes)
modulus:
    00:ac:7c:af:0f:b2:42:85:4d:6e:4d:67:ca:19:1b:
    a0:f1:7b:90:43:90:e6:a3:dc:1a:4c:f6:08:af:7a:
    63:83:6c:90:19:b6:72:10:d3:91:c5:13:6a:b4:2f:
    96:ee:a1:d7:5a:b1:39:d7:bb:db:eb:09:23:f2:01:
    99:a6:aa:31:c7
publicExponent: 65537 (0x10001)
privateExponent:
    7f:de:fb:45:0e:a9:03:fb:d0:3e:f0:27:c2:0f:5a:
    74:4b:5f:3a:c7:cc:44:43:e2:f7:95:1a:01:45:21:
    4b:06:d3:ed:e2:e8:78:63:3f:3d:c2:d5:ad:c2:cf:
    ee:29:b1:40:04:e5:64:d1:f4:91:d5:1c:5e:c9:4c:
    13:e3:50:01
prime1:
    00:d7:9d:71:79:a1:28:c0:8f:1e:4f:73:85:a7:50:
    89:25:b3:04:e2:c8:9e:39:de:7f:fb:ca:4f:8c:a2:
    d3:f8:01
prime2:
    00:cc:cb:4a:8c:6e:fe:8a:48:7d:10:29:c9:b9:e8:
    db:4e:7c:88:c0:12:f3:28:17:54:1f:44:40:27:83:
    2c:69:c7
exponent1:
    00:b3:1e:8c:a2:6a:8b:9c:4c:48:f5:e0:16:6c:44:
    af:6a:ae:29:a4:ec:dc:e5:5e:3e:1c:42:99:8b:4f:
    c9:a0:01
exponent2:
    00:8a:4a:70:e1:da:05:da:9d:4e:8e:7e:99:71:07:
    f4:27:d0:e2:8b:49:80:97:3f:01:98:47:7f:46:ef:
    46:2b:7b
coefficient:
    4a:79:ab:e8:db:6e:60:51:7e:fc:b9:6a:ca:d5:14:
    cb:bc:ff:0f:96:e0:12:9c:b9:11:cd:aa:05:9f:32:
    b1:f4
`;
/** `openssl ec -noout -text` of a throwaway P-256 key generated for this test. */
const EC_KEY_TEXT = `Private-Key: (256 bit)
priv:
    cd:94:9b:e2:71:44:e3:01:e0:4c:06:0b:ca:a9:85:
    91:79:45:a4:a1:64:50:8f:72:57:a6:8c:fa:d0:1b:
    6d:b8
pub:
    04:93:58:5d:fa:ff:4e:c7:12:4e:f5:1f:20:98:6f:
    f9:b0:0b:c3:78:1a:fd:cc:ca:12:cc:e0:a9:36:37:
    00:af:e0:ca:05:3d:74:7c:95:f9:4d:d2:af:e7:c1:
    70:db:81:8d:00:1f:15:e6:ef:4b:4d:89:03:42:f7:
    fa:c8:1a:49:5b
ASN1 OID: prime256v1
NIST CURVE: P-256
`;

/** The byte lines of the block under `name:` in a key's text. */
const block = (text: string, name: string) => {
  const lines = text.split("\n");
  const from = lines.indexOf(`${name}:`) + 1;
  const to = lines.findIndex((l, i) => i >= from && !l.startsWith(" "));
  return lines.slice(from, to).map((l) => l.trim());
};

describe("openssl -text of a private key", () => {
  it.each(["privateExponent", "prime1", "prime2", "exponent1", "exponent2", "coefficient"])(
    "RSA's %s is redacted, every line of it",
    (name) => {
      const out = shown(RSA_KEY_TEXT);
      const lines = block(RSA_KEY_TEXT, name);
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines) expect(out).not.toContain(line.slice(0, 12));
    },
  );

  it("RSA's public modulus stays, EC's priv goes and its pub stays", () => {
    expect(shown(RSA_KEY_TEXT)).toContain(block(RSA_KEY_TEXT, "modulus")[1]);
    const out = shown(EC_KEY_TEXT);
    for (const line of block(EC_KEY_TEXT, "priv")) expect(out).not.toContain(line.slice(0, 12));
    expect(out).toContain(block(EC_KEY_TEXT, "pub")[1]);
  });
});
