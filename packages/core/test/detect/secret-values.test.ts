// Round 6 of the secret rules: credential families the public corpora showed missing, values redacted whole
// whatever characters they hold, and the shapes of code and templates that are not a value. Each case is
// written here anew from the class it stands for; random bodies come from samples.ts.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";
import { chars } from "./samples.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const typesIn = (text: string) => [...new Set(scanner.spans(text).map((s) => s.type))];
const secretsIn = (text: string) => scanner.spans(text).filter((s) => s.category === "secret");
/** The text as it would be forwarded with every finding redacted. */
const forwarded = (text: string) =>
  (scanner.scan({ text }, "params", () => true).value as { text: string }).text;

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOW = "abcdefghijklmnopqrstuvwxyz";
const DIG = "0123456789";
const AN = UP + LOW + DIG;
const HEX = "0123456789abcdef";
const URL = `${AN}_-`;

describe("credential families added in round 6 (random values in the provider's shape)", () => {
  it.each([
    ["cloudflare_api_token", () => `CF_API_TOKEN=cfut_${chars(AN, 40)}${chars(HEX, 8)}`],
    ["cloudflare_api_token", () => `cfk_${chars(AN, 40)}${chars(HEX, 8)}`],
    ["kolide_api_key", () => `k2sk_v1_${chars(AN, 24)}`],
    ["onfido_api_token", () => `api_live_us.${chars(URL, 11)}.${chars(URL, 32)}`],
    // AWS session tokens of older generations start FQoGZXIvYXdz / FQoDYXdz
    ["aws_session_token", () => `AWS_SESSION_TOKEN=FQoGZXIvYXdzE${chars(`${AN}+/`, 200)}`],
    // a fine-grained GitHub token of another length than today's 22_59
    ["github_token", () => `github_pat_${chars(AN, 36)}`],
    // a Telegram bot token a few characters off the published length
    ["telegram_bot_token", () => `${chars(DIG, 10)}:AA${chars(URL, 32)}`],
    // Shopify tokens with letters beyond f
    ["shopify_token", () => `shpat_${chars(AN, 32)}`],
    // an Okta token has no prefix of its own: found after the word okta
    ["okta_api_token", () => `variable "corp_okta_api_token" {\n  default = "00${chars(URL, 40)}"\n}`],
    // a long prefix starts a token even after a dot
    ["pypi_token", () => `password: \${{ secrets.pypi-AgEIcHlwaS5vcmc${chars(URL, 80)} }}`],
  ])("%s", (type, make) => {
    expect(typesIn(make())).toContain(type);
  });

  it("Cloudflare's format is exact: a token with a character after its checksum is not one", () => {
    const body = `${chars(AN, 40)}${chars(HEX, 8)}`;
    expect(typesIn(`cfat_${body}Z`)).not.toContain("cloudflare_api_token");
  });
});

describe("a value is redacted whole, whatever characters it holds", () => {
  it.each([
    // between quotes, separators and brackets are characters of the value
    ["SECRET_KEY = 'django-insecure-8x7$k2#m9q!w4v@1p&c5e^r0t6y3u*i'", "c5e^r0t6y3u*i"],
    ['{"password": "Qm7;z(Lp2)&Wx9{k}"}', "Wx9{k}"],
    // on a configuration line, an unquoted value runs to the end of the line
    ["DB_PASSWORD=Xk29f&q!7zz;Lm(4)x\nDB_HOST=db.internal", "Lm(4)x"],
    ["db.password=p@ss(w0rd){8!q}", "{8!q}"],
    ["export API_TOKEN=ab12&cd34;ef56gh78ij90kl", "ef56gh78ij90kl"],
    // a YAML mapping or `name = value`, for the names that say password or secret
    ["db:\n  password: s3cr3t&more;Qz7\n  user: bob", "more;Qz7"],
    ["password: p@ss&w0rd", "w0rd"],
    // `pw` too, and PW alone set with "=" (in a code table, "PW" is Palau's code)
    ["pw: Tr0ub4dor&3", "&3"],
    ["PW=Tr0ub4dor&3", "&3"],
    ["export DB_PW=Xk29f&q!7zz;Lm4", "Lm4"],
    ["client_secret = Xk29f&q!7zz;Lm4", "Lm4"],
    ["api_token = Qz8&kLm3;xR9v", "kLm3;xR9v"],
    ["PASSWORD=w0rd|pipe~tilde`x9Q", "x9Q"],
    // brackets in a URL's password: no code runs inside a URL
    ["https://admin:Zx8(Lm)4@db.example.com/x", "Zx8(Lm)"],
    ["postgres://u:Zx8(Lm)4Qr@db/x", "Zx8(Lm)"],
    // quotes of the other kinds, and an escaped backslash, inside a quoted value
    ["password = '`123QWERasdf'", "123QWERasdf"],
    ['{"password": "`-08iOR~zZik6ko^\\\\JPBy4r"}', "JPBy4r"],
  ])("%j", (text, tail) => {
    const out = forwarded(text);
    expect(out).toContain("[REDACTED:");
    expect(out).not.toContain(tail);
  });

  it.each([
    // C#'s verbatim strings
    `private const string ApiSecretKey = @"${chars(HEX, 64)}";`,
    // an Android string resource names the key in its name attribute
    `<string name="analytics_api_key">${chars(HEX, 32)}</string>`,
    // sshpass exists only to pass a password
    `sshpass -p '${chars(AN, 12)}' ssh deploy@build`,
    // PsExec's -p is always a password: plain words too, which the generic "-u … -p" rule leaves
    `PsExec.exe \\\\10.0.4.12 -u CORP\\svc-deploy -p falcon_ridge cmd /c ipconfig`,
    `system("PSEXEC \\\\build01 -u Administrator -p harbourlights shutdown -r");`,
  ])("%j is reported", (text) => {
    expect(secretsIn(text).length, text).toBeGreaterThan(0);
  });

  it.each([
    // a variable of the shell or batch file in the password's place, and the tool's other options
    "psexec \\\\host -u admin -p %RUNAS_PASS% -i cmd",
    "psexec \\\\host -u admin -p $Password -d calc.exe",
    "psexec -s -i -d cmd.exe",
    "psexec \\\\host -u admin -p PASSWORD cmd",
  ])("%j is not reported", (text) => {
    expect(secretsIn(text), text).toEqual([]);
  });
});

describe("code and templates in a value's place are not a value", () => {
  it.each([
    // a template's or format string's slot anywhere in the value: the secret is what fills it
    'password: "db-${DEPLOY_ENV}-pw"',
    'conn = "postgres://{user}:{password}@{host}/app"',
    "api_key = '%(api_key)s'",
    'token = "{{vault_token}}"',
    // a JavaScript template literal that interpolates
    "ids[key] = `${prefix}${counter.next()}`;",
    // YAML's alias to another node and its tag, in a value's place
    "  password: *default_db_password",
    "  password: !vault |",
    // member paths with indexes, as redaction and query paths are written
    "redact: ['key', 'path.to.key', 'users[*].password', 'stripe.customers.*.token']",
    // the quote before the value closed a string: code follows it
    'console.log("missing value for key "+name+"; using default");',
    'throw new Error("unknown key ".concat(k));',
    // a reference spliced in by shell quoting, and a name that only contains okta's letters
    "- echo 'export DATABASE_PASSWORD=\"'$PRECOMPILE_PASSWORD'\"' >> .env",
    `rookTable = 00${"Lk2KqjLBvaxANWEgTd7bqjsxjo8aZj0wdQ7mX3pR"}`,
    // punctuation only
    'password = ",.:-@*?!"',
    // a port mapping after docker's -u
    "docker run -u 1000 -p 127.0.0.1:8080:80 nginx",
    // a configuration line's shape, holding a call or an index
    "password = get_password()",
    "token = tokens[index]",
  ])("%j", (text) => {
    expect(secretsIn(text)).toEqual([]);
  });

  it.each([
    `password: "${"Xk29fq7Lm3"}{env}"`,
    `DB_PASS=\${ENV}-${"q8Rt2vLp0Zw4"}`,
    `token = "{{prefix}}${"9fKd03LmQx7e"}"`,
  ])("a slot beside a literal secret is no cover: %j", (text) => {
    expect(secretsIn(text).length).toBeGreaterThan(0);
  });

  it("a value that only looks like a template (braces that open no slot) is still a password", () => {
    expect(secretsIn('password = "m{{h}o)p${e]nob(ody[x>-_$#q}}"').length).toBeGreaterThan(0);
  });
});

describe("quoted phrases under a password's name (round 8): judged whole", () => {
  it.each([
    ['password: "Tr0ub4dor and 3 more"', 'password: "[REDACTED:secret_assignment]"'],
    ['db_password = "hunter2 hunter3"', 'db_password = "[REDACTED:secret_assignment]"'],
    ["passwd='Qz8 kLm3 xR9v'", "passwd='[REDACTED:secret_assignment]'"],
    ['{\\"password\\": \\"Zq9! mK3x pL\\"}', '{\\"password\\": \\"[REDACTED:secret_assignment]\\"}'],
  ])("%s is redacted to its closing quote", (text, expected) => {
    expect(forwarded(text)).toBe(expected);
  });

  it.each([
    '{"password": "Incorrect password, try again"}',
    '"password": "Invalid password for %s"',
    'password_hint: "Use 8-64 characters, e.g. a sentence"',
    'password_help: "Contact admin@example.com to reset it"',
    'password_note: "See https://example.com/reset2 for help"',
    'password: "correct horse battery staple"', // words only: read as a sentence (a known miss)
    '_password = "+new Buffer(x).toString("base64")',
  ])("%s is left alone", (text) => {
    expect(secretsIn(text)).toEqual([]);
  });
});

describe("a key named for what it guards is a secret's name (round 8)", () => {
  it.each([
    "SECRET_KEY=Qz8&kLm3;xR9v",
    "secret_key = 'Qz8&kLm3;xR9v'",
    "private_key = Qz8kLm3xR9v",
    'accessKey: "Qz8kLm3xR9v"',
    "signing-key=Qz8kLm3xR9v",
  ])("%s", (text) => {
    expect(typesIn(text)).toEqual(["secret_assignment"]);
    expect(forwarded(text)).not.toContain("xR9v");
  });

  it.each(["key = Qz8kLm3xR9v", "monkey = Qz8kLm3xR9v", "cache_key = Qz8kLm3xR9v"])(
    "%s: a bare or a data structure's key still needs a longer random value",
    (text) => {
      expect(secretsIn(text)).toEqual([]);
    },
  );
});

describe("command-line options with a quoted phrase or a backtick in the value (round 8)", () => {
  it.each([
    ["mysql --password=Qz8`kLm3`xR9v db", "mysql --password=[REDACTED:secret_assignment] db"],
    [
      "mysql -u root --password 'Qz8 kLm3 xR9v' db",
      "mysql -u root --password '[REDACTED:secret_assignment]' db",
    ],
  ])("%s", (text, expected) => {
    expect(forwarded(text)).toBe(expected);
  });

  it.each(["tool --password `cat ~/.pw`", "tool --password 'enter it at the prompt'"])(
    "%s is left alone (a command substitution, a sentence)",
    (text) => {
      expect(secretsIn(text)).toEqual([]);
    },
  );
});

describe("an unquoted phrase on a configuration line of its own (round 8): the value is the whole line", () => {
  it.each([
    ["password = Tr0ub4dor and 3 more", "password = [REDACTED:secret_assignment]"],
    ["password = correct horse battery staple", "password = [REDACTED:secret_assignment]"],
    [
      "db:\n  password: Tr0ub4dor and 3 more\n  user: x",
      "db:\n  password: [REDACTED:secret_assignment]\n  user: x",
    ],
  ])("%s", (text, expected) => {
    expect(forwarded(text)).toBe(expected);
  });

  it.each(["password = base + salt2", "password = get_pass() or x2y3", "variable_password0 = password;"])(
    "%s is code, left alone",
    (text) => {
      expect(secretsIn(text)).toEqual([]);
    },
  );
});

describe("an HTML form's password field filled in (round 8)", () => {
  it.each([
    ['<input type="password" name="pw" value="Hunter2!xq">', "Hunter2!xq"],
    ['<input type="text" value="alice"><input type=password id=p value="Tr0ub4dor&3">', "Tr0ub4dor&3"],
  ])("%s", (text, secret) => {
    expect(forwarded(text)).not.toContain(secret);
  });

  it.each([
    "<input type='password' value='********'>",
    '<input type="password" value="{{password}}">',
    '<input type="password" placeholder="Password" value="">',
  ])("%s is left alone", (text) => {
    expect(secretsIn(text)).toEqual([]);
  });
});
