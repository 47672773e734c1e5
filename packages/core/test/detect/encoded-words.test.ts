// RFC 2047 encoded-words (decode-encoded-words.ts): Q and B words read in their charset, adjacent words joined
// across blanks and header folds, malformed words and a bare "=?" left as they are.
import { describe, expect, it } from "vitest";
import { encodedWordsView } from "../../src/detect/decode-encoded-words.js";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });

describe("encoded-words", () => {
  it("reads Q words with _ as a space and =XX in their charset, B words too", () => {
    expect(encodedWordsView("Subject: =?UTF-8?Q?R=C3=A9initialisation_du_compte?=")?.text).toBe(
      "Subject: Réinitialisation du compte",
    );
    expect(encodedWordsView("Subject: =?iso-8859-1?q?Caf=E9?=")?.text).toBe("Subject: Café");
    expect(encodedWordsView(`=?utf-8?B?${btoa("plain")}?= end`)?.text).toBe("plain end");
  });

  it("joins adjacent words, so a token cut across two is found and mapped whole", () => {
    const token = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mQ0sU2wE";
    const text = `Subject: =?UTF-8?Q?token_${token.slice(0, 20).replace("_", "=5F")}?=\r\n =?UTF-8?Q?${token.slice(20)}?=\r\nTo: a`;
    expect(encodedWordsView(text)?.text).toBe(`Subject: token ${token}\r\nTo: a`);
    const span = scanner.spans(text).find((s) => s.type === "github_token");
    expect(span && text.slice(span.start, span.end)).toContain(token.slice(20));
  });

  it("leaves malformed words and a bare =? alone", () => {
    expect(encodedWordsView("x =? y ?= z")).toBeUndefined();
    expect(encodedWordsView("=?UTF-8?Q?bad=ZZ?=")).toBeUndefined();
    expect(encodedWordsView("=?UTF-8?X?abc?=")).toBeUndefined();
  });
});
