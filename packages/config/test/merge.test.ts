// Each floor-merge rule, each with the personal config trying to relax the base.
import { describe, expect, it } from "vitest";
import { floorMerge } from "../src/merge.js";
import { configSchema, type Config } from "../src/schema.js";

const parse = (v: unknown): Config => configSchema.parse(v);
const server = (policy: unknown = {}) => ({ command: "srv", policy });
const defaults = {
  ssn: { request: "block", response: "redact" },
  email: { request: "redact", response: "warn" },
};

describe("floor merge", () => {
  it("takes daemon, auth and audit from the base; the shorter interceptor timeout", () => {
    const base = parse({
      servers: {},
      daemon: { log_level: "warn" },
      auth: { mode: "os" },
      interceptors: { timeout: 5 },
    });
    const mine = parse({
      servers: {},
      daemon: { log_level: "debug", home: "/tmp/x" },
      interceptors: { timeout: 30 },
    });
    const merged = floorMerge(base, mine);
    expect(merged.daemon.log_level).toBe("warn");
    expect(merged.daemon.home).toBeUndefined();
    expect(merged.interceptors.timeout).toBe(5);
  });

  it("keeps both allow lists, so the result allows what both allow (not string intersection)", () => {
    const merged = floorMerge(
      parse({ servers: { fs: server({ permissions: { allowed_tools: ["read_*"] } }) } }),
      parse({ servers: { fs: server({ permissions: { allowed_tools: ["read_file", "write_file"] } }) } }),
    );
    const p = merged.servers.fs!.policy.permissions;
    // read_file is allowed by both; write_file only by the personal list: the base list still applies.
    expect(p.allowed_tools).toEqual(["read_*"]);
    expect(p.also_allowed?.tools).toEqual([["read_file", "write_file"]]);
  });

  it("cannot relax: a personal allow list of everything does not widen the base's", () => {
    const merged = floorMerge(
      parse({ servers: { fs: server({ permissions: { allowed_tools: ["read_*"] } }) } }),
      parse({ servers: { fs: server({ permissions: { allowed_tools: ["**"] } }) } }),
    );
    expect(merged.servers.fs!.policy.permissions.allowed_tools).toEqual(["read_*"]);
  });

  it("cannot relax: deny lists add up", () => {
    const merged = floorMerge(
      parse({ servers: { fs: server({ permissions: { denied_tools: ["rm"] } }) } }),
      parse({ servers: { fs: server({ permissions: { denied_tools: [] } }) } }),
    );
    expect(merged.servers.fs!.policy.permissions.denied_tools).toEqual(["rm"]);
  });

  it("cannot relax: the lowest limit wins, and a personal limit can add one", () => {
    const merged = floorMerge(
      parse({
        servers: {
          fs: server({
            rate_limit: { requests_per_minute: 10, tool_limits: { a: { requests_per_minute: 2 } } },
          }),
        },
      }),
      parse({
        servers: {
          fs: server({
            rate_limit: {
              requests_per_minute: 1000,
              requests_per_hour: 50,
              tool_limits: { a: { requests_per_minute: 99 } },
            },
          }),
        },
      }),
    );
    expect(merged.servers.fs!.policy.rate_limit).toMatchObject({
      requests_per_minute: 10,
      requests_per_hour: 50,
      tool_limits: { a: { requests_per_minute: 2 } },
    });
  });

  it("cannot relax: sampling needs both to enable it; integrity takes the stricter setting", () => {
    const merged = floorMerge(
      parse({
        servers: {
          fs: server({ sampling: { enabled: false }, integrity: { pin: "enforce", poisoned: "withhold" } }),
        },
      }),
      parse({
        servers: {
          fs: server({ sampling: { enabled: true }, integrity: { pin: "off", poisoned: "block_server" } }),
        },
      }),
    );
    expect(merged.servers.fs!.policy.sampling.enabled).toBe(false);
    expect(merged.servers.fs!.policy.integrity).toMatchObject({ pin: "enforce", poisoned: "block_server" });
  });

  it("cannot relax: a locked base server ignores the personal entry entirely", () => {
    const merged = floorMerge(
      parse({
        servers: {
          fs: { command: "base-srv", policy: { locked: true, permissions: { denied_tools: ["x"] } } },
        },
      }),
      parse({ servers: { fs: { command: "my-srv", policy: { permissions: { denied_tools: ["y"] } } } } }),
    );
    expect(merged.servers.fs).toMatchObject({
      command: "base-srv",
      policy: { permissions: { denied_tools: ["x"] } },
    });
  });

  it("takes connection fields from the base for shared servers; adds personal-only servers", () => {
    const merged = floorMerge(
      parse({ servers: { fs: { command: "base-srv" } } }),
      parse({ servers: { fs: { command: "evil" }, mine: { command: "m" } } }),
    );
    expect(merged.servers.fs!.command).toBe("base-srv");
    expect(merged.servers.mine!.command).toBe("m");
  });

  it("cannot relax detection: stricter actions win, also against the built-in defaults", () => {
    const merged = floorMerge(
      parse({ servers: {}, pii: { actions: { email: { request: "block" } } } }),
      parse({
        servers: {},
        pii: {
          enabled: false,
          actions: { email: { request: "warn" }, ssn: { request: "warn", response: "block" } },
          disabled_types: ["ip_address", "email"],
          confidence_threshold: 0.99,
        },
      }),
      defaults,
    );
    expect(merged.pii.enabled).toBe(true);
    expect(merged.pii.actions.email).toEqual({ request: "block", response: "warn" });
    expect(merged.pii.actions.ssn).toEqual({ request: "block", response: "block" });
    expect(merged.pii.disabled_types).toEqual(["ip_address"]);
    expect(merged.pii.confidence_threshold).toBe(0.8);
  });

  it("cannot drop a phone region: every region either recognises stays", () => {
    const merged = floorMerge(
      parse({ servers: {}, pii: { phone_regions: ["US", "GB"] } }),
      parse({ servers: {}, pii: { phone_regions: ["DE"] } }),
      defaults,
    );
    expect(merged.pii.phone_regions).toEqual(["US", "GB", "DE"]);
  });

  it("cannot relax a custom type: the base's patterns stay and the stricter action wins", () => {
    const merged = floorMerge(
      parse({
        servers: {},
        pii: {
          custom_types: {
            badge: { label: "Badge", patterns: [{ regex: "B-[0-9]{4}" }], actions: { request: "block" } },
          },
        },
      }),
      parse({
        servers: {},
        pii: {
          custom_types: {
            badge: {
              label: "x",
              patterns: [{ regex: "BADGE[0-9]+" }],
              actions: { request: "warn", response: "redact" },
            },
          },
        },
      }),
    );
    expect(merged.pii.custom_types.badge).toEqual({
      label: "Badge",
      patterns: [{ regex: "B-[0-9]{4}" }, { regex: "BADGE[0-9]+" }],
      actions: { request: "block", response: "redact" },
    });
  });

  it("cannot relax spend: lower caps and thresholds, more tools needing approval", () => {
    const merged = floorMerge(
      parse({
        servers: {
          pay: server({
            spend: { caps: { per_day: 100 }, require_approval_above: 50, require_approval: ["refund"] },
          }),
        },
      }),
      parse({
        servers: {
          pay: server({
            spend: {
              caps: { per_day: 1000, per_hour: 20 },
              require_approval_above: 500,
              require_approval: ["wire"],
            },
          }),
        },
      }),
    );
    expect(merged.servers.pay!.policy.spend).toMatchObject({
      caps: { per_day: 100, per_hour: 20 },
      require_approval_above: 50,
      require_approval: ["refund", "wire"],
    });
  });
});
