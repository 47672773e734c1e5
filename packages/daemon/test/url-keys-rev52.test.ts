// rev52: keys in a hosted server's URL that d79aa12d does not hand over as credentials (values written by rev52).
import { describe, expect, it } from "vitest";
import { handedValues } from "../src/upstream/known-values.js";

describe("rev52: URL keys", () => {
  it.each([
    [
      "Azure Functions MCP system key (?code=)",
      "https://notes-fn.azurewebsites.net/runtime/webhooks/mcp/sse?code=Qk3vT9zLmR2xW8pN5sY1hJ7cB4dF6gA0eU3iO9lK2nM5qP8rS1tV==",
      "Qk3vT9zLmR2xW8pN5sY1hJ7cB4dF6gA0eU3iO9lK2nM5qP8rS1tV==",
    ],
    [
      "Azure SAS (?sig=)",
      "https://acct.blob.core.windows.net/mcp/sse?sv=2022-11-02&sp=r&sig=Hq7vR2mX9zLpK4wNa8Bc3De5Fg6Hi7Jk%3D",
      "Hq7vR2mX9zLpK4wNa8Bc3De5Fg6Hi7Jk=",
    ],
    [
      "customerId acting as the account key",
      "https://mcp.composio.example/partner/composio/gmail?customerId=4f8a2c1e-9b7d-4e3f-a6c5-1d2b3e4f5a6b",
      "4f8a2c1e-9b7d-4e3f-a6c5-1d2b3e4f5a6b",
    ],
    [
      "a token as the userinfo's user (git-remote style)",
      "https://ghp_Zx9kQ2mV7pL4wR8tY1nB3cD5eF7gH9iJ1kL@mcp.example.com/mcp",
      "ghp_Zx9kQ2mV7pL4wR8tY1nB3cD5eF7gH9iJ1kL",
    ],
  ])("%s", (_what, url, key) => {
    const handed = handedValues({ env: {}, url }, {}, []);
    expect(handed.some((v) => v.toLowerCase().includes(key.toLowerCase().slice(0, 6)))).toBe(true);
  });
});

describe("rev52: URL path segments that are names, not keys", () => {
  it.each([
    "https://mcp.example.com/v1/projects/acme-analytics-2024/mcp",
    "https://mcp.example.com/orgs/support-team-emea-2/mcp",
  ])("%s hands nothing", (url) => {
    expect(handedValues({ env: {}, url }, {}, [])).toEqual([]);
  });
});
