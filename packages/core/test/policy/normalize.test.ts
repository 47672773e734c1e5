import { describe, expect, it } from "vitest";
import { MAX_URI_LENGTH, normalizeName, normalizePath, normalizeUri } from "../../src/policy/normalize.js";

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
    ["file:///srv/a?x=%2e%2e#frag", "file:///srv/a"], // a file is its path: query and fragment set aside
    ["https://h/a?x=%2e%2e#frag", "https://h/a?x=..#frag"],
    ["mailto:someone@example.com", "mailto:someone@example.com"],
    // A URL parser drops blanks at the end before reading; an encoded one is part of the name.
    ["file:///etc/shadow  ", "file:///etc/shadow"],
    ["https://h/a ", "https://h/a"],
    ["file:///srv/notes%20", "file:///srv/notes "],
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

describe("file URIs: every spelling of one file is one canonical URI", () => {
  it.each([
    "file:///etc/shadow",
    "file:/etc/shadow",
    "file://localhost/etc/shadow",
    "FILE://LocalHost/etc/shadow",
    "file:////etc/shadow",
    "file:///etc/shadow?x=1",
    "file:///etc/shadow#top",
    "file:/etc/shadow?#",
    "file://localhost/etc/shadow?download=1#x",
    "file:///etc/%73hadow",
    "file:///%65%74%63%2f%73%68%61%64%6f%77",
    "file:///etc/%2573hadow",
    "file://%6cocalhost/etc/shadow",
    "file:%2F%2Flocalhost%2Fetc%2Fshadow",
    "file:///etc//shadow",
    "file:///./etc/./shadow",
    "file:///etc/shadow/",
    "file:\\\\localhost\\etc\\shadow",
    "file:///proc/self/root/etc/shadow",
    "file:///proc/1/root/etc/shadow",
    "file:///proc/thread-self/root/etc/shadow",
    "file:///proc/self/task/7/root/etc/shadow",
    "file:///proc/self/root/proc/1/root//etc/shadow",
    "file:/proc/self/root/etc/shadow?x#y",
    "file:///etc/shadow%3Fx",
    "file:///etc/shadow%23x",
  ])("%s", (uri) => {
    expect(normalizeUri(uri)).toEqual({ ok: true, value: "file:///etc/shadow" });
  });

  it.each([
    ["file://evil.example/etc/shadow", "malformed_uri"],
    // Round 18: a path relative to a drive's current directory, and Windows device paths to no drive.
    ["file:///C:Users/me/secret", "malformed_uri"],
    ["file:////./C:secret", "malformed_uri"],
    ["file:////./GLOBALROOT/Device/HarddiskVolume1/Users/me", "malformed_uri"],
    ["file:///%5C%5C.%5CVolume%7Bb1c2%7D%5CUsers%5Cme", "malformed_uri"],
    ["file://127.0.0.1/etc/shadow", "malformed_uri"],
    ["file://user@localhost/etc/shadow", "malformed_uri"],
    ["file://localhost:80/etc/shadow", "malformed_uri"],
    ["file:etc/shadow", "malformed_uri"],
    ["file:///proc/self/cwd/.env", "malformed_uri"],
    ["file:///proc/42/cwd/.env", "malformed_uri"],
    ["file:///proc/self/fd/3", "malformed_uri"],
    ["file:///proc/self/root/proc/self/cwd/.env", "malformed_uri"],
    ["file:///dev/fd/3", "malformed_uri"],
    ["file:///tmp/x?/../../etc/shadow", "path_traversal"],
    ["file:///tmp/x#/../../etc/shadow", "path_traversal"],
    ["file:///proc/self/root/../etc/shadow", "path_traversal"],
    // The root with a query: a naive reader opens `//?/C:/x`, Windows' own spelling of C:\x (round 17).
    ["file:////?/C:/Users/me/secret", "malformed_uri"],
    ["file:///?/C:/Users/me/secret", "malformed_uri"],
    ["file://localhost/#/etc/shadow", "malformed_uri"],
  ])("refuses %s as %s", (uri, reason) => {
    expect(normalizeUri(uri)).toMatchObject({ ok: false, reason });
  });
});

it.each(["file:///C|/Users/me", "file://localhost/C|/Users/me", "file:/C|/Users/me"])(
  "reads the legacy drive %s as a URL parser writes it, C:",
  (uri) => {
    expect(normalizeUri(uri)).toEqual({ ok: true, value: "file:///C:/Users/me" });
  },
);

describe("normalizePath", () => {
  it.each([
    ["/etc/shadow", undefined, "file:///etc/shadow"],
    ["/proc/self/root/etc//shadow/", undefined, "file:///etc/shadow"],
    [".aws/credentials", "/home/me", "file:///home/me/.aws/credentials"],
    ["./.ssh", "/home/me/", "file:///home/me/.ssh"],
    [".", "/home/me", "file:///home/me"],
    ["../me/.ssh/id_rsa", "/home/other", "file:///home/me/.ssh/id_rsa"], // as path.resolve reads it
    ["/../../etc/shadow", undefined, "file:///etc/shadow"],
  ])("%s in %s is %s", (path, base, value) => {
    expect(normalizePath(path, base)).toEqual({ ok: true, value });
  });

  it.each([
    [".aws/credentials", undefined, "malformed_uri"],
    ["/proc/self/cwd/.env", undefined, "malformed_uri"],
    ["/proc/self/root/../../etc/shadow", undefined, "path_traversal"],
    ["a\u0000b", "/home/me", "malformed_uri"],
  ])("refuses %s in %s as %s", (path, base, reason) => {
    expect(normalizePath(path, base)).toMatchObject({ ok: false, reason });
  });
});
