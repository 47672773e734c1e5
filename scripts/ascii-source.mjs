// Rewrites a bundled file's non-ASCII characters as escapes that mean the same, for scripts/bundle-daemon.mjs.
// esbuild escapes them in string literals but leaves regular expressions, template literals and license
// comments as written, and the detectors' multilingual patterns put a few hundred in the core chunk. Node
// decodes a module holding a single one into a two-byte string: the daemon's 1.5 MB core chunk took 28 ms
// to decode instead of 14 and 58 ms to pre-parse instead of 51 at each start, and kept 3 MB of source in
// the heap instead of 1.5 (the daemon's RSS when it answers: 1.4 MB less).
// - A string literal, a regular expression or an untagged template reads `\uXXXX` (each UTF-16 unit, so an
//   astral character becomes its surrogate pair, which a `u` or `v` expression reads as one code point) as the
//   character itself.
// - String.raw keeps what is written, so there the character becomes `${"\uXXXX"}`: the same text.
// - In a comment (the bundled packages' license notices) any spelling will do: `\uXXXX` too.
// - Anything else (another tag reads the raw text too, an identifier, a character after a backslash) stops
//   the build: it would need a reading of its own.
import ts from "typescript";

const NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII_RUN = /[^\x00-\x7f]+/g;

const unit = (code) => `\\u${code.toString(16).padStart(4, "0")}`;
const escaped = (run) => [...Array(run.length).keys()].map((i) => unit(run.charCodeAt(i))).join("");

/** The template a template literal's piece belongs to (a head's parent; a middle's or tail's span's parent). */
function templateOf(node) {
  if (ts.isNoSubstitutionTemplateLiteral(node)) return node;
  if (ts.isTemplateHead(node)) return node.parent;
  if (ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) return node.parent.parent;
  return undefined;
}

/** How a literal's non-ASCII text is written in ASCII, or undefined where no spelling keeps its meaning. */
function spellingFor(node) {
  if (ts.isStringLiteral(node) || ts.isRegularExpressionLiteral(node)) return escaped;
  const template = templateOf(node);
  if (!template) return undefined;
  if (!ts.isTaggedTemplateExpression(template.parent)) return escaped;
  if (template.parent.tag.getText() === "String.raw") return (run) => `\${"${escaped(run)}"}`;
  return undefined;
}

/** Whether `at` lies in a comment: in the trivia before the token that holds it in its full extent. */
function inComment(file, at) {
  let node = file;
  for (;;) {
    const child = node.getChildren(file).find((c) => c.pos <= at && at < c.end);
    if (!child) return false;
    // Those on the previous token's line count as its trailing comments, the rest as leading ones.
    if (at < child.getStart(file))
      return [
        ...(ts.getTrailingCommentRanges(file.text, child.pos) ?? []),
        ...(ts.getLeadingCommentRanges(file.text, child.pos) ?? []),
      ].some((r) => r.pos <= at && at < r.end);
    node = child;
  }
}

/** `text` with every non-ASCII character escaped; throws where it cannot say where one stands. */
export function asciiSource(text, name) {
  if (!NON_ASCII.test(text)) return text;
  const file = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  const visit = (node) => {
    const start = node.getStart(file);
    if (!NON_ASCII.test(text.slice(start, node.end))) return;
    const spell = spellingFor(node);
    if (!spell) {
      if (ts.forEachChild(node, () => true) === undefined) refuse(node);
      return void ts.forEachChild(node, visit);
    }
    const literal = text.slice(start, node.end);
    for (const match of literal.matchAll(NON_ASCII_RUN)) {
      if (/(^|[^\\])(\\\\)*\\$/.test(literal.slice(0, match.index)))
        throw new Error(`${name}: a backslash before non-ASCII text at ${start + match.index}`);
      edits.push({ at: start + match.index, length: match[0].length, with: spell(match[0]) });
    }
  };
  const refuse = (node) => {
    throw new Error(
      `${name}: no escape keeps the meaning of non-ASCII text at ${node.getStart(file)}: ${node.getText(file)}`,
    );
  };
  ts.forEachChild(file, visit);
  // What no literal holds must be in a comment.
  const inLiterals = (at) => edits.some((edit) => edit.at <= at && at < edit.at + edit.length);
  for (const match of text.matchAll(NON_ASCII_RUN)) {
    if (inLiterals(match.index)) continue;
    if (!inComment(file, match.index))
      throw new Error(`${name}: non-ASCII text outside any literal or comment at ${match.index}`);
    edits.push({ at: match.index, length: match[0].length, with: escaped(match[0]) });
  }
  let out = "";
  let from = 0;
  for (const edit of edits.sort((a, b) => a.at - b.at)) {
    out += text.slice(from, edit.at) + edit.with;
    from = edit.at + edit.length;
  }
  out += text.slice(from);
  return out;
}
