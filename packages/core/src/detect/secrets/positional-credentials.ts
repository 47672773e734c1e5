// Credentials that no name announces: they stand at a position that only a credential takes. The second
// argument of an HTTP client's basic-auth constructor or of JDBC's getConnection(url, user, …), the value
// after sqlcmd's -P (and the other tools' password options below) or `net user NAME …` (what `echo` pipes
// into `--password-stdin` is in stdin-passwords.ts, Windows' slash switches in windows-password-switches.ts). Each rule starts at a
// literal keyword (the call's or the command's name), so text without it costs nothing, and each value must
// be a literal (a variable or a template is no secret) that the password bar accepts.
import { COMMAND_VALUE, strongEnough } from "./context-rules.js";
import type { SecretRule } from "./engine.js";
import { isPlaceholder, isReference } from "./placeholders.js";

/** A literal value under the secret bar: not a stand-in, not a reference to one. */
export function literalSecret(value: string): boolean {
  return !isPlaceholder(value) && !isReference(value) && strongEnough(value, "secret");
}

/** A literal value under the password bar: not a stand-in, not a reference to one ($PASS, %PASS%, {{ pass }}). */
export function literalPassword(value: string): boolean {
  return (
    !isPlaceholder(value) && !isReference(value) && !/^[$%]/.test(value) && strongEnough(value, "password")
  );
}

/**
 * One literal string argument in quotes of either kind. Numbered groups: `first` is the group of its quote,
 * `first + 1` its text; the pattern holds no other capture group before it.
 */
const STRING = (first: number) => `(["'])([^"'\\r\\n]{1,256})\\${first}`;
const ARG_GAP = "[ \\t]{0,4},[ \\t]{0,4}";
/** One quoted word: a password in a call's arguments holds no blank (a sentence there is a message). */
const WORD = (first: number) => `(["'])([^"'\\s]{1,256})\\${first}`;
/** A call's first argument before the credentials: a literal, a variable or member ($conn, $this->db), or null. */
const FIRST_ARG = `(?:"[^"\\r\\n]{0,512}"|'[^'\\r\\n]{0,512}'|[A-Za-z_$][\\w$.>-]{0,80})`;
/** The user's literal (group 2) is an anonymous login's, whose password is an e-mail address by convention. */
const anonymousUser = (m: RegExpExecArray) => /^(?:anonymous|ftp)$/i.test(m[2] ?? "");

/** The user's string is groups 1 and 2, the password's groups 3 and 4. */
function positional(keywords: string[], pattern: string): SecretRule {
  return {
    type: "secret_assignment",
    generic: true,
    keywords,
    pattern: new RegExp(pattern, "i"),
    group: 4,
    validate: literalPassword,
  };
}

export const POSITIONAL_RULES: SecretRule[] = [
  // .NET: new AuthenticationHeaderValue("Bearer", "…") (or "Basic", "Token"): the scheme, then the credential.
  {
    type: "secret_assignment",
    generic: true,
    keywords: ["authenticationheadervalue("],
    pattern:
      /AuthenticationHeaderValue\([ \t]{0,4}"(?:Bearer|Basic|Token|Digest)"[ \t]{0,4},[ \t]{0,4}(["'])([^"'\r\n]{8,4096})\1/i,
    group: 2,
    validate: literalSecret,
  },
  // requests' and httpx's HTTPBasicAuth / HTTPDigestAuth, aiohttp's BasicAuth, Apache HttpClient's
  // UsernamePasswordCredentials, java.net's PasswordAuthentication: (user, password).
  positional(
    [
      "httpbasicauth(",
      "httpdigestauth(",
      "basicauth(",
      "usernamepasswordcredentials(",
      "passwordauthentication(",
    ],
    `(?:HTTPBasicAuth|HTTPDigestAuth|BasicAuth|UsernamePasswordCredentials|PasswordAuthentication)\\([ \\t]{0,4}(?:login[ \\t]{0,2}=[ \\t]{0,2})?${STRING(1)}${ARG_GAP}(?:password[ \\t]{0,2}=[ \\t]{0,2})?${STRING(3)}`,
  ),
  // requests/httpx: auth=("user", "password") or auth = ('user', 'password').
  positional(
    ["auth=(", "auth = ("],
    `auth[ \\t]?=[ \\t]?\\([ \\t]{0,4}${STRING(1)}${ARG_GAP}${STRING(3)}[ \\t]{0,4}\\)`,
  ),
  // JDBC: DriverManager.getConnection(url, "user", "password").
  positional(
    ["getconnection("],
    `getConnection\\([ \\t]{0,4}(?:"[^"\\r\\n]{0,512}"|[A-Za-z_$][\\w$.]{0,80})${ARG_GAP}${STRING(1)}${ARG_GAP}${STRING(3)}`,
  ),
  // Connections and logins called with the password as a positional argument, in the order the API documents:
  // PHP's mysqli_connect(host, user, password, …) and new mysqli(…), mysql_connect, PDO's (dsn, user,
  // password), ftp_login(conn, user, password), Python's pymysql.connect and MySQLdb.connect (host, user,
  // password, …), .NET's DirectoryEntry(path, user, password), Firebase's signInWithEmailAndPassword(auth,
  // email, password). The first arguments may be literals or variables; the password is one quoted word (a
  // sentence in its place is a message, not a password).
  {
    ...positional(
      [
        "mysqli_connect(",
        "mysql_connect(",
        "mysql_pconnect(",
        "new mysqli(",
        "new pdo(",
        "ftp_login(",
        "pymysql.connect(",
        "mysqldb.connect(",
        "directoryentry(",
        "signinwithemailandpassword(",
      ],
      `(?:mysqli_connect|mysql_p?connect|new[ \\t]mysqli|new[ \\t]PDO|ftp_login|pymysql\\.connect|MySQLdb\\.connect|DirectoryEntry|signInWithEmailAndPassword)\\([ \\t]{0,4}${FIRST_ARG}${ARG_GAP}(?:${STRING(1)}|${FIRST_ARG})${ARG_GAP}${WORD(3)}`,
    ),
    validate: (value, m) => !anonymousUser(m) && literalPassword(value),
  },
  // A client's login(user, password) with exactly those two arguments, as Python's smtplib, ftplib and imaplib
  // take them (`server.login(sender, "…")`, `ftp.login("deploy", "…")`).
  {
    ...positional(
      [".login("],
      `\\.login\\([ \\t]{0,4}(?:${STRING(1)}|[A-Za-z_$][\\w$.]{0,80})${ARG_GAP}${WORD(3)}[ \\t]{0,4}\\)`,
    ),
    validate: (value, m) => !anonymousUser(m) && literalPassword(value),
  },
];

/** The value is group 2 (its optional quote is group 1); the pattern holds no other capture group. */
export function commandRule(keywords: string[], pattern: RegExp): SecretRule {
  return {
    type: "secret_assignment",
    generic: true,
    keywords,
    pattern,
    group: 2,
    validate: literalPassword,
  };
}

/** A command's value, a word or a quoted string with its blanks (see COMMAND_VALUE). */
const BARE = COMMAND_VALUE;

/**
 * Commands and the options that exist only to carry a password, each option written with what joins it to its
 * value: a blank, never a long option after it (`redis-cli -a --no-auth-warning` has none), or glued (MySQL's
 * `-pPASSWORD`, its `-p PASSWORD` being a prompt then a database). A placeholder (`-p$PASS`, `-p"${PW}"`) is
 * no literal and is left (literalPassword).
 */
const OPTION_VALUE = "[ \\t]{1,4}(?!--)";
const SNMP_COMMANDS = [
  "snmpget",
  "snmpgetnext",
  "snmpwalk",
  "snmpbulkwalk",
  "snmpbulkget",
  "snmpset",
  "snmptable",
  "snmptrap",
  "snmpinform",
  "snmpdelta",
  "snmpdf",
  "snmpstatus",
  "snmptest",
  "snmpnetstat",
];
const PASSWORD_OPTIONS: [string[], string][] = [
  [
    [
      "mysql",
      "mysqldump",
      "mysqladmin",
      "mysqlimport",
      "mysqlshow",
      "mysqlcheck",
      "mysqlpump",
      "mariadb",
      "mariadb-dump",
    ],
    "(?:-p|--password=)(?=[^\\s])",
  ],
  [["redis-cli", "keydb-cli"], `(?:-a|--pass)${OPTION_VALUE}`],
  [
    [
      "ldapsearch",
      "ldapmodify",
      "ldapadd",
      "ldapdelete",
      "ldapwhoami",
      "ldappasswd",
      "ldapcompare",
      "ldapmodrdn",
    ],
    `-w${OPTION_VALUE}`,
  ],
  [["keytool", "jarsigner"], `-(?:src|dest)?(?:store|key)pass${OPTION_VALUE}`],
  [["xfreerdp", "wfreerdp", "sdl-freerdp", "freerdp"], "/p:"],
  // Archives encrypted with a password on the command line (zip's and unzip's -P; zip's --password).
  [["zip", "unzip"], `(?:-P|--password)${OPTION_VALUE}`],
  // A server's BMC: ipmitool's -P (its -p is a port).
  [["ipmitool"], `-P${OPTION_VALUE}`],
  // MQTT's clients: mosquitto_pub's, _sub's and _rr's -P (--pw is read by name; their -p is a port).
  [["mosquitto_pub", "mosquitto_sub", "mosquitto_rr"], `-P${OPTION_VALUE}`],
  // Sybase/SAP ASE's isql: -P, blank or glued (-Psecret), as sqlcmd's.
  [["isql"], "-P[ \\t]{0,4}(?!--)"],
  // net-snmp's commands: the v1/v2c community after -c (the protocol's only credential), the v3
  // authentication and privacy pass phrases after -A and -X (snmpcmd(1)); one rule each, as all three may
  // stand in one command. The default community "public" is too weak to count (literalPassword).
  ...(["-c", "-A", "-X"] as const).map((option): [string[], string] => [
    SNMP_COMMANDS,
    `${option}${OPTION_VALUE}`,
  ]),
  // openssl enc's -k: "the password to derive the key from" (enc(1ssl)).
  [["openssl"], `(?<=[ \\t]enc[ \\t][^\\n]{0,200})-k${OPTION_VALUE}`],
];

/**
 * Commands whose operands, by position, are a user's name and then a password, with no option before it:
 * RabbitMQ's `rabbitmqctl [options] add_user|change_password <user> <password>`, and wpa_supplicant's
 * `wpa_passphrase <ssid> <passphrase>`. The operand before the password is a word or a quoted phrase.
 */
const OPERAND = `(?:"[^"\\r\\n]{1,64}"|'[^'\\r\\n]{1,64}'|[^\\s"'\`]{1,64})[ \\t]{1,4}(?!-)`;

/** htpasswd's flags other than the one holding -b, each perhaps with a number (-C 10, -r 5000). */
const HTPASSWD_FLAGS = "(?:[ \\t]{1,4}-[A-Za-z]{1,6}(?:[ \\t]{1,4}[0-9]{1,6})?){0,5}";

export const COMMAND_RULES: SecretRule[] = [
  // Maven's settings-security.xml: <master>{…}</master> holds the master password that decrypts every
  // {…}-encrypted password of settings.xml (Maven's password encryption guide); the braces are part of it.
  {
    type: "secret_assignment",
    generic: true,
    keywords: ["<master>"],
    pattern: /<master>[ \t\r\n]{0,16}(\{[A-Za-z0-9+/]{16,200}={0,2}\})[ \t\r\n]{0,16}<\/master>/i,
    group: 1,
    entropy: 3,
  },
  // Group Policy Preferences (Groups.xml, Services.xml, ScheduledTasks.xml, DataSources.xml, Drives.xml):
  // cpassword="…" is the account's password under AES-256 with the key Microsoft published in MS-GPPREF,
  // so anyone who reads it has the password (MS14-025). Base64 of whole AES blocks, its padding stripped.
  {
    type: "secret_assignment",
    generic: true,
    keywords: ['cpassword="'],
    pattern: /\bcpassword="([A-Za-z0-9+/]{22,1400}={0,2})"/,
    group: 1,
    entropy: 3,
  },
  // sqlcmd, bcp and osql take the SQL login's password after -P (capital; -p is other options there).
  commandRule(
    ["sqlcmd", "bcp ", "osql"],
    new RegExp(`(?:sqlcmd|bcp|osql)(?:\\.exe)?[ \\t](?:[^\\n]{0,200}?[ \\t])?-P[ \\t]{0,4}${BARE}`),
  ),
  // Windows: `net user NAME PASSWORD` sets an account's password (`net user NAME *` prompts for it), and
  // `net use \\host\share PASSWORD /user:NAME` or `… /user:NAME PASSWORD` connects with one.
  commandRule(
    ["net user "],
    new RegExp(
      `net[ \\t]{1,4}user[ \\t]{1,4}(?:"[^"\\r\\n]{1,64}"|[^\\s/"*]{1,64})[ \\t]{1,4}(?![/*])${BARE}`,
      "i",
    ),
  ),
  commandRule(
    ["net use "],
    new RegExp(`net[ \\t]{1,4}use[ \\t][^\\n]{0,200}?/user:[^\\s/]{1,128}[ \\t]{1,4}(?![/*])${BARE}`, "i"),
  ),
  // Microsoft's documented order, `net use [Z:] \\host\share PASSWORD /user:NAME`: the word after the share.
  commandRule(
    ["net use "],
    new RegExp(
      `net[ \\t]{1,4}use[ \\t]{1,4}(?:[A-Za-z]:[ \\t]{1,4}|\\*[ \\t]{1,4})?"?\\\\\\\\[^\\s"]{1,200}"?[ \\t]{1,4}(?![/*])${BARE}`,
      "i",
    ),
  ),
  ...PASSWORD_OPTIONS.map(([tools, option]) =>
    commandRule(
      tools,
      new RegExp(`(?:${tools.join("|")})(?:\\.exe)?[ \\t](?:[^\\n]{0,200}?[ \\t])?${option}${BARE}`),
    ),
  ),
  // 7-Zip: `7z a -pPASSWORD` (glued; `-p` alone prompts for one). Not the name of an archive (backup.7z).
  commandRule(
    ["7z"],
    new RegExp(`(?<![\\w.-])7z[az]?(?:\\.exe)?[ \\t](?:[^\\n]{0,200}?[ \\t])?-p(?=[^\\s])${BARE}`),
  ),
  // RAR: `unrar x -pPASSWORD` (glued, as 7-Zip's; `-p` alone prompts and `-p-` asks for none).
  commandRule(
    ["unrar", "rar"],
    new RegExp(`(?<![\\w.-])(?:un)?rar(?:\\.exe)?[ \\t](?:[^\\n]{0,200}?[ \\t])?-p(?=[^\\s-])${BARE}`),
  ),
  // Windows' WMI client: `/password:PASSWORD` (with /user:), its options in any case.
  commandRule(["wmic"], new RegExp(`wmic(?:\\.exe)?[ \\t](?:[^\\n]{0,200}?[ \\t])?/password:${BARE}`, "i")),
  commandRule(
    ["rabbitmqctl"],
    new RegExp(
      `rabbitmqctl(?:\\.bat)?[ \\t][^\\n]{0,200}?(?<=[ \\t])(?:add_user|change_password)[ \\t]{1,4}${OPERAND}${BARE}`,
    ),
  ),
  commandRule(["wpa_passphrase"], new RegExp(`wpa_passphrase[ \\t]{1,4}${OPERAND}${BARE}`)),
  // Apache's htpasswd with -b ("use the password from the command line"), among its other flags (-c, -B,
  // -C cost …): `htpasswd -b[c] FILE USER PASSWORD`, or with -n (no file) `htpasswd -nb USER PASSWORD`.
  commandRule(
    ["htpasswd"],
    new RegExp(
      `htpasswd(?:\\.exe)?${HTPASSWD_FLAGS}[ \\t]{1,4}-[A-Za-z]{0,5}b[A-Za-z]{0,5}(?:[ \\t]{1,4}[0-9]{1,3})?${HTPASSWD_FLAGS}[ \\t]{1,4}(?:[^\\s-][^\\s]{0,255}[ \\t]{1,4})?[^\\s-][^\\s]{0,63}[ \\t]{1,4}${BARE}`,
    ),
  ),
  // smbclient and the other Samba tools: `-U user%password` (also --user=user%password).
  commandRule(
    ["smbclient", "rpcclient", "smbcacls", "smbget", "smbmap"],
    new RegExp(
      `(?:smbclient|rpcclient|smbcacls|smbget|smbmap)(?:\\.exe)?[ \\t](?:[^\\n]{0,200}?[ \\t])?(?:-U[ \\t]{0,4}|--user=)(["']?)[^\\s%"'\`]{1,128}%([^\\s"'\`]{3,128})\\1(?=$|[\\s;)|&])`,
    ),
  ),
  // Oracle's clients: `sqlplus user/password@db` (expdp, impdp too); `sqlplus / as sysdba` names no user.
  commandRule(
    ["sqlplus", "expdp", "impdp"],
    new RegExp(
      `(?:sqlplus|expdp|impdp)(?:\\.exe)?[ \\t]{1,4}(?:-[A-Za-z]{1,8}[ \\t]{1,4}){0,3}()["']?[A-Za-z0-9_$#.\\\\]{1,64}/([^\\s/@"'\`]{3,128})(?=@|$|[\\s"';)|&])`,
      "i",
    ),
  ),
  // DB2's CLP: `CONNECT TO db USER name USING password` (ATTACH TO a node the same); `db2 connect to db` alone
  // uses the login's own.
  commandRule(
    ["connect to", "attach to"],
    new RegExp(
      `(?:connect|attach)[ \\t]{1,4}to[ \\t]{1,4}[^\\s]{1,64}[ \\t]{1,4}user[ \\t]{1,4}[^\\s]{1,64}[ \\t]{1,4}using[ \\t]{1,4}${BARE}`,
      "i",
    ),
  ),
  // Oracle's JDBC URLs, `jdbc:oracle:thin:user/password@target` (the OCI driver's too), whatever the target's
  // form: `//host:port/service`, `host:port:SID`, a `(DESCRIPTION=…)` descriptor or a tnsnames alias.
  commandRule(
    ["oracle:thin:", "oracle:oci:", "oracle:oci8:"],
    /oracle:(?:thin|oci8?):()"?[A-Za-z0-9_$#.]{1,64}"?\/([^\s/@"'`]{3,128})(?=@)/i,
  ),
  // RMAN's accounts, on its command line (`rman target sys/password@prod catalog rco/password@rcat`) or in its
  // CONNECT command: one rule per account, so both passwords of one line are read. The `@` after the password
  // is required, and so is rman or CONNECT before it: prose has targets and catalogs with slashes too.
  ...["target", "catalog", "auxiliary"].map((account) =>
    commandRule(
      ["rman", "connect "],
      new RegExp(
        `(?:rman(?:\\.exe)?[ \\t][^\\n]{0,200}?[ \\t]|connect[ \\t]{1,4})${account}(?:[ \\t]{1,4}|[ \\t]?=[ \\t]?)()["']?[A-Za-z0-9_$#.]{1,64}/([^\\s/@"'\`]{3,128})(?=@)`,
        "i",
      ),
    ),
  ),
];
