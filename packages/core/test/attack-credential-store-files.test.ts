// Attack (round 42, found from outside): files whose whole purpose is to store passwords in the clear pass the
// scan, because each names the password by its position or by a format of its own rather than by a key:
// Subversion's credential cache (`~/.subversion/auth/svn.simple/<hash>`, a hash dump of `K <n>` keys and
// `V <n>` values, the value under `K 8⏎password`), PgBouncer's `userlist.txt` (`"user" "password"` a line),
// pppd's `/etc/ppp/chap-secrets` (client, server, secret, addresses; its own comment names the columns) and
// davfs2's `/etc/davfs2/secrets` (URL or mount point, user, password). docs/detection.md reads the same kind of
// files where it knows them: a pgpass line's last field and a `.netrc` entry's password; README promises
// secrets are blocked towards a server and redacted towards the client. A correct guard reads these files'
// password fields as it reads `.pgpass` and `.netrc`.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** A tool's result, every type set to redact: what reaches the client. */
const shown = (text: string) =>
  JSON.stringify(scanner.scan({ content: [{ type: "text", text }] }, "result", () => true).value);

const PASSWORD = "Xr7tQm2vLp9K";

const SVN_SIMPLE = `K 8
passtype
V 6
simple
K 8
password
V ${PASSWORD.length}
${PASSWORD}
K 15
svn:realmstring
V 45
<https://svn.acme.com:443> ACME Subversion
K 8
username
V 4
jdoe
END
`;

const PGBOUNCER_USERLIST = `"app" "${PASSWORD}"
"pgbouncer_stats" "SCRAM-SHA-256$4096:c2FsdHNhbHRzYWx0$c3RvcmVka2V5c3RvcmVka2V5c3RvcmVka2V5c3RvcmU=:c2VydmVya2V5c2VydmVya2V5c2VydmVya2V5c2VydmU="
`;

const CHAP_SECRETS = `# Secrets for authentication using CHAP
# client	server	secret			IP addresses
"jdoe"	*	"${PASSWORD}"	*
`;

const DAVFS_SECRETS = `# davfs2 secrets file
# <mount point or URL>  <username>  <password>
https://cloud.acme.com/remote.php/dav/files/jdoe/ jdoe ${PASSWORD}
`;

describe("files that store passwords by position", () => {
  it("a pgpass line's password is found (the rule this door is beside)", () => {
    expect(shown(`db.internal:5432:app:app:${PASSWORD}`).includes(PASSWORD)).toBe(false);
  });

  it.each([
    ["Subversion's svn.simple cache", SVN_SIMPLE],
    ["PgBouncer's userlist.txt", PGBOUNCER_USERLIST],
    ["/etc/ppp/chap-secrets", CHAP_SECRETS],
    ["/etc/davfs2/secrets", DAVFS_SECRETS],
  ])("%s is not shown with its password", (name, text) => {
    expect(shown(text).includes(PASSWORD), `the stored password reached the client in ${name}`).toBe(false);
  });
});

// Round 43: a text whose lines are pairs of quoted words (a word list, a CSV-ish table of quoted pairs, the
// output of `echo "a" "b"`) has the userlist's shape without being one; only the file's own signs make it so.
describe("pairs of quoted words that are no userlist", () => {
  it.each([
    ["a greeting pair", `"hello" "goodbye"`, "goodbye"],
    ["a list of quoted pairs", `"apple" "crimson"\n"banana" "yellow"\n"cherry" "dark-red"`, "yellow"],
    ["a shell's echo of two words", `"first" "second"\n"third" "fourth"\n`, "second"],
    ["names and surnames", `"John" "Smithson"\n"Maria" "Gonzalez"`, "Gonzalez"],
  ])("%s is shown whole", (_, text, word) => {
    expect(shown(text).includes(word), `"${word}" was redacted as a userlist password`).toBe(true);
  });

  it.each([
    ["a plain chosen password", `"app" "${PASSWORD}"`],
    [
      "a weak password beside an md5 verifier",
      `"app" "sunflower"\n"admin" "md5d41d8cd98f00b204e9800998ecf8427e"`,
    ],
    ["a weak password in a file that names itself", `; pgbouncer userlist.txt\n"app" "sunflower"`],
  ])("%s is still redacted", (_, text) => {
    const password = /"([^"]+)"\s*(?:\n|$)/.exec(text)?.[1] ?? "";
    expect(shown(text).includes(password), `${password} reached the client`).toBe(false);
  });
});
