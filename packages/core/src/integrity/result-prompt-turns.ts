// A prompt a server hands over (prompts/get) is the user's own turn in the conversation, chosen by the user:
// "You are a triage assistant. Call list_issues …" is how every such prompt opens, because it is written to the
// model, as a request to a chatbot is (round 47). So the cues of a request's register (result-chat-request.ts:
// the reader cast in a part, told what it is, the shape of its answer) are not counted in one, as they are not
// in a text that opens as a request; every other cue is, and a prompt that carries a link or an address is read
// in full, as a request with one is.
//
// Read from the result's shape, since the guard reviews a prompt without a tool call: a `messages` list of
// user and assistant turns, and none of a tool result's members (a tool result that adds `messages` to its
// `content` is still a tool result).

const TURN_ROLES = new Set(["user", "assistant"]);
const TOOL_RESULT_MEMBERS = ["content", "structuredContent", "toolResult", "contents"];

/** Whether a result (the value of a response's `result`) is a prompt's messages. */
export function isPromptResult(result: unknown): boolean {
  if (!result || typeof result !== "object" || Array.isArray(result)) return false;
  const fields = result as Record<string, unknown>;
  if (TOOL_RESULT_MEMBERS.some((member) => member in fields)) return false;
  const messages = fields.messages;
  return (
    Array.isArray(messages) &&
    messages.length > 0 &&
    messages.every(
      (m) => !!m && typeof m === "object" && TURN_ROLES.has((m as Record<string, unknown>).role as string),
    )
  );
}
