// A password passed by position to a documented connect or login call (issue 12): no name says it, the
// argument's place in the API does. Random passwords made here, in the calls' documented shapes; and the same
// calls with variables, an empty or anonymous password, or a message in the password's place, which stay clean.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";
import { chars } from "./samples.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const secretsIn = (text: string) => scanner.spans(text).filter((s) => s.category === "secret");

const AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const password = () => `Vb4${chars(AN, 9)}!`;

describe("a password at its documented position is found", () => {
  it.each([
    ["PHP mysqli_connect", (p: string) => `$link = mysqli_connect("db.internal", "shop", "${p}", "shop");`],
    ["PHP new mysqli", (p: string) => `$db = new mysqli($host, 'shop', '${p}', 'shop');`],
    ["PHP PDO", (p: string) => `$pdo = new PDO("mysql:host=db;dbname=shop", "shop", "${p}");`],
    ["PHP ftp_login", (p: string) => `ftp_login($conn, "deploy", "${p}");`],
    ["Python pymysql", (p: string) => `conn = pymysql.connect("db.internal", "report", "${p}", "sales")`],
    ["Python MySQLdb", (p: string) => `db = MySQLdb.connect(HOST, "report", "${p}", "sales")`],
    ["Python smtplib login", (p: string) => `server.login(sender, "${p}")`],
    ["Python ftplib login", (p: string) => `ftp.login("deploy", '${p}')`],
    [".NET DirectoryEntry", (p: string) => `new DirectoryEntry("LDAP://dc01/DC=corp", "svc-ldap", "${p}");`],
    ["Firebase sign-in", (p: string) => `await signInWithEmailAndPassword(auth, userEmail, "${p}");`],
  ])("%s", (_call, make) => {
    const p = password();
    const line = make(p);
    const found = secretsIn(line);
    expect(found.some((s) => line.slice(s.start, s.end).includes(p))).toBe(true);
  });
});

describe("the same calls without a literal password stay clean", () => {
  it.each([
    [`$link = mysqli_connect($host, $user, $password, $db);`],
    [`$db = new mysqli("localhost", "root", "", "test");`],
    [`$pdo = new PDO($dsn, $user, $pass, $options);`],
    [`ftp.login("anonymous", "guest@example.com")`],
    [`ftp_login($conn, "ftp", "someone@example.org");`],
    [`server.login(sender, password)`],
    [`client.login(token)`],
    [`t.login("alice", "Logging in as alice")`],
    [`conn = pymysql.connect(host=HOST, user=USER, password=os.environ["DB_PASSWORD"])`],
  ])("%s", (text) => {
    expect(secretsIn(text)).toEqual([]);
  });
});
