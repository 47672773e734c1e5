// Resources that almost never belong in an agent's context: system credential files, private keys, cloud
// credentials and instance-metadata endpoints. Matched on canonical URIs, and on paths in tool arguments
// resolved the way the server resolves them (the filesystem server takes paths, often relative ones).
// Matching ignores case: macOS's and Windows' file systems do (`~/.SSH/ID_RSA` opens `~/.ssh/id_rsa` there,
// and so does `~/.aws/credentialſ`: case-fold.ts), and on Linux a rule that also refuses another spelling can
// only refuse more.
import { posix } from "node:path";
import { foldCase } from "../policy/case-fold.js";
import { windowsName } from "../policy/file-spellings.js";
import { normalizePath, normalizeUri, type Normalized } from "../policy/normalize.js";
import { pathsOpenedFor } from "../policy/opened-file-paths.js";
import { deniedUriReadings, deniedUriSources } from "../policy/denied-uri-readings.js";
import { compilePattern, matches as matchesPattern, type Pattern } from "../policy/patterns.js";
import { directoriesAbove, movedAway } from "./moved-away.js";
import { metadataInPieces, namesMetadataEndpoint, namesMetadataHost } from "./metadata-endpoints.js";
import { braceExpansions, expandHome, globExpansions, shellWords } from "./shell-words.js";

export const DEFAULT_SENSITIVE = [
  "file:///etc/shadow",
  "file:///etc/gshadow",
  "file:///etc/passwd",
  "file:///etc/sudoers",
  "file:///**/.ssh/**",
  "file:///**/id_rsa*",
  "file:///**/id_ed25519*",
  "file:///**/id_ecdsa*",
  "file:///**/.aws",
  "file:///**/.aws/credentials",
  "file:///**/.config/gcloud/**",
  "file:///**/.kube",
  "file:///**/.kube/config",
  "file:///**/.docker",
  "file:///**/.docker/config.json",
  "file:///**/.netrc",
  "file:///**/.npmrc",
  "file:///**/.git-credentials",
  "file:///**/.gnupg/**",
  "file:///**/.azure/**",
  // The backups the shadow tools keep hold the same hashes.
  "file:///etc/shadow-",
  "file:///etc/gshadow-",
  // A process's environment, also as seen through one of its threads.
  "file:///proc/*/environ",
  "file:///proc/*/task/*/environ",
  // The pod's service-account token (/var/run is a link to /run).
  "file:///run/secrets/kubernetes.io/serviceaccount/**",
  "file:///var/run/secrets/kubernetes.io/serviceaccount/**",
  // The SSH server's host keys and TLS private keys: whoever holds them can pose as this machine.
  "file:///etc/ssh/ssh_host_*_key",
  "file:///etc/ssl/private/**",
  // Windows' places for the same: gcloud keeps its credentials under %APPDATA%, Windows its saved
  // credentials and the DPAPI keys that decrypt them, and the registry hives hold the local password hashes.
  "file:///**/AppData/Roaming/gcloud/**",
  "file:///**/AppData/*/Microsoft/Credentials/**",
  "file:///**/AppData/*/Microsoft/Protect/**",
  "file:///**/Windows/System32/config/SAM",
  "file:///**/Windows/System32/config/SECURITY",
  "file:///**/Windows/System32/config/SYSTEM",
  // macOS's keychains.
  "file:///**/Library/Keychains/**",
];

/** Where a server resolves the paths it is given: its working directory, its directory arguments, $HOME. */
export interface ServerPlaces {
  directories: readonly string[];
  home?: string | undefined;
  /**
   * mcp-guard's own files: its home (key, the secrets moved out of client configs, the audit database) and
   * its config. A server on this machine that could read them would hand the agent every credential the
   * guard keeps from it; one that could write the config would rewrite the policy, which the daemon reloads.
   */
  guardPaths?: readonly string[] | undefined;
  /**
   * Where a path leads on the machine the guard runs on, its symbolic links followed (the daemon gives this
   * for servers on that machine). A path that leads to one of `guardPaths` or to a rule's file is one of
   * them: a link already in a server's directory is followed by the server. Undefined when where it leads depends on the process
   * that opens it (a link into /proc/self): such a path is refused. Without it, paths are compared as written.
   */
  followLinks?: ((path: string) => string | undefined) | undefined;
}

/** Argument names under which a relative string is a path (server-filesystem: path, paths, source, ...). */
const PATH_KEY = /path|file|dir|folder|source|destination|^src$|^dest$|target|root|cwd|location/i;
/** Argument names under which a string is a command line or code, whose relative words a shell resolves. */
const COMMAND_KEY = /command|^cmd|script|shell|exec|^code$|^args?$|^argv$|^run$/i;
/** A string that opens as a JSON object or array (options a tool parses). */
const OPENS_JSON = /^\s*[[{]/;
/**
 * A string read as an absolute path or URI wherever it stands: /, ~/, ~, file:, a web URL, and any URI with an
 * authority (`postgres://…`: a database tool takes the resource a listed URI names as its argument too).
 */
const ANCHORED = /^(?:\/|~\/|~$|file:|https?:|wss?:|ftp:|[a-z][a-z0-9+.-]{0,31}:\/\/)/i;
/** A string a shell would split into more than one word, or whose quoting or escapes it would undo. */
const SHELL_SYNTAX = /[\s;|&<>()`=,{}'"\\$*?[]/;
/** What can make a word name a path that the raw string does not spell out: quoting, escapes, globs, homes, braces. */
const REWRITTEN = /['"\\*?[~]|\$\{?HOME|file:|https?:|wss?:|ftp:|\{[^{}]*,/i;
/**
 * The longest path Linux's kernel opens (PATH_MAX with its closing NUL; macOS's is shorter, where reading
 * more only refuses more): a longer one is opened by no server as written, only once it is normalised.
 */
const PATH_MAX = 4096;
/** `file:` not followed by a slash (see namesOpaqueFile). */
const OPAQUE_FILE = /^file:(?![\\/])/i;
const CLIMBS = /(?:^|[/\\])\.\.(?:[/\\]|$)/;
const FILE = "file://";
const UNKNOWABLE: Normalized = {
  ok: false,
  reason: "malformed_uri",
  detail:
    "the path goes through a link into a process's directory under /proc: where it leads depends on who opens it",
};
/**
 * A path as Windows reads it: one on a drive (`C:\`, `C:/`, `C:` relative to that drive's directory), or
 * one that starts with two slashes of either kind: a share (`\\host\share\…`, WSL's `\\wsl$\Ubuntu\…`) or
 * a namespace (`\\?\C:\…`, `\\?\UNC\host\share\…`, `\\?\GLOBALROOT\Device\HarddiskVolumeShadowCopy1\…`).
 */
const WINDOWS_PATH = /^(?:[A-Za-z]:|[\\/]{2}[^\\/])/;
/**
 * How many leading segments of such a path can name a namespace, host, share, device or distribution rather
 * than a directory (`\\?\UNC\host\share\`, `\\?\GLOBALROOT\Device\Volume\`): the path is also read with
 * each of them dropped, so `\\wsl$\Ubuntu\etc\shadow` is read as /etc/shadow.
 */
const WINDOWS_PREFIX_SEGMENTS = 4;
/** cmd's `%NAME%` and PowerShell's `$env:NAME` at the start of a path, and where they point. */
const WINDOWS_VARIABLE = /^(?:%([A-Za-z_]+)%|\$\{?env:([A-Za-z_]+)\}?)/i;
const WINDOWS_VARIABLES: Readonly<Record<string, string>> = {
  userprofile: "C:/Users/~",
  homepath: "/Users/~",
  homedrive: "C:",
  appdata: "C:/Users/~/AppData/Roaming",
  localappdata: "C:/Users/~/AppData/Local",
  systemroot: "C:/Windows",
  windir: "C:/Windows",
};
/** What may hold a Windows path as one of its words: a backslash, a drive's colon, a variable. */
const WINDOWS_WORDS_HINT = /\\|[A-Za-z]:[\\/]|%[A-Za-z_]+%|\$\{?env:/i;
/** Where a Windows command line (cmd, PowerShell) splits words; a backslash is no escape there. */
const WINDOWS_WORD_BREAK = /[\s"'`;|&<>(),=]+/;
/** Directories one command line may change into (see directoriesEntered) before it is refused unread. */
const MAX_ENTERED = 64;
/**
 * Command lines nested in command lines that are read (`sh -c "bash -c '…'"` is two). Each level reads the
 * words of the one above once, so a line costs at most this many readings of its length.
 */
const MAX_NESTING = 4;

export class SensitiveResources {
  /** Each rule with the path segment it needs: it is simulated only on a value that holds that segment. */
  private readonly rules: readonly GatedRule[];
  /** The rules' patterns, which name the hosts a single-label host may stand for (web-spellings.ts). */
  private readonly patterns: readonly Pattern[];
  private readonly guardPaths: string[] = [];
  /** The directories above the guard's own files, in the same form (see moved-away.ts). */
  private readonly aboveOwn: Set<string>;
  /** The segments of all rules and of the guard's own paths (undefined when a rule is a regex: no gate). */
  private readonly needles: string[] | undefined;

  constructor(
    extra: readonly string[],
    private readonly places: ServerPlaces = { directories: [] },
  ) {
    // A listed page of a site is listed under each scheme the site answers it with (web-spellings.ts).
    // A listed URI is read as the resource permissions read a denied one (denied-uri-readings.ts): compared in
    // the form values are, under each scheme its site or database answers it with.
    this.rules = [...defaultRules(), ...extra.flatMap(deniedUriSources).map(gatedRule)];
    this.patterns = this.rules.map((rule) => rule.pattern);
    // Compared as canonical prefixes rather than compiled into patterns: a path may hold glob characters.
    for (const path of places.guardPaths ?? []) {
      const canonical = normalizePath(path);
      if (canonical.ok) this.guardPaths.push(foldCase(canonical.value.replace(/\/+$/, "")));
    }
    this.aboveOwn = directoriesAbove(this.guardPaths);
    this.needles = this.rules.some((rule) => rule.needle === undefined)
      ? undefined
      : [
          ...this.rules.map((rule) => rule.needle ?? ""),
          ...this.guardPaths.map((path) => path.slice(path.lastIndexOf("/") + 1)),
        ];
  }

  /**
   * A URI, or a filesystem path (absolute or under ~), canonicalised before matching. A directory counts
   * as its contents: `.ssh/**` protects `.ssh` itself, so it cannot be listed, searched or moved away. A
   * local path or file URI that cannot be canonicalised safely counts as sensitive (fail closed).
   */
  matches(uriOrPath: string): boolean {
    if (namesMetadataEndpoint(uriOrPath)) return true;
    if (WINDOWS_PATH.test(uriOrPath))
      return windowsReadings(uriOrPath).some((path) => this.matchesLocal(path));
    return this.matchesLocal(uriOrPath);
  }

  private matchesLocal(uriOrPath: string): boolean {
    const local = /^(?:\/|~\/|~$|file:)/i.test(uriOrPath);
    const canonical = uriOrPath.startsWith("/")
      ? normalizePath(uriOrPath)
      : uriOrPath.startsWith("~/") || uriOrPath === "~"
        ? normalizePath(uriOrPath.slice(2) || ".", this.places.home ?? "/~")
        : normalizeUri(uriOrPath, "resolve");
    if (!canonical.ok && local) return true;
    const value = foldCase(canonical.ok ? canonical.value : uriOrPath);
    if (canonical.ok && this.isOwn(value)) return true;
    // Through the links on this machine, in each reading a server may make of the path: normalised first
    // (path.resolve, as server-filesystem reads it), and as written (its ".." taken where a link leads).
    if (local && canonical.ok) {
      if (this.pathsToFollow(uriOrPath, canonical.value).some((path) => this.leadsToProtected(path)))
        return true;
      if (uriOrPath.startsWith("/") && this.writtenLeadsToProtected(uriOrPath, uriOrPath)) return true;
    }
    if (this.matchesRule(value)) return true;
    // In the readings its server may make of it, as a denied resource is (denied-uri-readings.ts): a web URL as
    // its site reads it, a database's URI whatever user, port or host it is written with.
    if (!canonical.ok) return false;
    return deniedUriReadings(value, this.patterns).some((r) => r !== value && this.matchesRule(r));
  }

  /** Whether a case-folded value (a canonical URI, or the text of one that has none) matches a rule. */
  private matchesRule(value: string): boolean {
    const directory = `${value}/`;
    return this.rules.some(
      ({ pattern, needle }) =>
        (needle === undefined || directory.includes(needle)) &&
        (matchesPattern(pattern, value) || matchesPattern(pattern, directory)),
    );
  }

  /**
   * The paths to follow through links for a value (a path, or a file: URI as written) whose canonical form is
   * `canonical`: a file: URI's path as its server decodes it too (opened-file-paths.ts).
   */
  private pathsToFollow(written: string, canonical: string): string[] {
    return /^file:/i.test(written) ? pathsOpenedFor(written, canonical) : [canonical.slice(FILE.length)];
  }

  /** Whether a canonical, case-folded path is one of the guard's own files or inside one. */
  private isOwn(value: string): boolean {
    return this.guardPaths.some((own) => value === own || value.startsWith(`${own}/`));
  }

  /**
   * Whether an absolute path leads through symbolic links on this machine to one of the guard's own files
   * or to a rule's (`deploy/creds -> ../../.aws/credentials`): one resolution serves both.
   */
  private leadsToProtected(path: string): boolean {
    return this.leadsTo(path, (value) => this.isOwn(value) || this.matchesRule(value));
  }

  /**
   * Whether a path, opened as `written` (at `absolute`), leads to a protected file as the kernel reads it.
   * Only ".." reads differently there than normalised (from where a link before it leads), and a path the
   * kernel cannot open is not read this way.
   */
  private writtenLeadsToProtected(written: string, absolute: string): boolean {
    return CLIMBS.test(written) && written.length < PATH_MAX && this.leadsToProtected(absolute);
  }

  /**
   * Whether an absolute path leads, through the links on this machine, to a place `test` holds for (given
   * canonical and case-folded). False when the daemon does not follow links (a remote server); true when
   * where it leads cannot be known (a link into /proc/self) or has no canonical form (fail closed).
   */
  private leadsTo(path: string, test: (value: string) => boolean): boolean {
    const followed = this.physicalUri(path);
    if (followed === undefined) return false;
    return !followed.ok || test(foldCase(followed.value));
  }

  /**
   * Where an absolute path leads through the links on this machine, as a canonical file: URI (not case-folded).
   * Undefined when the daemon does not follow links (a remote server); not ok when where it leads cannot be
   * known (a link into /proc/self) or has no canonical form. A user's resource rules follow links with this
   * too (resource-links.ts), so both kinds of rule read a path the same way.
   */
  physicalUri(path: string): Normalized | undefined {
    const follow = this.places.followLinks;
    if (follow === undefined) return undefined;
    const led = follow(path);
    return led === undefined ? UNKNOWABLE : normalizePath(led);
  }

  /**
   * Whether a path names a directory above one of the guard's files (`~/.config`, `~`, `/`), as written or
   * through links on this machine: server-filesystem moves the real path its check resolved, so moving a
   * link to `~/.config` moves `~/.config`.
   */
  private namesDirectoryAboveOwn(value: string, bases: readonly string[]): boolean {
    if (this.aboveOwn.size === 0) return false;
    const home = this.places.home ?? "/~";
    const path = value === "~" || value.startsWith("~/") ? `${home}${value.slice(1)}` : value;
    const readings = /^file:/i.test(path)
      ? [normalizeUri(path)]
      : bases.map((base) => normalizePath(path, base));
    const above = (canonical: string) => this.aboveOwn.has(foldCase(canonical).replace(/\/+$/, ""));
    return readings.some(
      (read) =>
        read.ok &&
        (above(read.value) ||
          this.pathsToFollow(path, read.value).some((followed) => this.leadsTo(followed, above))),
    );
  }

  /**
   * The first string in a tool's arguments that names something sensitive. Absolute paths, ~ and URIs are
   * checked anywhere; a relative string under a path-like argument name is resolved against every
   * directory the server might resolve it against (and `roots`, the client's roots for this session). A
   * directory above one of the guard's files is refused only as what the call moves or removes (see
   * moved-away.ts; `tool` is the tool's name).
   */
  inArguments(args: unknown, roots: readonly string[] = [], tool?: string): string | undefined {
    const bases = [...this.places.directories, ...roots];
    if (bases.length === 0) bases.push("/"); // nowhere known: anchored anywhere, the default rules still apply
    let found: string | undefined;
    const walk = (v: unknown, key: KeyKind): void => {
      if (found !== undefined) return;
      if (typeof v === "string") {
        if (this.names(v, key, bases)) found = v;
        // Options passed as a JSON string are parsed by the tool, and name paths like any argument.
        else if (OPENS_JSON.test(v)) {
          const parsed = parsedJson(v);
          if (parsed !== undefined) walk(parsed, key);
          if (found !== undefined) found = v;
        }
      } else if (Array.isArray(v)) {
        // Counted loops: every call's arguments are walked, and an iterator (or a [name, value] pair per
        // member) was garbage made for each.
        for (let i = 0; i < v.length; i++) walk(v[i], key);
      } else if (typeof v === "object" && v !== null) {
        const members = v as Record<string, unknown>;
        const keys = Object.keys(members);
        for (let i = 0; i < keys.length; i++) {
          const name = keys[i] as string;
          const item = members[name];
          // A server may take the paths from the keys of a map ({"/etc/shadow": "read"}).
          walk(name, key);
          const path = key.path || PATH_KEY.test(name);
          walk(item, {
            path,
            command: key.command || COMMAND_KEY.test(name),
            moved: movedAway(tool, name, path, key.moved),
          });
        }
      }
    };
    walk(args, { path: false, command: false, moved: false });
    return found;
  }

  private names(value: string, key: KeyKind, bases: readonly string[], depth = 0): boolean {
    if (key.moved && this.namesDirectoryAboveOwn(value, bases)) return true;
    if (this.namesAsOneWord(value, key.path, bases)) return true;
    // A server that trims its arguments (Python's strip(), Go's TrimSpace) reads " /etc/shadow" as a path.
    const trimmed = value.trim();
    if (trimmed !== value && this.namesAsOneWord(trimmed, key.path, bases)) return true;
    // A command line, or code, names paths in its words: a Windows one splits them without escapes.
    if (!SHELL_SYNTAX.test(value)) return false;
    // (A variable expands to no rule's segment: a line that spells none names none, in any of its words.)
    if (WINDOWS_WORDS_HINT.test(value) && this.mightName(value) && this.namesInWindowsWords(value))
      return true;
    const relativeToo = key.path || key.command;
    const home = this.places.home ?? "/~";
    // Most strings spell no rule's segment and hold nothing a shell would rewrite into one: no need to split.
    const placesMatter = relativeToo && [...bases, home].some((place) => this.mightName(place));
    // Not read word by word: a metadata host may still stand inside it (`169.254.170.2$AWS_…`); read word by
    // word, each word is read for one with its own pieces (wordNames).
    if (!placesMatter && !REWRITTEN.test(value) && !this.mightName(value)) return metadataInPieces(value);
    // A nested line's braces were expanded with the line around it (the expansion ignores quotes).
    return (depth === 0 ? braceExpansions(value) : [value]).some((line) => {
      const words = shellWords(line);
      // `cd /etc; cat shadow` reads /etc/shadow: a relative word is also resolved where the line goes.
      const entered = relativeToo ? directoriesEntered(words, bases, home) : [];
      // Each relative word is resolved in each place: a line entering more than MAX_ENTERED of them is
      // refused rather than read at a cost that grows with their product.
      if (entered.length > MAX_ENTERED) return true;
      const places = [...bases, ...entered];
      return words.some((word) => this.wordNames(word, key, places, depth));
    });
  }

  private namesAsOneWord(value: string, pathLike: boolean, bases: readonly string[]): boolean {
    if (namesMetadataHost(value)) return true;
    // A tool on Windows opens these whatever the argument's name. Read as segments, so that a namespace's
    // "?" cannot read as a URI query and hide the path behind it.
    const windows = asWindowsPath(value);
    if (windows !== undefined) return this.namesOnWindows(windows);
    if (OPAQUE_FILE.test(value)) return this.namesOpaqueFile(value, pathLike, bases);
    if (ANCHORED.test(value)) return this.matches(value);
    // Another user's home (`~root/.ssh/id_rsa`), which a shell and Python's expanduser open as theirs.
    const other = value.startsWith("~") ? expandHome(value, this.places.home ?? "/~") : undefined;
    if (other !== undefined) return this.matches(other);
    if (!pathLike || value.includes("\n")) return false;
    // A long string is judged as path.resolve reads it, "..", "." and empty segments collapsed
    // (`a…a/../../etc/shadow` and `./././…/.ssh/id_rsa` are short paths whatever their length), unless that
    // is still too long for the kernel to open.
    const resolvable = value.length < PATH_MAX ? value : posix.normalize(value.replace(/\\/g, "/"));
    if (resolvable.length >= PATH_MAX) return false;
    return bases.some((base) => {
      const resolved = normalizePath(resolvable, base);
      if (!resolved.ok || this.matches(resolved.value)) return true;
      // A server that opens the path as written takes its ".." where a link before it leads.
      return this.writtenLeadsToProtected(value, `${base}/${value}`);
    });
  }

  /**
   * A `file:` with no slash after it, which names no absolute path: Node's URL parser (fileURLToPath) reads
   * `file:x` as `/x`, Python's urlparse as the relative path `x`. Read both ways, the relative one under a
   * path-like argument, rather than refused as malformed: prose says "Card on file: …" and "file: notes.txt".
   */
  private namesOpaqueFile(value: string, pathLike: boolean, bases: readonly string[]): boolean {
    const rest = value.slice("file:".length);
    return this.matches(`file:///${rest}`) || (rest !== "" && this.namesAsOneWord(rest, pathLike, bases));
  }

  private namesInWindowsWords(line: string): boolean {
    return line.split(WINDOWS_WORD_BREAK).some((word) => {
      const windows = asWindowsPath(word);
      return windows !== undefined && this.namesOnWindows(windows);
    });
  }

  /** A Windows path (its variable expanded), read in each of its POSIX readings; gated like every path. */
  private namesOnWindows(path: string): boolean {
    return this.mightName(path) && windowsReadings(path).some((reading) => this.matches(reading));
  }

  /** Cheap and sound (see needleOf): false when no rule and no path of the guard can match the text. */
  private mightName(text: string): boolean {
    if (this.needles === undefined) return true;
    const folded = foldCase(text);
    return this.needles.some((needle) => folded.includes(needle));
  }

  /** One word of a command line, after the shell's globbing and home expansion, as the path it names. */
  private wordNames(word: string, key: KeyKind, bases: readonly string[], depth: number): boolean {
    // Quotes the shell undid may have hidden the host (`curl '169.254.169'.254/latest`).
    if (namesMetadataEndpoint(word)) return true;
    // A word that is itself a command line or code (the script after `bash -c`, `python3 -c`, `node -e`,
    // `perl -e`) is run by the shell or interpreter it is handed to: its words are read the same way, in
    // the same places. Deeper than MAX_NESTING, such a word is refused if it spells any rule's segment.
    if (SHELL_SYNTAX.test(word))
      if (depth < MAX_NESTING ? this.names(word, key, bases, depth + 1) : this.mightName(word)) return true;
    const relativeToo = key.path || key.command;
    if (/^(?:file:|https?:|wss?:|ftp:)/i.test(word)) return this.namesAsOneWord(word, relativeToo, bases);
    if (!relativeToo && !/^(?:\/|~|\$HOME)/.test(word)) return false;
    const home = this.places.home ?? "/~";
    return globExpansions(word).some((candidate) => {
      const expanded = expandHome(candidate, home) ?? candidate;
      // A relative word is resolved against the shell's working directory: any of them, or the home.
      const places = expanded === candidate && !expanded.startsWith("/") ? [...bases, home] : [];
      if (!this.mightName(expanded) && !places.some((place) => this.mightName(place))) return false;
      return this.namesAsOneWord(expanded, relativeToo, places);
    });
  }
}

/**
 * The directories a command line changes into (`cd`, `pushd`, and their bare form, the home), as paths, so
 * that its relative words are resolved there too. Which word runs after which is not followed: every
 * relative word is also resolved in every directory the line enters, which can only refuse more.
 */
function directoriesEntered(words: readonly string[], bases: readonly string[], home: string): string[] {
  const entered: string[] = [];
  words.forEach((word, i) => {
    if (word !== "cd" && word !== "pushd") return;
    let k = i + 1;
    while (words[k]?.startsWith("-") && words[k] !== "-") k++;
    const target = words[k];
    if (target === "-") return; // the previous directory, which the line does not say
    const expanded = target === undefined ? home : (expandHome(target, home) ?? target);
    // Joined as written: the words are resolved against these places later, `..` and all.
    if (expanded.startsWith("/")) entered.push(expanded);
    else for (const base of bases) entered.push(`${base.replace(/\/+$/, "")}/${expanded}`);
  });
  return entered;
}

interface GatedRule {
  pattern: Pattern;
  /** A path segment every match holds (its longest literal one); undefined for a regex. */
  needle: string | undefined;
}

/** A rule compiled to match a case-folded path, with the segment that gates it. */
function gatedRule(source: string): GatedRule {
  return { pattern: compilePattern(source, true), needle: needleOf(foldCase(source)) };
}

/** The value as a Windows path, a leading variable replaced by where it points; undefined when it is none. */
function asWindowsPath(value: string): string | undefined {
  const expanded = value.replace(
    WINDOWS_VARIABLE,
    (written, cmd?: string, powershell?: string) =>
      WINDOWS_VARIABLES[(cmd ?? powershell ?? "").toLowerCase()] ?? written,
  );
  return WINDOWS_PATH.test(expanded) ? expanded : undefined;
}

/**
 * The POSIX paths a Windows path may stand for: its segments joined under "/", then, for a share or a
 * namespace, again with each of its first WINDOWS_PREFIX_SEGMENTS segments dropped.
 */
function windowsReadings(value: string): string[] {
  // Windows drops a name's trailing dots and spaces (`.aws. \credentials` opens `.aws\credentials`), and
  // `name::$DATA` is the file itself (a stream after a colon is read as its file: refusing more).
  const segments = value
    .split(/[\\/]+/)
    .map((segment, i) => (i === 0 && /^[A-Za-z]:$/.test(segment) ? segment : windowsName(segment)))
    .filter((segment) => segment !== "");
  const readings = [`/${segments.join("/")}`];
  if (!/^[A-Za-z]:/.test(value))
    for (let drop = 1; drop <= WINDOWS_PREFIX_SEGMENTS && drop < segments.length; drop++)
      readings.push(`/${segments.slice(drop).join("/")}`);
  return readings;
}

/**
 * The built-in rules, compiled once and shared (read only) by every session's SensitiveResources: compiled
 * per session they cost about 30 KB each (a glob is an object per character), 3 MB with 100 sessions open.
 */
let builtIn: readonly GatedRule[] | undefined;
function defaultRules(): readonly GatedRule[] {
  builtIn ??= DEFAULT_SENSITIVE.map(gatedRule);
  return builtIn;
}

/**
 * Canonicalising a path only drops segments and separators, so a segment of the canonical path is already
 * in what it came from, and a rule's literal segment is in every path it matches: a cheap, sound gate.
 */
function needleOf(source: string): string | undefined {
  if (source.startsWith("^")) return undefined;
  return source
    .replace(/^file:/i, "")
    .split(/[*/]/)
    .reduce((longest, chunk) => (chunk.length > longest.length ? chunk : longest), "");
}

/** What an argument's name (or an enclosing one) says its strings are. */
interface KeyKind {
  path: boolean;
  command: boolean;
  /** What the call moves or removes as a whole (see moved-away.ts). */
  moved: boolean;
}

/** A JSON object or array in a string, or undefined when it is not one. */
function parsedJson(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}
