// A labelled corpus for the detection benchmark, generated deterministically (seeded), so every run
// measures the same inputs. Positives are values in the formats the providers and standards use, placed
// in the contexts they appear in (env files, JSON, logs, prose). Negatives are legitimate traffic that
// resembles them: timestamps, order numbers, ids, hashes, versions, base64 images, source code, and the
// example keys providers publish as non-secrets.
let seed = 20261121;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (list) => list[Math.floor(random() * list.length)];
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const chars = (alphabet, n) =>
  Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS = "0123456789";
const ALNUM = `${UPPER}abcdefghijklmnopqrstuvwxyz${DIGITS}`;
const URLSAFE = `${ALNUM}_-`;
const HEX = "0123456789abcdef";

function luhnComplete(prefix, length) {
  let body = prefix + chars(DIGITS, length - prefix.length - 1);
  for (let check = 0; check < 10; check++) {
    const candidate = body + check;
    let sum = 0;
    for (let i = 0; i < candidate.length; i++) {
      let d = Number(candidate[candidate.length - 1 - i]);
      if (i % 2 === 1 && (d *= 2) > 9) d -= 9;
      sum += d;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error("unreachable");
}

function iban(country, bban) {
  const numeric = (bban + country + "00").replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let r = 0;
  for (const d of numeric) r = (r * 10 + Number(d)) % 97;
  return `${country}${String(98 - r).padStart(2, "0")}${bban}`;
}

const group4 = (s, sep) => s.match(/.{1,4}/g).join(sep);
const NAMES = [
  "jane.doe",
  "j.smith",
  "maria_garcia",
  "wei.chen",
  "o.okafor",
  "priya+mcp",
  "lee2001",
  "anna-k",
];
const DOMAINS = ["example.org", "mail.example.co.uk", "corp.example.com", "uni.example.edu", "example.io"];

// Area codes in service (a random 201-989 is often unassigned, and an unassigned number is not a phone number).
const AREA_CODES = [
  201, 202, 206, 212, 213, 214, 305, 312, 404, 415, 416, 503, 512, 604, 617, 646, 702, 713, 718, 801,
];

const generators = {
  email: () => `${pick(NAMES)}@${pick(DOMAINS)}`,
  phone: () =>
    pick([
      () => `(${pick(AREA_CODES)}) ${int(200, 999)}-${chars(DIGITS, 4)}`,
      () => `${pick(AREA_CODES)}-${int(200, 999)}-${chars(DIGITS, 4)}`,
      () => `+1 ${pick(AREA_CODES)} ${int(200, 999)} ${chars(DIGITS, 4)}`,
      () => `+44 20 ${chars(DIGITS, 4)} ${chars(DIGITS, 4)}`,
      () => `+49 30 ${chars(DIGITS, 7)}`,
      () => `+33 1 ${chars(DIGITS, 2)} ${chars(DIGITS, 2)} ${chars(DIGITS, 2)} ${chars(DIGITS, 2)}`,
    ])(),
  ssn: () =>
    `${int(100, 665)}-${String(int(1, 99)).padStart(2, "0")}-${String(int(1, 9999)).padStart(4, "0")}`,
  credit_card: () => {
    const [prefix, length] = pick([
      ["4", 16],
      ["51", 16],
      ["55", 16],
      ["2221", 16],
      ["34", 15],
      ["37", 15],
      ["6011", 16],
      ["3530", 16],
      ["36", 14],
    ]);
    const number = luhnComplete(prefix, length);
    return pick([number, group4(number, " "), group4(number, "-")]);
  },
  iban: () => {
    // Each country's BBAN structure: GB and NL start with a bank code in letters, IT with a check letter.
    const [country, bban] = pick([
      ["DE", () => chars(DIGITS, 18)],
      ["GB", () => `${chars(UPPER, 4)}${chars(DIGITS, 14)}`],
      ["FR", () => chars(DIGITS, 23)],
      ["NL", () => `${chars(UPPER, 4)}${chars(DIGITS, 10)}`],
      ["ES", () => chars(DIGITS, 20)],
      ["IT", () => `${chars(UPPER, 1)}${chars(DIGITS, 22)}`],
    ]);
    const value = iban(country, bban());
    return pick([value, group4(value, " ")]);
  },
  aws_access_key_id: () => `${pick(["AKIA", "ASIA"])}${chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}`,
  aws_secret_access_key: () => chars(`${ALNUM}/+`, 40),
  github_token: () =>
    pick([
      () => `${pick(["ghp", "gho", "ghu", "ghs", "ghr"])}_${chars(ALNUM, 36)}`,
      () => `github_pat_${chars(ALNUM, 22)}_${chars(ALNUM, 59)}`,
    ])(),
  gitlab_token: () => `glpat-${chars(URLSAFE, 20)}`,
  slack_token: () =>
    `xox${pick(["b", "p", "a"])}-${chars(DIGITS, 12)}-${chars(DIGITS, 13)}-${chars(ALNUM, 24)}`,
  stripe_key: () => `${pick(["sk", "rk"])}_${pick(["live", "test"])}_${chars(ALNUM, pick([24, 99]))}`,
  openai_key: () =>
    pick([
      () => `sk-proj-${chars(URLSAFE, 120)}`,
      () => `sk-${chars(ALNUM, 20)}T3BlbkFJ${chars(ALNUM, 20)}`,
    ])(),
  anthropic_key: () => `sk-ant-api03-${chars(URLSAFE, 93)}AA`,
  google_api_key: () => `AIza${chars(URLSAFE, 35)}`,
  npm_token: () => `npm_${chars(ALNUM, 36)}`,
  private_key: () =>
    `-----BEGIN ${pick(["RSA ", "EC ", "OPENSSH ", ""])}PRIVATE KEY-----\n${Array.from({ length: 6 }, () => chars(`${ALNUM}/+`, 64)).join("\n")}\n-----END PRIVATE KEY-----`,
  jwt: () => `eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${chars(URLSAFE, int(60, 200))}.${chars(URLSAFE, 86)}`,
  connection_string: () =>
    `${pick(["postgres", "mysql", "mongodb+srv", "redis", "amqp"])}://${pick(["app", "admin", "svc_api"])}:${chars(ALNUM, int(10, 24))}@${pick(["db.internal", "10.0.3.7", "cluster0.example.net"])}:${int(1000, 9999)}/${pick(["prod", "app", "0"])}`,
  slack_webhook: () =>
    `https://hooks.slack.com/services/T${chars(UPPER, 8)}/B${chars(UPPER, 10)}/${chars(ALNUM, 24)}`,
  discord_webhook: () => `https://discord.com/api/webhooks/${chars(DIGITS, 18)}/${chars(URLSAFE, 68)}`,
  basic_auth: () =>
    pick([
      () => `Authorization: Basic ${btoa(`${pick(["admin", "ci", "deploy"])}:${chars(ALNUM, int(10, 20))}`)}`,
      () => `curl -u ${pick(["admin", "ci"])}:${chars(ALNUM, int(10, 20))} https://${pick(DOMAINS)}/api`,
    ])(),
  bearer_token: () => `Authorization: Bearer ${chars(URLSAFE, int(32, 64))}`,
  sendgrid_api_key: () => `SG.${chars(URLSAFE, 22)}.${chars(URLSAFE, 43)}`,
  digitalocean_token: () => `dop_v1_${chars(HEX, 64)}`,
  hashicorp_vault_token: () => `hvs.${chars(URLSAFE, 95)}`,
  huggingface_token: () => `hf_${chars(UPPER + "abcdefghijklmnopqrstuvwxyz", 34)}`,
  twilio_api_key: () => `SK${chars(HEX, 32)}`,
  age_secret_key: () => `AGE-SECRET-KEY-1${chars("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)}`,
  secret_assignment: () =>
    `${pick(["password", "PASSWORD", "db_password", "client_secret", "api_key", "apiKey"])}${pick(["=", ": ", " = ", '": "'])}${chars(`${ALNUM}!#%`, int(8, 20))}`,
};

/** How a value appears in traffic: a key context is used where the format needs one. */
const CONTEXTS = {
  aws_secret_access_key: [
    (v) => `AWS_SECRET_ACCESS_KEY=${v}`,
    (v) => `"SecretAccessKey": "${v}"`,
    (v) => `aws_secret_access_key = ${v}`,
  ],
  default: [
    (v) => v,
    (v) => `value: ${v}`,
    (v) => `{"field": "${v}"}`,
    (v) => `see ${v}.`,
    (v) => `(${v})`,
    (v) => `line 1\n${v}\nline 3`,
  ],
};

export function positives(perType = 200) {
  const out = [];
  for (const [type, make] of Object.entries(generators)) {
    const contexts = CONTEXTS[type] ?? CONTEXTS.default;
    for (let i = 0; i < perType; i++) out.push({ type, text: pick(contexts)(make()) });
  }
  return out;
}

const uuid = () => `${chars(HEX, 8)}-${chars(HEX, 4)}-4${chars(HEX, 3)}-a${chars(HEX, 3)}-${chars(HEX, 12)}`;
const isoTime = () => new Date(1.7e12 + int(0, 1e11)).toISOString();
const CODE = [
  "function login(user: string, password: string): Promise<Session> {",
  "def connect(host, port=5432, password=None):",
  "const apiKey = process.env.OPENAI_API_KEY;",
  "password = os.environ['DB_PASSWORD']",
  "if (token === undefined) throw new Error('missing token');",
  "secret: ${{ secrets.DEPLOY_KEY }}",
  "for (let i = 0; i < 1000000; i++) total += values[i];",
  "export const API_KEY_HEADER = 'x-api-key';",
  "client_secret: <your-client-secret>",
  "password: changeme",
];
/** What stands where a secret would: template variables, masks, variable names, paths, fakes. */
const STAND_INS = [
  "password: ${DB_PASSWORD}",
  "api_key: {{ .Values.apiKey }}",
  "token: <your-token-here>",
  "password = %s",
  "PASSWORD=$POSTGRES_PASSWORD",
  "password: DB_PASSWORD",
  "client_secret: ********",
  "token=xxxxxxxxxxxxxxxxxxxxxxxx",
  "OLDPWD=/home/dev/projects",
  "PWD=/workspace/app",
  "SSH_AUTH_SOCK=/tmp/ssh-agent.sock",
  "GITHUB_TOKEN_FILE=/run/secrets/github_token",
  "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
  "Authorization: Bearer <token>",
  "Authorization: Basic <credentials>",
  "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----",
  // blank (a typed sequence such as 12345678-ABCD-… is reported: see placeholders.ts, isBlank)
  'SNYK_TOKEN = "00000000-0000-0000-0000-000000000000"',
  "public_key: 9Cnzj4p4WGeKLs1Pt8QuKUpRKfFLfRYC9AIKjbJTWit",
  "administrator_login_password = var.db_password",
];
const EXAMPLES = [
  "AKIAIOSFODNN7EXAMPLE",
  "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
  "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
  "postgres://user:${DB_PASSWORD}@localhost/app",
  "https://user:<password>@example.com",
];

const negativeMakers = {
  timestamp: () =>
    pick([() => String(int(1.6e12, 1.9e12)), () => isoTime(), () => String(int(1.6e9, 1.9e9))])(),
  order_number: () =>
    pick([
      () => `order #${chars(DIGITS, int(6, 12))}`,
      () => `INV-${chars(DIGITS, 10)}`,
      () => `${chars(DIGITS, 10)}`,
      () => `tracking 1Z${chars(UPPER + DIGITS, 16)}`,
    ])(),
  uuid: () => uuid(),
  hash: () =>
    pick([
      () => chars(HEX, 40),
      () => chars(HEX, 64),
      () => `sha256:${chars(HEX, 64)}`,
      () => `commit ${chars(HEX, 7)}`,
    ])(),
  version: () =>
    pick([
      () => `v${int(0, 20)}.${int(0, 40)}.${int(0, 99)}`,
      () => `${int(1, 9)}.${int(0, 9)}.${int(0, 9)}.${int(0, 9999)}`,
      () => `node@${int(18, 24)}.${int(0, 20)}.${int(0, 9)}`,
    ])(),
  base64_image: () => `data:image/png;base64,iVBORw0KGgo${chars(`${ALNUM}/+`, int(200, 2000))}==`,
  source_code: () => pick(CODE),
  provider_example: () => pick(EXAMPLES),
  secret_stand_in: () => pick(STAND_INS),
  money: () =>
    `${pick(["$", "€", ""])}${int(1, 99999)}.${chars(DIGITS, 2)} ${pick(["USD", "EUR", ""])}`.trim(),
  path: () =>
    `/home/${pick(["alice", "dev", "build"])}/${pick(["src", "projects", ".config"])}/${chars(ALNUM, 8)}.${pick(["ts", "py", "json", "md"])}`,
  url: () =>
    `https://${pick(["api.github.com", "registry.npmjs.org", "example.com"])}/${chars(ALNUM, 6)}/${int(1, 99999)}?page=${int(1, 20)}`,
  log_line: () =>
    `${isoTime()} INFO request_id=${uuid()} status=200 duration_ms=${int(1, 900)} bytes=${int(100, 900000)}`,
  numbers: () =>
    `${int(1000, 9999)} ${int(10000, 99999)} ${int(100, 999)}-${int(100, 999)} ${int(1, 9)}.${int(0, 9)}`,
};

export function negatives(total = 20_000) {
  const kinds = Object.keys(negativeMakers);
  return Array.from({ length: total }, (_, i) => {
    const kind = kinds[i % kinds.length];
    return { kind, text: negativeMakers[kind]() };
  });
}

/** About 1 MB of one kind of realistic payload, for throughput. */
export function payloads() {
  const MB = 1 << 20;
  const fill = (make) => {
    let s = "";
    while (s.length < MB) s += make();
    return s.slice(0, MB);
  };
  return {
    "JSON tool result (logs, ids, text)": JSON.stringify({
      content: [{ type: "text", text: fill(() => `${negativeMakers.log_line()}\n`) }],
    }),
    "base64 image": fill(() => chars(`${ALNUM}/+`, 4096)),
    "source code": fill(() => `${pick(CODE)}\n`),
    "prose with personal data every 4 KB": fill(
      () =>
        `${"The quarterly report covers revenue, churn and hiring plans. ".repeat(64)} Contact ${generators.email()} or ${generators.phone()}.\n`,
    ),
  };
}
