// Windows tools take a password as a slash switch, `/name:value` or `/name value`, where Unix tools take
// `--password=value`: cmdkey's `/pass:` (with /add:, /generic:), netdom's `/PasswordD:` and `/PasswordO:`,
// tscon's `/password:`, schtasks' `/rp` (the task's account) and `/p` (the remote login), WinRS's `-p:` and
// dsadd's and dsmod's `-pwd`; PowerShell's ConvertTo-SecureString takes its plain text, quoted or not, as its
// first positional. Each rule starts at the switch or the tool's name, so text without one costs nothing; a
// switch with no value (`/pass` alone, `/rp *`) prompts and holds none.
import { COMMAND_VALUE } from "./context-rules.js";
import type { SecretRule } from "./engine.js";
import { commandRule } from "./positional-credentials.js";

const BARE = COMMAND_VALUE;

/** What may stand before a slash switch: a blank or the line's start, never a path's or a URL's letter. */
function opensSwitch(match: RegExpExecArray): boolean {
  const before = match.index > 0 ? match.input.charAt(match.index - 1) : "\n";
  return before === " " || before === "\t" || before === "\n" || before === '"';
}

/** A `/pass:`-like switch standing alone: the colon and a value after it are the switch's own shape. */
const SLASH_PASSWORD: SecretRule = {
  ...commandRule(
    ["/pass:", "/password:", "/passwordd:", "/passwordo:", "/pwd:"],
    new RegExp(`/(?:pass(?:word[do]?)?|pwd):${BARE}`, "i"),
  ),
  context: opensSwitch,
};

export const WINDOWS_SWITCH_RULES: SecretRule[] = [
  SLASH_PASSWORD,
  commandRule(
    ["schtasks"],
    new RegExp(`schtasks(?:\\.exe)?[ \\t][^\\n]{0,400}?[ \\t]/r?p[ \\t]{1,4}(?![/*])${BARE}`, "i"),
  ),
  commandRule(
    ["winrs"],
    new RegExp(`winrs(?:\\.exe)?[ \\t][^\\n]{0,200}?[ \\t][-/]p(?:assword)?:${BARE}`, "i"),
  ),
  commandRule(
    ["dsadd", "dsmod"],
    new RegExp(
      `ds(?:add|mod)(?:\\.exe)?[ \\t]{1,4}user[ \\t][^\\n]{0,300}?[ \\t]-pwd[ \\t]{1,4}(?!\\*)${BARE}`,
      "i",
    ),
  ),
  // The plain text is a password only with -AsPlainText (without, the input is an encrypted string); it may
  // come before or after the text, which is the first positional or -String's. A variable, a subexpression or
  // a splat ($plain, (Get-Content …), @args) is no literal.
  commandRule(
    ["convertto-securestring"],
    new RegExp(
      `ConvertTo-SecureString(?=[^\\n|;]{0,300}?-AsPlainText)(?:[ \\t]{1,4}-(?:AsPlainText|Force)(?![\\w-])){0,2}[ \\t]{1,4}(?:-String[ \\t]{1,4})?(?![-$(@])${BARE}`,
      "i",
    ),
  ),
];
