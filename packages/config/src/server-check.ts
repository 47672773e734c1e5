// The schema check of a server entry filled in for one session (session-server.ts); loaded on demand,
// since it brings zod.
import { serverSchema } from "./schema.js";
import type { ServerCheck } from "./session-server.js";

export const checkServerEntry: ServerCheck = (entry) => {
  const parsed = serverSchema.safeParse(entry);
  if (parsed.success) return { ok: true, server: parsed.data };
  const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
  return { ok: false, reason: `invalid after filling its variables: ${issues}` };
};
