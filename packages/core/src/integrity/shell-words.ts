// A tool argument can be a command line for a shell (or code for an interpreter) rather than a path, and a
// shell reads the paths inside it after undoing its own quoting: `c\at '/etc/sha''dow'` reads /etc/shadow,
// `$HOME/.ssh/id_rsa` and `"$HOME"/.ssh` the user's key, `wc</etc/shadow` needs no space at all, and
// `/etc/shado?` expands to the file. These helpers split such a string into the words a shell would pass
// on, so that each word can be judged as the path it is.

/** Characters that end a word outside quotes: blanks, operators, redirections, grouping, assignments. */
const BREAK = new Set([..." \t\r\n;|&<>()`=,{}", "\u000b", "\u000c"]);
/** A run of characters that are taken as they are (most of any string), read in one step. */
const PLAIN = /[^ \t\r\n\v\f;|&<>()`=,{}'"\\$]+/y;

/**
 * The words of a command line as a POSIX shell splits them: single quotes taken literally, double quotes
 * with their backslash escapes, a backslash outside quotes escaping the next character. `$HOME`,
 * `${HOME}` and a leading `~` are kept for `expandHome`. Linear in the length of the string.
 */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word = "";
  let inWord = false;
  const end = () => {
    if (inWord) words.push(word);
    word = "";
    inWord = false;
  };
  for (let i = 0; i < line.length; i++) {
    PLAIN.lastIndex = i;
    if (PLAIN.test(line)) {
      word += line.slice(i, PLAIN.lastIndex);
      inWord = true;
      i = PLAIN.lastIndex - 1;
      continue;
    }
    const c = line[i] as string;
    if (c === "'") {
      const close = line.indexOf("'", i + 1);
      const stop = close === -1 ? line.length : close;
      word += line.slice(i + 1, stop);
      inWord = true;
      i = stop;
    } else if (c === '"') {
      inWord = true;
      for (i++; i < line.length && line[i] !== '"'; i++) {
        if (line[i] === "\\" && i + 1 < line.length && '"\\$`'.includes(line[i + 1] as string)) i++;
        word += line[i];
      }
    } else if (c === "\\") {
      // A backslash before a newline joins the lines: both go, and the word goes on.
      if (i + 1 < line.length && line[i + 1] !== "\n") word += line[i + 1];
      i++;
      inWord = true;
    } else if (c === "$" && line[i + 1] === "'") {
      // bash's $'...' quoting spells characters as escapes: $'\x2fetc\57shadow' is /etc/shadow.
      const close = ansiQuoteEnd(line, i + 2);
      word += ansiUnescape(line.slice(i + 2, close));
      inWord = true;
      i = close;
    } else if (c === "$" && line[i + 1] === "{" && line.startsWith("${HOME}", i)) {
      // ${HOME} is one piece of a word, not a group that ends it.
      word += "$HOME";
      inWord = true;
      i += "${HOME}".length - 1;
    } else if (BREAK.has(c)) {
      end();
    } else {
      word += c;
      inWord = true;
    }
  }
  end();
  return words;
}

/** Where a $'...' quote ends: its closing quote, or the end of the line (a quote escaped by \ does not close). */
function ansiQuoteEnd(line: string, from: number): number {
  for (let i = from; i < line.length; i++) {
    if (line[i] === "\\") i++;
    else if (line[i] === "'") return i;
  }
  return line.length;
}

const ANSI_ESCAPE = /\\(?:x([0-9a-fA-F]{1,2})|([0-7]{1,3})|u([0-9a-fA-F]{1,4})|U([0-9a-fA-F]{1,8})|(.))/gs;
const ANSI_LETTERS: Record<string, string> = {
  n: "\n",
  t: "\t",
  r: "\r",
  v: "\v",
  f: "\f",
  a: "\u0007",
  b: "\b",
  e: "\u001b",
  E: "\u001b",
};

/** The text of a $'...' quote after bash undoes its escapes (hex, octal, \u, \U and the letters). */
function ansiUnescape(body: string): string {
  return body.replace(
    ANSI_ESCAPE,
    (_, hex?: string, octal?: string, u4?: string, u8?: string, other?: string) => {
      const code = hex ?? u4 ?? u8;
      if (code !== undefined) return String.fromCodePoint(Math.min(parseInt(code, 16), 0x10ffff));
      if (octal !== undefined) return String.fromCharCode(parseInt(octal, 8) & 0xff);
      return ANSI_LETTERS[other as string] ?? (other as string);
    },
  );
}

/**
 * A command line with bash's brace expansion done (`/etc/sh{a,}dow` → `/etc/shadow /etc/shdow`), for the
 * groups that hold a comma and no other brace; at most `limit` results, the rest of the groups left as
 * they are (the split then ends words at them, as it did before).
 */
export function braceExpansions(line: string, limit = 64): string[] {
  const group = /\{([^{}]*,[^{}]*)\}/;
  let lines = [line];
  for (let round = 0; round < 8; round++) {
    const next: string[] = [];
    let changed = false;
    for (const current of lines) {
      const found = group.exec(current);
      if (!found || next.length >= limit) {
        next.push(current);
        continue;
      }
      changed = true;
      const before = current.slice(0, found.index);
      const after = current.slice(found.index + found[0].length);
      for (const option of (found[1] as string).split(",")) {
        if (next.length < limit) next.push(`${before}${option}${after}`);
      }
    }
    lines = next;
    if (!changed) break;
  }
  return lines;
}

/** A word whose start a shell replaces with the home directory: `~`, `~/…`, `$HOME`, `$HOME/…`. */
export function expandHome(word: string, home: string): string | undefined {
  const rest = /^(?:~|\$HOME)(?=\/|$)/.exec(word);
  if (rest) return `${home}${word.slice(rest[0].length)}`;
  // Another user's home (`~root/.ssh`): the rules match credential files under any directory.
  const other = /^~([A-Za-z_][A-Za-z0-9_.-]*)(?=\/|$)/.exec(word);
  if (other) return `/home/${other[1]}${word.slice(other[0].length)}`;
  return undefined;
}

const GLOB = /[*?[]/;
/** Names of credential files and directories that a glob in a word might expand to. */
const CREDENTIAL_NAMES = [
  // The directories on the way to them: `/e?c/shadow` and `/pr?c/self/environ` expand through these.
  "etc",
  "proc",
  "self",
  "task",
  "run",
  "var",
  "home",
  "root",
  "secrets",
  "kubernetes.io",
  "serviceaccount",
  "environ",
  "shadow",
  "gshadow",
  "shadow-",
  "gshadow-",
  "passwd",
  "sudoers",
  ".ssh",
  "id_rsa",
  "id_ed25519",
  "id_ecdsa",
  ".aws",
  "credentials",
  "config",
  "config.json",
  ".config",
  "gcloud",
  ".kube",
  ".docker",
  ".netrc",
  ".npmrc",
  ".git-credentials",
  ".gnupg",
  ".azure",
];
/** How many expansions of one word are tried (a word of many globs stops here; it is then judged as is). */
const MAX_EXPANSIONS = 256;

/**
 * The paths a word with glob characters could expand to among credential file names, segment by segment
 * (`/etc/shado?` → `/etc/shadow`, `~/.ss[h]/id_*` → `~/.ssh/id_rsa`, …). As in a shell, `*`, `?` and a
 * bracket do not match a leading dot. A word without globs is returned as it is.
 */
export function globExpansions(word: string): string[] {
  if (!GLOB.test(word)) return [word];
  let paths = [""];
  const segments = word.split("/");
  segments.forEach((segment, index) => {
    const options = GLOB.test(segment) ? namesMatching(segment) : [segment];
    const next: string[] = [];
    for (const path of paths)
      for (const option of options) {
        if (next.length >= MAX_EXPANSIONS) break;
        next.push(index === 0 ? option : `${path}/${option}`);
      }
    paths = next;
  });
  return paths.length > 0 ? paths : [word];
}

function namesMatching(segment: string): string[] {
  const pattern = globSegment(segment);
  if (!pattern) return [segment];
  return CREDENTIAL_NAMES.filter(
    (name) => pattern.test(name) && (segment.startsWith(".") || !name.startsWith(".")),
  );
}

/** One path segment of a shell glob as an anchored regular expression (undefined when it is malformed). */
function globSegment(segment: string): RegExp | undefined {
  let source = "";
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i] as string;
    if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else if (c === "[") {
      const close = segment.indexOf("]", i + 2);
      if (close === -1) return undefined;
      const inner = segment
        .slice(i + 1, close)
        .replace(/^!/, "^")
        .replace(/[\\\]]/g, "\\$&");
      source += `[${inner}]`;
      i = close;
    } else source += c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  try {
    return new RegExp(`^${source}$`, "u");
  } catch {
    return undefined;
  }
}
