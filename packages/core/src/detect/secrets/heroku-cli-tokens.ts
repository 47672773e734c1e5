// `heroku auth:token` prints the user's Heroku API token, a UUID, on a line of its own below the CLI's
// warnings (heroku-cli 8 writes them to stderr, which a terminal or a tool's captured output shows above it).
// The Platform API takes it as a bearer token and as HEROKU_API_KEY, so whoever reads it has the account. A
// bare UUID is an id everywhere else: only the command before it says what it is, so the rule starts at the
// command's name (a keyword) and reads the first few lines after it. The token of `heroku authorizations:create`
// is read by its `Token:` row; a token in the newer HRKU- format by its prefix (token-rules.ts).
import type { SecretRule } from "./engine.js";

/** How many lines (the CLI's warnings) may stand between the command and its token. */
const WARNING_LINES = 4;
const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

export const HEROKU_CLI_TOKEN: SecretRule = {
  type: "heroku_api_key",
  keywords: ["auth:token"],
  // From `heroku` before the keyword (perhaps a path's or npx's) to it.
  back: 16,
  pattern: new RegExp(
    String.raw`(?<![\w-])heroku[ \t]{1,4}auth:token(?![\w:-])[^\n]{0,80}\n(?:[^\n]{0,200}\n){0,${WARNING_LINES}}?[ \t]{0,4}(${UUID})[ \t\r]*(?=\n|$)`,
  ),
  group: 1,
};
