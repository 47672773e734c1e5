// ODBC connection strings quote a value with braces, and the drivers require it for a password holding `;`,
// `{` or `=`: `Driver={…};Server=db01;Uid=report;PWD={p;w}` (SQL Server's ODBC driver, psqlODBC, MySQL
// Connector/ODBC; a `}` inside is written `}}`). The unbraced `Pwd=…;` is read by the assignment rules; the
// braces are read here as the value's quotes. The key must open an attribute of the string (after `;`, a
// quote or a line's start), so JSX's `password={value}` after a blank is not read.
import type { SecretRule } from "./engine.js";
import { literalPassword } from "./positional-credentials.js";
import { isReference } from "./placeholders.js";

/**
 * A template's slot rather than a password: a name (`{password}`, `{db_pass}`, `{cfg.pwd}`, `{pw2}`), letters
 * and separators with at most a short number after them, or whatever the template filter reads as one.
 */
function slotName(inside: string): boolean {
  return /^[A-Za-z_][A-Za-z_.]{0,63}[0-9]{0,2}$/.test(inside) || isReference(`{${inside}}`);
}

export const ODBC_BRACED_PASSWORD: SecretRule = {
  type: "secret_assignment",
  generic: true,
  keywords: ["pwd={", "password={"],
  pattern: /(?<=(?:^|[\n;"'])[ \t]{0,4})(?:pwd|password)=\{((?:[^}\r\n]|\}\}){1,256})\}(?=$|[;"'\s])/i,
  group: 1,
  validate: (inside) => !slotName(inside) && literalPassword(inside.replaceAll("}}", "}")),
};
