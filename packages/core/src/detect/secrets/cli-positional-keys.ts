// Two command lines whose manuals put a credential as a bare word after a keyword or at a fixed position:
// NetworkManager's `nmcli device wifi connect <SSID> password <password>` (nmcli-examples(7)), and the
// Wi-Fi key a connection is modified with (`nmcli con modify … wifi-sec.psk <key>`); and MinIO's client
// `mc alias set <alias> <url> <access-key> <secret-key>` (or the older `mc config host add …`), whose last
// operand is the secret key. Each rule starts at the command's name on the same line.
import { COMMAND_VALUE } from "./context-rules.js";
import type { SecretRule } from "./engine.js";
import { commandRule, literalSecret } from "./positional-credentials.js";

/** One operand: a word or a quoted phrase, then its blank (not an option). */
const OPERAND = `(?:"[^"\\r\\n]{1,64}"|'[^'\\r\\n]{1,64}'|[^\\s"'\`]{1,128})[ \\t]{1,4}(?!-)`;

const NMCLI_KEY = commandRule(
  ["nmcli"],
  new RegExp(
    `(?<![\\w-])nmcli(?:\\.exe)?[ \\t](?:[^\\n]{0,200}?[ \\t])?(?:password|(?:wifi-sec|802-11-wireless-security)\\.psk)[ \\t]{1,4}(?!-)${COMMAND_VALUE}`,
  ),
);

/** mc's alias, its server's URL and the access key, then the secret key (group 2, its quote group 1). */
const MINIO_SECRET_KEY: SecretRule = {
  type: "secret_assignment",
  generic: true,
  keywords: ["mc alias set", "mc config host add", "mc.exe alias set"],
  pattern: new RegExp(
    `(?<![\\w-])mc(?:\\.exe)?[ \\t]{1,4}(?:alias[ \\t]{1,4}set|config[ \\t]{1,4}host[ \\t]{1,4}add)[ \\t]{1,4}${OPERAND}["']?https?://[^\\s"']{1,200}["']?[ \\t]{1,4}${OPERAND}${COMMAND_VALUE}`,
  ),
  group: 2,
  validate: literalSecret,
};

export const CLI_POSITIONAL_KEYS = [NMCLI_KEY, MINIO_SECRET_KEY];
