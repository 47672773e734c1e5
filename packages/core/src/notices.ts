// What a check wants the client to know, beyond the verdict (e.g. that a definition was withheld and the
// command that approves it). Checks leave notices in the session's memory; the session sends them to the
// client as log notifications after the message they concern, and never audits their text.
import type { MessageContext } from "./pipeline.js";

const KEY = "client_notices";

export function noticeForClient(ctx: MessageContext, text: string): void {
  let notices = ctx.state.get(KEY) as string[] | undefined;
  if (!notices) ctx.state.set(KEY, (notices = []));
  notices.push(text);
}

/** Takes (and forgets) the notices left in a session's memory. */
export function takeNotices(state: Map<string, unknown>): string[] {
  const notices = state.get(KEY) as string[] | undefined;
  if (!notices?.length) return [];
  state.delete(KEY);
  return notices;
}
