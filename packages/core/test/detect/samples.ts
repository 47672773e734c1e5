// Realistic, randomly generated values in each format (no real credentials), shared by the tests.
let seed = 42;
function random(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
export function chars(alphabet: string, n: number): string {
  let out = "";
  for (let i = 0; i < n; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const B64 = `${ALNUM}/+`;
const URLSAFE = `${ALNUM}_-`;

export const samples = {
  aws_access_key_id: () => `AKIA${chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}`,
  aws_secret_access_key: () => chars(B64, 40),
  github_classic: () => `ghp_${chars(ALNUM, 36)}`,
  github_fine_grained: () => `github_pat_${chars(ALNUM, 22)}_${chars(ALNUM, 59)}`,
  gitlab: () => `glpat-${chars(URLSAFE, 20)}`,
  slack: () => `xoxb-${chars("0123456789", 11)}-${chars("0123456789", 12)}-${chars(ALNUM, 24)}`,
  stripe: () => `sk_live_${chars(ALNUM, 24)}`,
  openai: () => `sk-proj-${chars(URLSAFE, 48)}`,
  anthropic: () => `sk-ant-api03-${chars(URLSAFE, 93)}AA`,
  google: () => `AIza${chars(URLSAFE, 35)}`,
  npm: () => `npm_${chars(ALNUM, 36)}`,
  /** Three 64-character lines of base64, as in the body of a PEM key. */
  pemBody: () => [chars(B64, 64), chars(B64, 64), chars(B64, 64)].join("\n"),
  jwt: () => `eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${chars(URLSAFE, 60)}.${chars(URLSAFE, 86)}`,
};
