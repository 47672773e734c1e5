// Attack (round 41, found from outside): lines of CPython's own standard library (3.11, as Debian installs it
// under /usr/lib/python3.11) and of Pygments are taken for credentials, so an agent that reads or edits these
// files, or runs a script whose traceback quotes them, has its call refused (secrets block towards a server
// by default) and its result redacted:
// - tokenize.py: `PseudoToken = Whitespace + group(…)` (a name ending in Token assigned another name);
// - fnmatch.py: `str(pat, 'ISO-8859-1')` (`pat`, a pattern, read as a personal access token's name);
// - zipfile.py: `raise TypeError("pwd: expected bytes, got %s" …)`, and the `TypeError: pwd: expected
//   bytes, got str` every caller of ZipFile.setpassword with a str sees;
// - _threading_local.py: `self.key = '_threading_local._localimpl.' + str(id(self))`;
// - Pygments' lexers (ml.py): `token = Punctuation`, a token type.
// docs/detection.md: a value found by its context must be one "that could be one", not "an identifier of
// words", "a reference", a module path or an expression; the brief's false refusals: real source files. A
// correct guard reads none of these as a secret.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const secretsIn = (text: string) =>
  scanner
    .spans(text)
    .filter((s) => s.category === "secret")
    .map((s) => `${s.type}: ${text.slice(s.start, s.end)}`);

const TOKENIZE = String.raw`
# First (or only) line of ' or " string.
ContStr = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*" +
                group("'", r'\\\r?\n'),
                StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*' +
                group('"', r'\\\r?\n'))
PseudoExtras = group(r'\\\r?\n|\Z', Comment, Triple)
PseudoToken = Whitespace + group(PseudoExtras, Number, Funny, ContStr, Name)
`;

const FNMATCH = `
@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        pat_str = str(pat, 'ISO-8859-1')
        res_str = translate(pat_str)
        res = bytes(res_str, 'ISO-8859-1')
    else:
        res = translate(pat)
    return re.compile(res).match
`;

const ZIPFILE = `
    def setpassword(self, pwd):
        """Set default password for encrypted files."""
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        if pwd:
            self.pwd = pwd
        else:
            self.pwd = None
`;

const TRACEBACK = `Traceback (most recent call last):
  File "/srv/app/unpack.py", line 12, in <module>
    zf.setpassword(os.environ["ZIP_PASSWORD"])
  File "/usr/lib/python3.11/zipfile.py", line 1489, in setpassword
    raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
TypeError: pwd: expected bytes, got str
`;

const THREADING_LOCAL = `
    def __init__(self):
        # The key used in the Thread objects' attribute dicts.
        # We keep it a string for speed but make it unlikely to clash with
        # a "real" attribute.
        self.key = '_threading_local._localimpl.' + str(id(self))
        # { id(Thread) -> (ref(Thread), thread-local dict) }
        self.dicts = {}
`;

const PYGMENTS_ML = `
    def id_callback(self, match):
        str = match.group(1)
        if str in self.alphanumid_reserved:
            token = Keyword.Reserved
        elif str in self.symbolicid_reserved:
            token = Punctuation
        else:
            token = Name
        yield match.start(1), token, str
`;

describe("Python's standard library is no secret", () => {
  it.each([
    ["tokenize.py", TOKENIZE],
    ["fnmatch.py", FNMATCH],
    ["zipfile.py", ZIPFILE],
    ["a traceback through zipfile.py", TRACEBACK],
    ["_threading_local.py", THREADING_LOCAL],
    ["pygments/lexers/ml.py", PYGMENTS_ML],
  ])("%s has no secret in it", (_, source) => {
    expect(secretsIn(source)).toEqual([]);
  });
});

// Each excuse is the value's shape, not the file: the same sources with a real credential put in are found.
describe("the same sources with a real credential in them", () => {
  it.each([
    ["tokenize.py", `${TOKENIZE}password = "Xk9#mP2$vL"\n`],
    ["tokenize.py, a token of mixed case", "PseudoToken = Xk9mP2vLq8Rt4Wz7\n"],
    ["fnmatch.py", `${FNMATCH}pat = 'Xk9mP2vLq8Rt4Wz7Yb3N'\n`],
    ["fnmatch.py, a quoted name set by a comma", `conf.set("pat", "Xk9mP2vLq8Rt4Wz7Yb3N")\n`],
    ["zipfile.py", `${ZIPFILE}        self.pwd = "Xk9#mP2$vL"\n`],
    ["zipfile.py, a password told in the message", 'raise TypeError("pwd: Xk9#mP2$vL expected bytes")\n'],
    ["_threading_local.py", "        self.key = 'Xk9mP2vLq8Rt4Wz7Yb3N' + str(id(self))\n"],
    ["pygments/lexers/ml.py", `${PYGMENTS_ML}        token = "Xk9mP2vLq8Rt4Wz7"\n`],
  ])("%s", (_, source) => {
    expect(secretsIn(source)).not.toEqual([]);
  });
});
