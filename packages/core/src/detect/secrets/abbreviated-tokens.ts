// A well-known vendor's token prefix followed by a few characters (`sk-proj-abc123`, `ghp_xyz`, `AKIA1234`):
// how documentation, tests and .env templates abbreviate a token, or how a dashboard shows its first
// characters. Each of these vendors issues tokens whose body after the prefix runs to 20 characters or more,
// so a body of 11 or fewer is never one of them, and it discloses too little of a real one to matter.

/** Prefixes of vendors whose every token has a body of at least 20 characters (their published formats). */
const VENDOR_PREFIX =
  /^(?:sk-(?:proj-|svcacct-|admin-|ant-(?:api[0-9]{2}-|admin[0-9]{2}-)?|or-v1-)?|(?:sk|pk|rk)_(?:live|test)_|gh[pousr]_|github_pat_|glpat-|xox[abcdpre]-|AKIA|hf_|npm_|pypi-|SG\.|dop_v1_|shp(?:at|ss|ca|pa)_|gsk_|xai-|dckr_pat_|lin_api_|AIza)/;

/** The prefix, then 1 to 11 token characters and nothing else. */
export function isAbbreviatedVendorToken(value: string): boolean {
  const prefix = VENDOR_PREFIX.exec(value);
  if (!prefix) return false;
  const body = value.slice(prefix[0].length);
  return body.length >= 1 && body.length <= 11 && /^[A-Za-z0-9_-]+$/.test(body);
}
