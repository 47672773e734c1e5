// False refusal (round 45, found from outside): X.509 CA certificates in PEM are redacted as Adyen API keys. An
// RSA certificate's base64 body wraps at 64 characters, and where a line happens to begin at the public key's
// `…AQEA…`/`…AQEF…`/`…AQEB…` bytes (the DER of rsaEncryption's parameters and the key's length) it reads
// `AQEA9htPZwcr…`, the prefix of an Adyen key. Nine of the Mozilla roots in `/etc/ssl/certs` (AffirmTrust,
// Certum, DigiCert G5, Entrust G4, IdenTrust, SSL.com, SecureTrust, Hongkong Post) lose a line this way, so
// `cat`-ing a CA bundle, a server's chain or a kubeconfig's decoded certificate hands the agent a corrupt
// certificate, and towards a server (a tool that installs or checks a certificate) it is refused as a secret. A
// certificate is public; a correct guard does not read a line inside a BEGIN/END CERTIFICATE block (nor a
// 64-character wrapped base64 line of one) as a vendor key.
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
/** Two roots from Debian's ca-certificates, as /etc/ssl/certs holds them. */
const AFFIRMTRUST = [
  "-----BEGIN CERTIFICATE-----",
  "MIIDTDCCAjSgAwIBAgIId3cGJyapsXwwDQYJKoZIhvcNAQELBQAwRDELMAkGA1UE",
  "BhMCVVMxFDASBgNVBAoMC0FmZmlybVRydXN0MR8wHQYDVQQDDBZBZmZpcm1UcnVz",
  "dCBDb21tZXJjaWFsMB4XDTEwMDEyOTE0MDYwNloXDTMwMTIzMTE0MDYwNlowRDEL",
  "MAkGA1UEBhMCVVMxFDASBgNVBAoMC0FmZmlybVRydXN0MR8wHQYDVQQDDBZBZmZp",
  "cm1UcnVzdCBDb21tZXJjaWFsMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKC",
  "AQEA9htPZwcroRX1BiLLHwGy43NFBkRJLLtJJRTWzsO3qyxPxkEylFf6EqdbDuKP",
  "Hx6GGaeqtS25Xw2Kwq+FNXkyLbscYjfysVtKPcrNcV/pQr6U6Mje+SJIZMblq8Yr",
  "ba0F8PrVC8+a5fBQpIs7R6UjW3p6+DM/uO+Zl+MgwdYoic+U+7lF7eNAFxHUdPAL",
  "MeIrJmqbTFeurCA+ukV6BfO9m2kVrn1OIGPENXY6BwLJN/3HR+7o8XYdcxXyl6S1",
  "yHp52UKqK39c/s4mT6NmgTWvRLpUHhwwMmWd5jyTXlBOeuM61G7MGvv50jeuJCqr",
  "VwMiKA1JdX+3KNp1v47j3A55MQIDAQABo0IwQDAdBgNVHQ4EFgQUnZPGU4teyq8/",
  "nx4P5ZmVvCT2lI8wDwYDVR0TAQH/BAUwAwEB/zAOBgNVHQ8BAf8EBAMCAQYwDQYJ",
  "KoZIhvcNAQELBQADggEBAFis9AQOzcAN/wr91LoWXym9e2iZWEnStB03TX8nfUYG",
  "XUPGhi4+c7ImfU+TqbbEKpqrIZcUsd6M06uJFdhrJNTxFq7YpFzUf1GO7RgBsZNj",
  "vbz4YYCanrHOQnDiqX0GJX0nof5v7LMeJNrjS1UaADs1tDvZ110w/YETifLCBivt",
  "Z8SOyUOyXGsViQK8YvxO8rUzqrJv0wqiUOP2O+guRMLbZjipM1ZI8W0bM40NjD9g",
  "N53Tym1+NH4Nn3J2ixufcv1SNUFFApYvHLKac0khsUlHRUe072o0EclNmsxZt9YC",
  "nlpOZbWUrhvfKbAW8b8Angc6F2S1BLUjIZkKlTuXfO8=",
  "-----END CERTIFICATE-----",
].join("\n");
const SECURETRUST = [
  "-----BEGIN CERTIFICATE-----",
  "MIIDuDCCAqCgAwIBAgIQDPCOXAgWpa1Cf/DrJxhZ0DANBgkqhkiG9w0BAQUFADBI",
  "MQswCQYDVQQGEwJVUzEgMB4GA1UEChMXU2VjdXJlVHJ1c3QgQ29ycG9yYXRpb24x",
  "FzAVBgNVBAMTDlNlY3VyZVRydXN0IENBMB4XDTA2MTEwNzE5MzExOFoXDTI5MTIz",
  "MTE5NDA1NVowSDELMAkGA1UEBhMCVVMxIDAeBgNVBAoTF1NlY3VyZVRydXN0IENv",
  "cnBvcmF0aW9uMRcwFQYDVQQDEw5TZWN1cmVUcnVzdCBDQTCCASIwDQYJKoZIhvcN",
  "AQEBBQADggEPADCCAQoCggEBAKukgeWVzfX2FI7CT8rU4niVWJxB4Q2ZQCQXOZEz",
  "Zum+4YOvYlyJ0fwkW2Gz4BERQRwdbvC4u/jep4G6pkjGnx29vo6pQT64lO0pGtSO",
  "0gMdA+9tDWccV9cGrcrI9f4Or2YlSASWC12juhbDCE/RRvgUXPLIXgGZbf2IzIao",
  "wW8xQmxSPmjL8xk037uHGFaAJsTQ3MBv396gwpEWoGQRS0S8Hvbn+mPeZqx2pHGj",
  "7DaUaHp3pLHnDi+BeuK1cobvomuL8A/b01k/unK8RCSc43Oz969XL0Imnal0ugBS",
  "8kvNU3xHCzaFDmapCJcWNFfBZveA4+1wVMeT4C4oFVmHursCAwEAAaOBnTCBmjAT",
  "BgkrBgEEAYI3FAIEBh4EAEMAQTALBgNVHQ8EBAMCAYYwDwYDVR0TAQH/BAUwAwEB",
  "/zAdBgNVHQ4EFgQUQjK2FvoE/f5dS3rD/fdMQB1aQ68wNAYDVR0fBC0wKzApoCeg",
  "JYYjaHR0cDovL2NybC5zZWN1cmV0cnVzdC5jb20vU1RDQS5jcmwwEAYJKwYBBAGC",
  "NxUBBAMCAQAwDQYJKoZIhvcNAQEFBQADggEBADDtT0rhWDpSclu1pqNlGKa7UTt3",
  "6Z3q059c4EVlew3KW+JwULKUBRSuSceNQQcSc5R+DCMh/bwQf2AQWnL1mA6s7Ll/",
  "3XpvXdMc9P+IBWlCqQVxyLesJugutIxq/3HcuLHfmbx8IVQr5Fiiu1cprp6poxkm",
  "D5kuCLDv/WnPmRoJjeOnnyvJNjR7JLN4TJUXpAYmHrZkUjZfYGfZnMUFdAvnZyPS",
  "CPyI6a6Lf+Ew9Dd+/cYy2i2eRDAwbO4H3tI0/NL/QPZL9GZGBlSm8jIKYyYwa5vR",
  "3ItHuuG51WLQoqD0ZwV4KWMabwTW+MZMo5qxN7SN5ShLHZ4swrhovO0C7jE=",
  "-----END CERTIFICATE-----",
].join("\n");

describe("a CA certificate in PEM", () => {
  it.each([
    ["AffirmTrust Commercial", AFFIRMTRUST],
    ["SecureTrust CA", SECURETRUST],
  ])("%s passes unredacted", (_name, pem) => {
    expect(shown(pem)).toBe(pem);
  });
});

/** An Adyen API key's shape: base64 parts joined by "-", the last a chosen suffix (made up here). */
const ADYEN_KEY =
  "AQEphmfxK4LNaRZGw0m/n3Q5qf3VeI9KDJ1gWGZb3XOvk2FFiq1fbb4Mz1QnKt7HHgCz2aEQwV1bDb7kfNy1WIxIIkxgBw==-" +
  "q8Rz3vTnLm5XcW2pYb7Kd9fHs4Gj6Ae1Nu0Ox2Iy8Bw=-Vk7)Qp3#";

describe("an Adyen key is still found", () => {
  it("on its own line among other text", () => {
    expect(shown(`Live key:\n${ADYEN_KEY}\nKeep it safe.\n`)).not.toContain(ADYEN_KEY.slice(0, 60));
  });

  it("after its name", () => {
    expect(shown(`ADYEN_API_KEY=${ADYEN_KEY}\n`)).not.toContain(ADYEN_KEY.slice(0, 60));
  });

  it("on its own line between lines of base64 of another width", () => {
    const text = ["QUJDREVGR0hJSktMTU5PUA==", ADYEN_KEY, "UVJTVFVWV1hZWg=="].join("\n");
    expect(shown(text)).not.toContain(ADYEN_KEY.slice(0, 60));
  });

  it("as a 64-character line of base64 alone", () => {
    const line = AFFIRMTRUST.split("\n")[6] as string;
    expect(shown(`adyen:\n${line}\n`)).not.toContain(line);
  });
});
