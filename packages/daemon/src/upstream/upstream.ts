// The daemon's view of one upstream connection, whatever the transport.
import type { JsonObject } from "@mcp-guard/core";

export type UpstreamInbound =
  | { kind: "message"; message: JsonObject; bytes: number }
  | { kind: "invalid"; text: string }
  | { kind: "oversized"; bytes: number; head: string };

export interface Upstream {
  /** Resolves once messages can be sent; rejects with a readable reason. */
  start(): Promise<void>;
  /** Resolves once written; rejects when the connection cannot take it. */
  send(message: JsonObject): Promise<void>;
  /** Idempotent; resolves when the connection (and any child process group) is gone. */
  close(): Promise<void>;
  onInbound: (event: UpstreamInbound) => void;
  /** Called once when the connection ends for any reason other than close(). */
  onClosed: (reason: string) => void;
  setProtocolVersion(version: string): void;
  readonly pid: number | undefined;
  /** The last lines a stdio server wrote to stderr: why it crashed, for the client and `status`. */
  stderrTail?(): string[];
  pause(): void;
  resume(): void;
}
