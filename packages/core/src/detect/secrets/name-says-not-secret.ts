// What a credential's name says about its value beyond the keyword: a digest of a machine-made credential, a
// key that is public by design, or a name that is only a field of a secret store's reference. The assignment
// rules (context-rules.ts) ask these after their own checks of the name.

/**
 * A hexadecimal digest of the lengths the common hash functions give (MD5, SHA-1, SHA-224, SHA-256, SHA-384,
 * SHA-512), in one case.
 */
const HEX_DIGEST =
  /^(?:[a-f0-9]{32}|[a-f0-9]{40}|[a-f0-9]{56}|[a-f0-9]{64}|[a-f0-9]{96}|[a-f0-9]{128})$|^(?:[A-F0-9]{32}|[A-F0-9]{40}|[A-F0-9]{56}|[A-F0-9]{64}|[A-F0-9]{96}|[A-F0-9]{128})$/;

/**
 * `token_hash`, `api_key_hash`, `secretHash` set to a hex digest: what a server stores to check a token it
 * issued. A machine-made credential is too random for its digest to be reversed, so the digest discloses
 * nothing and authenticates nothing. A password's digest is another matter (people choose guessable
 * passwords, and a fast hash of one is cracked), so the caller keeps those: `nameTail` is what follows the
 * keyword in the match, `passwordName` whether the keyword names a password.
 */
export function digestOfMachineCredential(nameTail: string, passwordName: boolean, value: string): boolean {
  return !passwordName && /^[_.-]?hash/i.test(nameTail) && HEX_DIGEST.test(value);
}

/**
 * A CAPTCHA's site key (reCAPTCHA's, hCaptcha's, Turnstile's `site_key`, `siteKey`): published in every page
 * that shows the widget; the secret key beside it is the credential. `lastWord` is the word before the keyword.
 */
export function publicSiteKey(keyword: string, lastWord: string): boolean {
  return keyword.toLowerCase() === "key" && lastWord === "site";
}

/**
 * A field of a CloudFormation dynamic reference (`{{resolve:secretsmanager:MyDbSecret:SecretString:password}}`,
 * `{{resolve:ssm-secure:/prod/db/password:1}}`): the template names where the value is, and the deployment
 * fetches it; "Secret" in a segment of it is part of a name. `before` is the text just before the name.
 */
export function inDynamicReference(before: string): boolean {
  return /\{\{resolve:(?:ssm|ssm-secure|secretsmanager):[^{}\s]{0,200}$/.test(before);
}

/**
 * A web form's anti-forgery token (Django's csrfmiddlewaretoken, Rails' authenticity_token, ASP.NET's
 * __RequestVerificationToken, X-XSRF-TOKEN): every page of the form carries it to every visitor, and it only
 * pairs a form with the session that served it. Matched anywhere in the name, run together or not.
 */
export function antiForgeryName(name: string): boolean {
  return /csrf|xsrf|authenticity[_.-]?token|requestverificationtoken/i.test(name);
}
