// Trust on first use for what a server presents: each tool, prompt and the server's instructions are
// pinned by a digest of their canonical JSON the first time a server is seen; later differences are
// changes that a person must approve.
import { createHash } from "node:crypto";

export type PinKind = "tool" | "prompt" | "instructions";

export interface Pin {
  hash: string;
  definition: string;
}

/** The daemon's SQLite implements this; the CLI approves and resets through the same tables. */
export interface PinStore {
  hasAny(server: string): boolean;
  get(server: string, kind: PinKind, name: string): Pin | undefined;
  pin(server: string, kind: PinKind, name: string, pin: Pin): void;
  /** Records a definition that differs from the pin (or is new on a pinned server) as pending approval. */
  recordChange(server: string, kind: PinKind, name: string, pin: Pin): void;
  /** Whether a change to this item is waiting for approval. */
  pending(server: string, kind: PinKind, name: string): boolean;
}

/** JSON with object keys sorted at every level, so equal definitions hash equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export function pinOf(definition: unknown): Pin {
  const json = canonicalJson(definition);
  return { hash: createHash("sha256").update(json).digest("hex"), definition: json };
}
