// The credentials the guard hands a server are withheld from what the server says, whatever their shape.
import { describe, expect, it } from "vitest";
import { withoutEveryOccurrence } from "@mcp-guard/core";
import { handedValues, knownValues } from "../src/upstream/known-values.js";
import { StderrScrub } from "../src/upstream/stderr-scrub.js";
import { scrubServerText } from "../src/upstream/stderr-scrub.js";

describe("the credentials a server was handed", () => {
  it("are its secrets file's values, its upstream token and its variables named as credentials", () => {
    const known = knownValues(
      {
        env: {
          API_TOKEN: "orchid-basalt",
          SERVICE_KEY: "9f3c2a7b51",
          DATA_DIR: "/srv/data/notes",
          MODE: "strict",
        },
        upstream_auth_token: "bearer-value-1",
      },
      { FILED: "passphrase-from-init" },
    );
    expect(known).toEqual(
      expect.arrayContaining(["9f3c2a7b51", "bearer-value-1", "orchid-basalt", "passphrase-from-init"]),
    );
    // Each with its other spellings (hex and base64 here), and nothing of the variables that are no credentials.
    expect(known.filter((v) => !/^[A-Za-z0-9+/_=-]+$/.test(v))).toEqual([]);
    expect(known.join(" ")).not.toMatch(/srv|strict/);
  });

  it("include a value's percent-encoded spelling and the client's credential-named variables", () => {
    const known = knownValues(
      { env: {} },
      { FILED: "orchid/basalt+4471" },
      { SVC_API_KEY: "harbor-pine-5521", HOME: "/home/someone" },
    );
    expect(known).toEqual(
      expect.arrayContaining(["harbor-pine-5521", "orchid%2Fbasalt%2B4471", "orchid/basalt+4471"]),
    );
    expect(known).toContain("orchid%2fbasalt%2b4471");
    expect(known.join(" ")).not.toContain("/home/someone");
  });

  it("leave out values too short to tell from ordinary words", () => {
    expect(knownValues({ env: { PIN_TOKEN: "1234", API_KEY: "  ab  " } }, { SHORT: "true" })).toEqual([]);
  });

  // Round 52 (fix52left, merged): a server that fails prints the Basic header or the dump it sent.
  it("are replaced in base64 and hex too, alone or inside a longer run", () => {
    const known = knownValues({ env: { SVC_PASSWORD: "orchid-basalt" } });
    const alone = Buffer.from("orchid-basalt").toString("base64");
    expect(withoutEveryOccurrence(`token ${alone} refused`, known)).toBe(
      "token [REDACTED:credential] refused",
    );
    for (const user of ["svc", "svc-", "svc-u"]) {
      const basic = Buffer.from(`${user}:orchid-basalt`).toString("base64");
      const shown = withoutEveryOccurrence(`401 for Authorization: Basic ${basic}`, known);
      expect(shown, user).toContain("[REDACTED:credential]");
      expect(shown, user).not.toContain(basic);
    }
    const dump = Buffer.from("SVC_PASSWORD=orchid-basalt\n").toString("hex");
    expect(withoutEveryOccurrence(dump, known)).toContain("[REDACTED:credential]");
  });

  it("are replaced wherever they stand, the longest first", () => {
    const known = knownValues({ env: { A_TOKEN: "orchid-basalt", B_TOKEN: "orchid-basalt-4471" } });
    expect(withoutEveryOccurrence("401 for orchid-basalt-4471 then orchid-basalt", known)).toBe(
      "401 for [REDACTED:credential] then [REDACTED:credential]",
    );
  });

  it("never reach a stderr line or an HTTP error text, which the detectors alone would pass", () => {
    const known = ["orchid-basalt-4471-lantern"];
    expect(new StderrScrub().line("said 401 for orchid-basalt-4471-lantern")).toContain("orchid");
    expect(new StderrScrub(known).line("said 401 for orchid-basalt-4471-lantern")).toBe(
      "said 401 for [REDACTED:credential]",
    );
    expect(scrubServerText("invalid token: orchid-basalt-4471-lantern", known)).toBe(
      "invalid token: [REDACTED:credential]",
    );
  });
});

describe("the credentials withheld from a server's messages", () => {
  const environment = {
    COOKIE_DOMAIN: "example.com",
    OTHER_API_KEY: "not-this-servers-4471",
    SVC_API_KEY: "arg-named-key-9912",
    PASSED_TOKEN: "passed-through-5530",
    TOKEN_URL: "https://auth.example.com/token",
  };
  it("are only what it was handed: its entry's, the variables it names or is passed, its token, the secrets", () => {
    const handed = handedValues(
      {
        env: {
          API_KEY: "own-key-2207",
          SECRETS_DIR: "/srv/secrets",
          AWS_KEY_REGION: "us-east-1",
          MODE: "strict",
        },
        upstream_auth_token: "bearer-value-1",
      },
      { args: ["--api-key", "${SVC_API_KEY}", "--auth", "${TOKEN_URL}", "--other", "${UNSET_KEY:-x}"] },
      ["PASSED_TOKEN"],
      { FILED: "passphrase-from-init" },
      environment,
    );
    expect(handed.sort()).toEqual(
      [
        "arg-named-key-9912",
        "bearer-value-1",
        "own-key-2207",
        "passed-through-5530",
        "passphrase-from-init",
      ].sort(),
    );
  });
  it("leave what the stderr scrub withholds though the server was never handed it", () => {
    expect(knownValues({ env: {} }, {}, environment)).toContain("example.com");
    expect(handedValues({ env: {} }, undefined, [], {}, environment)).toEqual([]);
  });
});

// Round 52: a hosted server's key travels in the URL it is reached with.
describe("the credentials in a server's URL", () => {
  const url =
    "https://u:p%40ss-7f3k@mcp.example.com/api/mcp/s/Zx9kQ2mV7pL4wR8tY1nB/mcp?api_key=q7Lm4Ws2&profile=work";

  it("are handed: the password, a query parameter named as a credential, a path segment that could be a key", () => {
    const handed = handedValues({ env: {}, url }, {}, []);
    expect(handed.sort()).toEqual(["Zx9kQ2mV7pL4wR8tY1nB", "p@ss-7f3k", "q7Lm4Ws2"]);
    expect(knownValues({ env: {}, url })).toContain("Zx9kQ2mV7pL4wR8tY1nB");
  });

  it("negative: ordinary segments and parameters are not", () => {
    const plain = "https://mcp.example.com/v1/github-copilot-tools/mcp?profile=work-2024&limit=50";
    expect(handedValues({ env: {}, url: plain }, {}, [])).toEqual([]);
  });
});
