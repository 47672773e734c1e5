import { describe, expect, it } from "vitest";
import { ApiKeys, sha256 } from "../../src/policy/api-keys.js";

describe("ApiKeys", () => {
  const keys = new ApiKeys({
    "plain-key-for-ci": { roles: ["ci"], name: "ci" },
    [`sha256:${sha256("digest-only-key").toString("hex")}`]: { roles: ["reader"] },
  });

  it("accepts a configured key and a key stored only as its digest", () => {
    expect(keys.verify("plain-key-for-ci")).toEqual({
      name: "ci",
      roles: ["ci"],
      credential: sha256("plain-key-for-ci").toString("hex"),
    });
    expect(keys.verify("digest-only-key")).toEqual({
      name: `key-${sha256("digest-only-key").toString("hex").slice(0, 8)}`,
      roles: ["reader"],
      credential: sha256("digest-only-key").toString("hex"),
    });
  });

  it("tells two keys of one name apart, the same whether a key or its digest is configured", () => {
    const shared = new ApiKeys({
      "team-key-one": { roles: ["ci"], name: "team" },
      [`sha256:${sha256("team-key-two").toString("hex")}`]: { roles: ["ci"], name: "team" },
    });
    const one = shared.verify("team-key-one");
    const two = shared.verify("team-key-two");
    expect([one?.name, two?.name]).toEqual(["team", "team"]);
    expect(one?.credential).not.toBe(two?.credential);
    expect(
      new ApiKeys({ [`sha256:${one?.credential}`]: { roles: [] } }).verify("team-key-one")?.credential,
    ).toBe(one?.credential);
  });

  it("lists each key's name and credential, as verify gives them, never the key", () => {
    const listed = keys.credentials();
    expect(listed).toEqual([
      { name: "ci", credential: keys.verify("plain-key-for-ci")?.credential },
      { name: keys.verify("digest-only-key")?.name, credential: keys.verify("digest-only-key")?.credential },
    ]);
    expect(JSON.stringify(listed)).not.toContain("plain-key-for-ci");
  });

  it("names the credentials of the keys held as written, not those held as a digest", () => {
    expect(keys.writtenAsIs()).toEqual([keys.verify("plain-key-for-ci")?.credential]);
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
