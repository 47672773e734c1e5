import { describe, expect, it } from "vitest";
import { claimValues } from "../src/oauth-claims.js";

describe("the values of the claim roles are read from", () => {
  it("a scope string is its space-separated scopes, under scope and scp", () => {
    expect(claimValues({ scope: "openid profile mcp:tools" }, "scope")).toEqual([
      "openid",
      "profile",
      "mcp:tools",
    ]);
    expect(claimValues({ scp: "User.Read  mcp:tools" }, "scp")).toEqual(["User.Read", "mcp:tools"]);
    expect(claimValues({ scp: ["mcp:tools", 5] }, "scp")).toEqual(["mcp:tools"]);
  });

  it("negative: another claim's string is one value (a group named with a space)", () => {
    expect(claimValues({ roles: "Domain Admins" }, "roles")).toEqual(["Domain Admins"]);
    expect(claimValues({ groups: ["Domain Admins", "ops"] }, "groups")).toEqual(["Domain Admins", "ops"]);
  });

  it("a dotted name is followed into nested objects, as Keycloak writes realm_access.roles", () => {
    const payload = {
      realm_access: { roles: ["mcp-user"] },
      resource_access: { guard: { roles: ["admin"] } },
    };
    expect(claimValues(payload, "realm_access.roles")).toEqual(["mcp-user"]);
    expect(claimValues(payload, "resource_access.guard.roles")).toEqual(["admin"]);
    expect(claimValues(payload, "realm_access.missing")).toEqual([]);
    expect(claimValues({ realm_access: ["x"] }, "realm_access.0")).toEqual([]);
  });

  it("a member named with dots is read as named first (Auth0's namespaced claims are URLs)", () => {
    const payload = {
      "https://guard.example/roles": ["mcp-user"],
      https: { "//guard": { example: ["other"] } },
    };
    expect(claimValues(payload, "https://guard.example/roles")).toEqual(["mcp-user"]);
  });

  it("negative: a path reads own members only, nothing from Object.prototype", () => {
    expect(claimValues({ realm_access: {} }, "realm_access.constructor")).toEqual([]);
    expect(claimValues({}, "__proto__.toString")).toEqual([]);
  });
});
