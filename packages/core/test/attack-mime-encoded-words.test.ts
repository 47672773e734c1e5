// Attack (round 41, found from outside): a mail header's RFC 2047 "Q" encoded-word, quoted-printable as mail
// writes it in headers (a space as "_", "=5F" for an underscore, "=C3=A9" for é), hides what it carries. Any
// Subject with a character beyond ASCII is written so (`Subject: =?UTF-8?Q?R=C3=A9initialisation_…?=`), and a
// mail server's tool (IMAP, Gmail's raw format, a .eml read from disk) returns the headers as they are. A
// French password reset, a German payment confirmation and a token notice in such a Subject pass, while the
// same Subjects in plain text are found (and the B encoded-word, base64, is read). docs/detection.md: values
// hidden by an encoding are found, "quoted-printable" among them, and cards "joined by one and the same
// unusual gap (… underscore …)". A correct guard decodes encoded-words ("_" as a space) before it scans.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const typesIn = (text: string) => scanner.spans(text).map((s) => s.type);

/** RFC 2047 §4.2: the Q encoding of a header text in UTF-8. */
function qWord(text: string): string {
  const encoded = [...Buffer.from(text, "utf8")]
    .map((b) => {
      if (b === 0x20) return "_";
      const safe = b > 0x20 && b < 0x7f && b !== 0x3d && b !== 0x3f && b !== 0x5f;
      return safe ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, "0")}`;
    })
    .join("");
  return `=?UTF-8?Q?${encoded}?=`;
}

const SUBJECTS: [string, string, string][] = [
  ["a French password reset", "Réinitialisation : votre mot de passe est Tr0ub4dor&3", "secret"],
  ["a German card payment", "Zahlung mit Karte 4111 1111 1111 1111 bestätigt", "credit_card"],
  [
    "a GitHub token notice",
    "Your GitHub token ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mQ0sU2wE — rotate now",
    "github_token",
  ],
];

describe("RFC 2047 Q encoded-words in mail headers", () => {
  it.each(SUBJECTS)("%s is found in its Q encoded-word", (_, subject, type) => {
    // found in plain text, and the B encoded-word (base64) of the same Subject is read
    const plain = typesIn(`Subject: ${subject}`);
    expect(type === "secret" ? plain.length : plain.filter((t) => t === type).length).toBeGreaterThan(0);
    const b64 = Buffer.from(subject, "utf8").toString("base64");
    expect(typesIn(`Subject: =?UTF-8?B?${b64}?=`).length).toBeGreaterThan(0);
    const header = [
      "Return-Path: <no-reply@notifications.example.com>",
      "Date: Fri, 27 Nov 2026 09:14:02 +0100",
      "From: Service Client <no-reply@notifications.example.com>",
      `Subject: ${qWord(subject)}`,
      "MIME-Version: 1.0",
      'Content-Type: text/plain; charset="utf-8"',
    ].join("\r\n");
    expect(
      typesIn(header).filter((t) => t !== "email"),
      `nothing found in ${qWord(subject)}`,
    ).not.toEqual([]);
  });
});
