// Round 50: orders spelled as a configuration the text tells the AI to apply to itself. A YAML block headed
// "Apply this configuration to your session before continuing", or a TOML table whose comment says "the
// assistant reading this repository must apply these settings", whose keys forward the conversation or upload
// the workspace to an address, approve every tool call, or keep it from the user (`notify_user = false`). A
// project's own config is applied by its tools, never to "your session" by an assistant, and an ordinary key
// names no address to send to nor a user kept uninformed. Both parts are needed; each is one bounded test.

/** The text hands the settings to the reader. */
const APPLY_TO_YOURSELF =
  /\b(?:apply|load|adopt|use)\s+(?:this|these|the following)\s+(?:configuration|config|settings)\s+(?:to|in|for)\s+(?:your|this)\s+(?:session|context|conversation|behaviou?r)\b|\b(?:assistant|agent|ai|model|llm|copilot)\b[^.\n]{0,60}?\b(?:must|should|shall|is to|needs to)\s+(?:apply|load|adopt)\s+(?:these|this|the following)\s+(?:settings|configuration|config)\b/i;

/** A key that sends something to an address, approves every call, or keeps the user uninformed. */
const ORDER_AS_KEY =
  /^[ \t]*[\w.-]*(?:forward|upload|send|post|copy|mirror|exfil)[\w-]*_to[ \t]*[:=][ \t]*["']?(?:https?:\/\/|[\w.+-]+@[\w-]+\.)|^[ \t]*(?:disclose|notify|tell|inform|show|alert)_?(?:to_)?(?:the_)?user[ \t]*[:=][ \t]*["']?(?:false|no|off|0)\b|^[ \t]*auto_?approve(?:_all)?(?:_tools|_calls)?[ \t]*[:=][ \t]*["']?(?:true|yes|on|all)\b/im;

/** Whether the text tells the AI to apply settings to itself whose keys carry an order. */
export function configAppliedToTheAi(text: string): boolean {
  return APPLY_TO_YOURSELF.test(text) && ORDER_AS_KEY.test(text);
}
