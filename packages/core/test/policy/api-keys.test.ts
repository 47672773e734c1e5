import { describe, expect, it } from "vitest";
import { ApiKeys, sha256 } from "../../src/policy/api-keys.js";

describe("ApiKeys", () => {
  const keys = new ApiKeys({
    "plain-key-for-ci": { roles: ["ci"], name: "ci" },
    [`sha256:${sha256("digest-only-key").toString("hex")}`]: { roles: ["reader"] },
  });

  it("accepts a configured key and a key stored only as its digest", () => {
    expect(keys.verify("plain-key-for-ci")).toEqual({ name: "ci", roles: ["ci"] });
    expect(keys.verify("digest-only-key")).toEqual({
      name: `key-${sha256("digest-only-key").toString("hex").slice(0, 8)}`,
      roles: ["reader"],
    });
  });

  it.each([
    "",
    "plain-key-for-c",
    "plain-key-for-ci ",
    "PLAIN-KEY-FOR-CI",
    `sha256:${sha256("digest-only-key").toString("hex")}`,
  ])("refuses %j", (presented) => {
    expect(keys.verify(presented)).toBeUndefined();
  });
});
