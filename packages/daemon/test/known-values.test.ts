// The credentials the guard hands a server are withheld from what the server says, whatever their shape.
import { describe, expect, it } from "vitest";
import { withoutEveryOccurrence } from "@mcp-guard/core";
import { knownValues } from "../src/upstream/known-values.js";
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
    expect(known.sort()).toEqual(["9f3c2a7b51", "bearer-value-1", "orchid-basalt", "passphrase-from-init"]);
  });

  it("include a value's percent-encoded spelling and the client's credential-named variables", () => {
    const known = knownValues(
      { env: {} },
      { FILED: "orchid/basalt+4471" },
      { SVC_API_KEY: "harbor-pine-5521", HOME: "/home/someone" },
    );
    expect(known.sort()).toEqual(["harbor-pine-5521", "orchid%2Fbasalt%2B4471", "orchid/basalt+4471"]);
  });

  it("leave out values too short to tell from ordinary words", () => {
    expect(knownValues({ env: { PIN_TOKEN: "1234", API_KEY: "  ab  " } }, { SHORT: "true" })).toEqual([]);
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
