// Client configs as text: VS Code's mcp.json (and others) may hold comments and trailing commas. Reading
// accepts both; writing edits the one value in place, so everything else in the file (comments, order,
// formatting) is kept as the person wrote it.
import { applyEdits, modify, parse, printParseErrorCode, type ParseError } from "jsonc-parser";

export function parseJsonc(text: string): unknown {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const e = errors[0]!;
    const line = text.slice(0, e.offset).split("\n").length;
    throw new Error(`not valid JSON at line ${line}: ${printParseErrorCode(e.error)}`);
  }
  return value;
}

/** The text with the value at `path` replaced (or added), nothing else touched. */
export function setInText(text: string, path: readonly string[], value: unknown): string {
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? "  ";
  const edits = modify(text, [...path], value, {
    formattingOptions: {
      insertSpaces: !indent.startsWith("\t"),
      tabSize: indent.startsWith("\t") ? 1 : indent.length,
      eol: text.includes("\r\n") ? "\r\n" : "\n",
    },
  });
  return applyEdits(text, edits);
}
