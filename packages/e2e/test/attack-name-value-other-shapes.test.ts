// Round 37 (atk37a): a secret named by a sibling field ({ "name": "DB_PASSWORD", "value": "…" }) is now read
// as the assignment it is (scanner.ts siblingName), but only for keys value/Value beside name/key/header. The
// same pair in the other shapes programs write it in reaches the server whole: an HTTP header list or form
// entries as [name, value] arrays (fetch's `new Headers([[…]])`, Python's requests, URLSearchParams entries;
// the same list as JSON text in one string IS refused), AWS CloudFormation's ParameterKey/ParameterValue,
// the key/val and k/v pairs of settings stores, { NAME, VALUE }, and form-fill entries { field | label, value }.
// Through the real bridge and the recording server, each call should be refused (sensitive_data) and the
// server should never see the password.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

const PASSWORD = "Tr0ub4dor&3x";
const SHAPES: Record<string, object> = {
  header_tuples: {
    headers: [
      ["Accept", "application/json"],
      ["X-Db-Password", PASSWORD],
    ],
  },
  form_entries: {
    form: [
      ["username", "alice"],
      ["password", PASSWORD],
    ],
  },
  cloudformation: { Parameters: [{ ParameterKey: "DbPassword", ParameterValue: PASSWORD }] },
  key_val: { settings: [{ key: "DB_PASSWORD", val: PASSWORD }] },
  k_v: { settings: [{ k: "DB_PASSWORD", v: PASSWORD }] },
  upper_name_value: { env: [{ NAME: "DB_PASSWORD", VALUE: PASSWORD }] },
  field_value: { fill: [{ field: "password", value: PASSWORD }] },
  label_value: { fill: [{ label: "Password", value: PASSWORD }] },
};

const { home, log } = recorderWithResults({});
afterAll(async () => {
  await home.cleanup();
});

describe("a secret named by a sibling in another shape", () => {
  it("the header list as JSON text in one string is refused (control)", async () => {
    let outcome: unknown;
    await toolSession(home, async (call) => {
      outcome = refusal(await call("echo", { body: JSON.stringify(SHAPES.header_tuples) }));
    });
    expect(outcome).toBe("sensitive_data");
  });

  it("as objects in a call's arguments, is refused and never reaches the server", async () => {
    const outcomes: Record<string, unknown> = {};
    await toolSession(home, async (call) => {
      for (const [name, args] of Object.entries(SHAPES)) outcomes[name] = refusal(await call("echo", args));
    });
    const seen = JSON.stringify(recorded(log).filter((m) => JSON.stringify(m).includes('"echo"')));
    expect(seen.includes(PASSWORD)).toBe(false);
    expect(outcomes).toEqual(Object.fromEntries(Object.keys(SHAPES).map((n) => [n, "sensitive_data"])));
  });
});
