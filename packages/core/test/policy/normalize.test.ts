import { describe, expect, it } from "vitest";
import { MAX_URI_LENGTH, normalizeName, normalizeUri } from "../../src/policy/normalize.js";

describe("normalizeName", () => {
  it.each([
    ["read_file", "read_file"],
    ["ｒｅａｄ＿ｆｉｌｅ", "read_file"], // full-width forms
    ["ﬁle", "file"], // ligature
    ["создать", "создать"], // one script, not Latin
  ])("normalises %s", (name, value) => {
    expect(normalizeName(name)).toEqual({ ok: true, value });
  });

  it.each([
    [undefined, "missing"],
    ["", "missing"],
    [42, "missing"],
    ["read\u200bfile", "invisible"],
    ["read_file\u202e", "invisible"],
    ["read\u0000file", "invisible"],
    ["read_fil\u{e0065}", "invisible"],
    ["reаd_file", "look-alike"], // Cyrillic а
    ["dеlete", "look-alike"], // Cyrillic е
    ["x".repeat(2000), "longer"],
  ])("refuses %j", (name, why) => {
    const r = normalizeName(name);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe("malformed_name");
    expect(!r.ok && r.detail).toContain(
      why === "missing"
        ? "missing"
        : why === "invisible"
          ? "invisible"
          : why === "longer"
            ? "longer"
            : "look-alike",
    );
  });
});

describe("normalizeUri", () => {
  it.each([
    ["file:///etc/passwd", "file:///etc/passwd"],
    ["FILE:///etc/passwd", "file:///etc/passwd"],
    ["HTTPS://Example.COM/A/b", "https://example.com/A/b"],
    ["file:///etc/./passwd", "file:///etc/passwd"],
    ["file:///etc//passwd", "file:///etc/passwd"],
    ["file:///etc/%70asswd", "file:///etc/passwd"],
    ["file:///home/me/my%20notes.txt", "file:///home/me/my notes.txt"],
    ["demo://resource/dynamic/text/1", "demo://resource/dynamic/text/1"],
    ["file:///srv/a?x=%2e%2e#frag", "file:///srv/a?x=..#frag"],
    ["mailto:someone@example.com", "mailto:someone@example.com"],
  ])("normalises %s", (uri, value) => {
    expect(normalizeUri(uri)).toEqual({ ok: true, value });
  });

  it.each([
    ["file:///srv/../etc/passwd", "path_traversal"],
    ["file:///srv/%2e%2e/etc/passwd", "path_traversal"],
    ["file:///srv/%2E%2E%2Fetc/passwd", "path_traversal"],
    ["file:///srv/%252e%252e/etc/passwd", "path_traversal"],
    ["file:///srv/%25252e%25252e/etc", "path_traversal"],
    ["file:///srv/..%5c..%5cetc", "path_traversal"],
    ["file:///srv\\..\\etc", "path_traversal"],
    ["file://../../etc/passwd", "path_traversal"],
    ["file:///srv/%c0%ae%c0%ae/etc", "malformed_uri"],
    ["file:///srv/%e0%80%ae", "malformed_uri"],
    ["file:///srv/a%00.txt", "malformed_uri"],
    ["file:///srv/a\u202e.txt", "malformed_uri"],
    ["/etc/passwd", "malformed_uri"],
    ["", "malformed_uri"],
    [undefined, "malformed_uri"],
    [`file:///${"a".repeat(MAX_URI_LENGTH)}`, "uri_too_long"],
  ])("refuses %s as %s", (uri, reason) => {
    expect(normalizeUri(uri)).toMatchObject({ ok: false, reason });
  });
});
