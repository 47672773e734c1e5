// lftp takes its login as `-u user,password` (lftp(1): "-u user[,pass]"), on its command line or in the
// `open -u user,pass host` of a command string (-c, -e) or a script it runs: mirror and backup scripts,
// cron files and `ps aux` rows carry it. The part after the comma is the password; `-u anonymous` has none.
import { commandRule } from "./positional-credentials.js";

/** The user (a word, no comma, colon or slash: a URL is no user) then the comma. */
const USER_COMMA = `["']?[^\\s,"'\`/:]{1,64},`;
/** The password, up to a blank, a quote or the command string's `;`. */
const PASSWORD = `([^\\s"'\`;]{3,128})(?=$|[\\s"';)|&])`;

export const LFTP_LOGIN_RULES = [
  // The empty group stands where commandRule expects the value's quote.
  commandRule(
    ["lftp"],
    new RegExp(
      `(?<![\\w-])lftp(?:\\.exe)?[ \\t](?:[^\\n]{0,200}?[ \\t"'])?-u[ \\t]{1,4}()${USER_COMMA}${PASSWORD}`,
    ),
  ),
  commandRule(["open -u"], new RegExp(`(?<![\\w-])open[ \\t]{1,4}-u[ \\t]{1,4}()${USER_COMMA}${PASSWORD}`)),
];
