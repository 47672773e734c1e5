// The side-door table in core must list exactly what the MCP SDK's schema defines per direction; an SDK
// upgrade that adds a method fails here until the table is updated on purpose.
import { CLIENT_REQUEST_METHODS } from "@mcp-guard/config";
import { MCP_METHODS } from "@mcp-guard/core";
import {
  ClientNotificationSchema,
  ClientRequestSchema,
  ServerNotificationSchema,
  ServerRequestSchema,
} from "@modelcontextprotocol/sdk/types.js";
import { expect, it } from "vitest";

const methods = (union: { options: readonly { shape: { method: { value: string } } }[] }) =>
  union.options.map((o) => o.shape.method.value).sort();

it("matches the SDK's schema for each direction", () => {
  expect([...MCP_METHODS.to_server.requests].sort()).toEqual(methods(ClientRequestSchema));
  expect([...MCP_METHODS.to_server.notifications].sort()).toEqual(methods(ClientNotificationSchema));
  expect([...MCP_METHODS.to_client.requests].sort()).toEqual(methods(ServerRequestSchema));
  expect([...MCP_METHODS.to_client.notifications].sort()).toEqual(methods(ServerNotificationSchema));
});

it("is the list of methods config lets method_limits name", () => {
  expect([...CLIENT_REQUEST_METHODS].sort()).toEqual([...MCP_METHODS.to_server.requests].sort());
});
