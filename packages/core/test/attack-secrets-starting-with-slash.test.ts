// Attack (round 43, found from outside): a secret whose value begins with "/" passes the scan under any
// credential name, because a value starting with a slash is taken for a file path (docs/detection.md: a path
// such as `OLDPWD=/home/me` is a reference, not a secret). Base64 begins with "/" whenever the first six bits
// are all ones: one secret in 64 that `openssl rand -base64 32` makes (the command NextAuth, Rails, Laravel
// and most guides give for JWT and session secrets), and one WireGuard key in 64 (`wg genpsk`, `wg genkey`).
// Such a value in a `.env`, a YAML file or a WireGuard config reaches the client unredacted and goes to a
// server unrefused; the same value starting with any other character is found. A correct guard takes a value
// for a path only when it reads as one (segments between slashes, no base64 padding, not one long run of
// letters, digits and `+` after its slash), and judges a value like these by its strength as any other.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** A file server's result, every type set to redact: what reaches the client. */
const shown = (text: string) => {
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", () => true);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

/** 32 random bytes as `openssl rand -base64 32` prints them: the first starts with "/", the control not. */
const SLASHED = "/Uw+cSPg38hW/D9Y3tcS1FOV0K1wuURMbS0sesJEP5ak=";
const CONTROL = "kX9mQ2xR7pWz4KvT9qLm2xR7pWz4K1bC8dE3fG6hJ0k=";

const files = (secret: string): [string, string, string][] => [
  [".env", secret, `NEXTAUTH_URL=https://app.example.com\nNEXTAUTH_SECRET=${secret}\n`],
  ["quoted", secret, `SESSION_SECRET="${secret}"\n`],
  ["YAML", secret, `jwt:\n  secret: ${secret}\n  expires_in: 3600\n`],
  [
    "WireGuard",
    secret,
    `[Interface]\nPrivateKey = GI6EdUSjdCAqjqfKfYEKI2WQfO2w9PMiT6Y2WrFv5mQ=\nListenPort = 51820\n\n[Peer]\nPublicKey = xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=\nPresharedKey = ${secret}\nAllowedIPs = 10.0.0.2/32\n`,
  ],
];

/** Paths under a secret's name (where the secret is kept): in the base64 alphabet, but segments that are names. */
const PATHS = [
  "/usr/include/c++/11/experimental/bits",
  "/var/lib/docker/overlay2/3f9a8c7d2e1b4a5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c/merged",
  "/usr/share/zoneinfo/America/Argentina/Buenos",
  "/etc/ssl/private/ProductionSigningKey",
];

describe("a secret that begins with a slash", () => {
  it.each(PATHS)("a path under a secret's name is left alone: %s", (path) => {
    const text = `SESSION_SECRET=${path}\n`;
    expect(shown(text)).toBe(text);
  });

  it.each(files(CONTROL))(
    "the control: %s with a secret not starting with / is redacted",
    (_name, secret, text) => {
      expect(shown(text)).not.toContain(secret);
    },
  );

  it.each(files(SLASHED))("%s: the secret starting with / is redacted", (_name, secret, text) => {
    expect(shown(text)).not.toContain(secret);
  });
});
