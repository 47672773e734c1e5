// Attack (round 38): the answers of the cloud APIs whose whole job is to hand out secrets pass the guard
// whole unless a secret's name happens to stand beside the value. AWS Systems Manager's
// `get-parameters-by-path --with-decryption` lists each parameter as `{ "Name": …, "Type": "SecureString",
// "Value": <the decrypted secret> }`: found when the Name ends in "password" (the sibling-name rule), passed
// when it is `/prod/billing/upstream`, though `SecureString` says what the value is. Azure's `az storage
// account keys list` answers `[{ "keyName": "key1", "permissions": "FULL", "value": <the account key> }]`: a
// key that opens the whole storage account, passed as text and as structuredContent. The AWS and Azure MCP
// servers return exactly these. The guard must redact such values towards the client. Through the real
// bridge and the recording server.
import { afterAll, describe, expect, it } from "vitest";
import { recorderWithResults, toolSession } from "../src/index.js";

const NAMED_PASSWORD = "Tr0ub4dor&3xQ9z";
const SECURE_STRING = "Xk29fq7Lm2vB!q8Zr";
const ACCOUNT_KEY = "q8Zr3mX0vP2LkT9sYwB4nE7uH1cJ5dF6gA8iK0oM2pQ4rS6tU8vW0xY2zA4bC6dE8fG0hI2jK4lM6nO8pQ0rS==";

const parameter = (name: string, value: string) => ({
  Name: name,
  Type: "SecureString",
  Value: value,
  Version: 3,
  LastModifiedDate: "2024-05-20T10:00:00Z",
  ARN: `arn:aws:ssm:us-east-1:123456789012:parameter${name}`,
  DataType: "text",
});
const SSM_NAMED = { Parameters: [parameter("/prod/db/password", NAMED_PASSWORD)] };
const SSM = {
  Parameters: [
    parameter("/prod/billing/upstream", SECURE_STRING),
    { Name: "/prod/billing/region", Type: "String", Value: "us-east-1", Version: 1, DataType: "text" },
  ],
};
const STORAGE_KEYS = [
  {
    creationTime: "2024-05-20T10:00:00.000000+00:00",
    keyName: "key1",
    permissions: "FULL",
    value: ACCOUNT_KEY,
  },
];

const both = (value: unknown) => ({
  content: [{ type: "text", text: JSON.stringify(value, null, 2) }],
  structuredContent: Array.isArray(value) ? { keys: value } : value,
});
const { home } = recorderWithResults({
  get_parameters_named: both(SSM_NAMED),
  get_parameters: both(SSM),
  list_storage_keys: both(STORAGE_KEYS),
});
afterAll(async () => {
  await home.cleanup();
});

async function results(tools: readonly string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  await toolSession(home, async (call) => {
    for (const tool of tools) out[tool] = JSON.stringify((await call(tool, {})).result);
  });
  return out;
}

describe("a cloud secret store's answer", () => {
  it("a SecureString parameter named as a password reaches the client redacted (control)", async () => {
    const { get_parameters_named: text } = await results(["get_parameters_named"]);
    expect(text).toContain("/prod/db/password");
    expect(text?.includes(NAMED_PASSWORD)).toBe(false);
  });

  it("any SecureString parameter's value, and a storage account's key, reach the client redacted", async () => {
    const seen = await results(["get_parameters", "list_storage_keys"]);
    expect(seen.get_parameters).toContain("us-east-1");
    expect({
      secure_string: seen.get_parameters?.includes(SECURE_STRING),
      storage_account_key: seen.list_storage_keys?.includes(ACCOUNT_KEY),
    }).toEqual({ secure_string: false, storage_account_key: false });
  });
});
