// PKCS#12 (PFX) bundles as base64 (pkcs12-bundles.ts): found on one line, in 64-character lines and with the
// words after them left alone, in each length form of their header; a certificate, a PKCS#7 certificate
// bundle and other version-3 structures of the same look are not.
import { describe, expect, it } from "vitest";
import { pfxLength } from "../../src/detect/secrets/pkcs12-bundles.js";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** The characters of `text` a private_key finding covers. */
const keyCovered = (text: string) =>
  scanner
    .spans(text)
    .filter((s) => s.type === "private_key")
    .map((s) => text.slice(s.start, s.end))
    .join("");

/** `openssl pkcs12 -export -keypbe NONE -certpbe NONE` of a throwaway P-256 key and its certificate. */
const PFX =
  "MIIDhwIBAzCCA0EGCSqGSIb3DQEHAaCCAzIEggMuMIIDKjCCAiwGCSqGSIb3DQEHAaCCAh0EggIZMIICFTCCAhEGCyqGSIb3DQEMCgEDoIIBujCCAbYGCiqGSIb3DQEJFgGgggGmBIIBojCCAZ4wggFDoAMCAQICFF3ui35VbA/J6lrdxpGLTtsYUfq4MAoGCCqGSM49BAMCMCQxIjAgBgNVBAMMGWFwaS5hY21lLXBheW1lbnRzLmV4YW1wbGUwHhcNMjYxMTI3MTY1NzM3WhcNMjcxMTI3MTY1NzM3WjAkMSIwIAYDVQQDDBlhcGkuYWNtZS1wYXltZW50cy5leGFtcGxlMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEy9wXkLyXKDH9kxQ744AgPF+6Gt8JU6djCqjq48Ao+AGidk9AgvDRPQ+gIcwFYWM2rre5mFy4TUGzRQd6vbq1kaNTMFEwHQYDVR0OBBYEFB2y4P98O7n9CZkstdi/HA+lbYhUMB8GA1UdIwQYMBaAFB2y4P98O7n9CZkstdi/HA+lbYhUMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSQAwRgIhAOcpTihO1Zgrt2fu/14QIJ+NhtASrMFqluk4ciMmPETGAiEAhzWR31ub0pvVo6s9JXGB62yuW2Slbdyr/W0CEVYZZmoxRDAdBgkqhkiG9w0BCRQxEB4OAGEAcABpAC0AdABsAHMwIwYJKoZIhvcNAQkVMRYEFDiW+LUiJkedzP9Y9p7+FAMvbRvdMIH3BgkqhkiG9w0BBwGggekEgeYwgeMwgeAGCyqGSIb3DQEMCgEBoIGKMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgTbST822PxeRv0ssUS10Mp28VDB4/0MntPLMpwWJMh/WhRANCAATL3BeQvJcoMf2TFDvjgCA8X7oa3wlTp2MKqOrjwCj4AaJ2T0CC8NE9D6AhzAVhYzaut7mYXLhNQbNFB3q9urWRMUQwHQYJKoZIhvcNAQkUMRAeDgBhAHAAaQAtAHQAbABzMCMGCSqGSIb3DQEJFTEWBBQ4lvi1IiZHncz/WPae/hQDL20b3TA9MDEwDQYJYIZIAWUDBAIBBQAEID+WF6U5KlXhkU3BS9Iht4jDmbj6TRfB8W+Vnc5exlCwBAi//NH+ydviMQ==";
const bytes = Buffer.from(PFX, "base64");
/** The certificate inside the bundle, alone: public. */
const CERT = (() => {
  const start = bytes.indexOf(Buffer.from("3082019e3082", "hex"));
  return bytes.subarray(start, start + 4 + 0x19e).toString("base64");
})();
const lines = (b64: string) => b64.match(/.{1,64}/g)?.join("\n") ?? "";
/** Bytes after a new header: `header` then the bundle's contents from its version on. */
const rehead = (header: string, contents: Buffer) =>
  Buffer.concat([Buffer.from(header, "hex"), contents]).toString("base64");
const contents = bytes.subarray(4);

describe("PKCS#12 bundles in base64", () => {
  it("are found whole on one line, under a name and in JSON", () => {
    expect(keyCovered(PFX)).toBe(PFX);
    expect(keyCovered(`P12_BASE64=${PFX}\nNEXT=1`)).toBe(PFX);
    expect(keyCovered(JSON.stringify({ value: PFX, contentType: "application/x-pkcs12" }))).toBe(PFX);
  });

  it("are found in 64-character lines, the words after them left alone", () => {
    const wrapped = lines(PFX);
    expect(keyCovered(`${wrapped}\nRotate yearly`)).toBe(wrapped);
    expect(keyCovered(`cert: ${wrapped.replace(/\n/g, "\\n")}\\nRotate`)).toBe(wrapped.replace(/\n/g, "\\n"));
  });

  it("are found in every length form of their header", () => {
    const long = `3083${contents.length.toString(16).padStart(6, "0")}`;
    const indefinite = Buffer.concat([Buffer.from("3080", "hex"), contents, Buffer.alloc(2)]);
    for (const b64 of [rehead(long, contents), indefinite.toString("base64")]) {
      expect(pfxLength(Buffer.from(b64, "base64"))).toBeDefined();
      expect(keyCovered(`bundle ${b64} end`)).toBe(b64);
    }
    // A small bundle (an Ed25519 key alone): the 3-byte header form.
    const small = Buffer.concat([
      Buffer.from("0201033081b0", "hex"),
      Buffer.from("06092a864886f70d010701", "hex"),
      Buffer.alloc(0xb0 - 11, 7),
    ]);
    const b64 = rehead(`3081${small.length.toString(16)}`, small);
    expect(keyCovered(`p12=${b64}`)).toBe(b64);
  });

  it("a certificate, a PKCS#7 bundle and other version-3 structures are not", () => {
    expect(keyCovered(CERT)).toBe("");
    expect(keyCovered(lines(CERT))).toBe("");
    const p7b = Buffer.concat([Buffer.from("06092a864886f70d010702a0", "hex"), contents.subarray(20)]);
    expect(keyCovered(rehead(`3082${p7b.length.toString(16).padStart(4, "0")}`, p7b))).toBe("");
    // Version 3, then a SEQUENCE whose first element is no OID: no ContentInfo.
    const other = Buffer.from(contents);
    other[7] = 0x02; // the OID's tag
    expect(keyCovered(rehead("30820387", other))).toBe("");
  });
});
