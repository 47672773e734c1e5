// ODBC connection strings quote a value with braces, and the drivers require it for a password holding `;`,
// `{` or `=`: `Driver={…};Server=db01;Uid=report;PWD={p;w}` (SQL Server's ODBC driver, psqlODBC, MySQL
// Connector/ODBC; a `}` inside is written `}}`). The unbraced `Pwd=…;` is read by the assignment rules; the
// braces are read here as the value's quotes. The key must open an attribute of the string (after `;`, a
// quote or a line's start), so JSX's `password={value}` after a blank is not read.
import type { SecretRule } from "./engine.js";
import { literalPassword } from "./positional-credentials.js";
import { isReference } from "./placeholders.js";

/**
 * A template's slot rather than a password: a name as code writes one, in lower case (`{password}`,
 * `{db_pass}`, `{cfg.pwd}`, `{pw2}`) or camel case (`{dbPassword}`), a name holding a credential's word in any
 * case (`{DB_PASSWORD}`), or a reference inside the braces (`{$PWD}`, `{%PASS%}`). A capitalised word with a
 * number (`{Summer2024}`, `{Welcome1}`) or a phrase is what people choose as a password: braced, it was read as
 * a slot (round 50), as any `{word}` is a reference elsewhere; here the braces are the value's quotes.
 */
function slotName(inside: string): boolean {
  // Only with its conversion, spec or `=`: a bare `{Welcome1}` is a word with a number, judged below.
  if (/[!:=]/.test(inside) && PYTHON_FIELD.test(inside)) return true;
  if (!/^[A-Za-z_][A-Za-z0-9_.]{0,63}$/.test(inside)) return isReference(inside);
  return (
    /^[a-z_][a-z0-9_.]*$/.test(inside) ||
    /^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$/.test(inside) ||
    /pass|pwd|pw(?![a-z])|secret|cred/i.test(inside)
  );
}

/**
 * A Python replacement field: a name with a conversion (`{password!r}`), a format spec (`{pwd:>12}`) or the
 * self-documenting `=` (`{password=}`), as f-strings and str.format write them.
 */
const PYTHON_FIELD =
  /^[A-Za-z_][A-Za-z_.]{0,63}[0-9]{0,2}=?(?:![rsa])?(?::(?:.?[<>=^])?[+ -]?#?0?[0-9]{0,3}[,_]?(?:\.[0-9]{1,3})?[bcdeEfFgGnosxX%]?)?$/;

export const ODBC_BRACED_PASSWORD: SecretRule = {
  type: "secret_assignment",
  generic: true,
  keywords: ["pwd={", "password={"],
  pattern: /(?<=(?:^|[\n;"'])[ \t]{0,4})(?:pwd|password)=\{((?:[^}\r\n]|\}\}){1,256})\}(?=$|[;"'\s])/i,
  group: 1,
  validate: (inside) => !slotName(inside) && literalPassword(inside.replaceAll("}}", "}")),
};
