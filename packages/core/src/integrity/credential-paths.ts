// Where the user's credentials live on disk, read the same way wherever a definition or a result names a file
// to read or hand over (round 50: a tool that read GitHub's hosts.yml, Cargo's credentials.toml, Vault's token
// file or the browser's saved logins into an argument scored as a tool reading any file did).

/** A dot-folder's credentials file: ~/.aws/credentials, ~/.cargo/credentials.toml, ~/.claude/.credentials.json. */
const CREDENTIALS_FILE = String.raw`\.[\w-]+\/(?:[\w.-]+\/){0,2}\.?credentials(?:\.(?:json|toml|ya?ml|db))?\b`;

/** A CLI's stored login: GitHub's and hub's hosts.yml, a `.…-token` file (Vault, Nomad, Consul). */
const CLI_LOGIN = String.raw`\.config\/(?:gh|hub)\/hosts\.ya?ml\b|\.[\w]+-token\b`;

/** A browser's or the OS's password and cookie store. */
const PASSWORD_STORE = String.raw`(?:Chrome|Chromium|Brave[\w-]*|Edge|Opera[\w ]*)\/(?:[\w .-]+\/){0,2}(?:Login Data|Cookies|Web Data)\b|firefox\/(?:[\w.-]+\/){0,2}(?:logins\.json|key[34]\.db|cookies\.sqlite)\b|Keychains\/[\w.-]+|\blogin\.keychain(?:-db)?\b`;

/**
 * A file or folder that holds the user's credentials, by its path under a home directory or by its dotted
 * name: SSH and GnuPG keys, cloud and registry logins, .env files, a CLI's stored token, the browser's saved
 * logins. A public key (.pub) is made to be shared.
 */
export const CREDENTIAL_PATH = String.raw`(?:(?:~|\$HOME|\/home\/[\w.-]+|\/root|\/Users\/[\w.-]+)?\/)?(?:[\w.-]+(?: [\w.-]+)?\/){0,3}(?:\.(?:ssh|gnupg|aws|kube|docker|azure|gcloud|password-store)\b(?:\/[\w.-]+){0,3}(?![\w.\/-])(?<!\.pub\.?)|\.(?:env|npmrc|netrc|pypirc|pgpass|git-credentials|my\.cnf)\b(?!\.example|\.sample|\.template)|id_(?:rsa|ed25519|ecdsa|dsa)\b(?!\.pub)|etc\/shadow\b|${CREDENTIALS_FILE}|${CLI_LOGIN}|${PASSWORD_STORE})`;

/** Literals one of which every CREDENTIAL_PATH holds: a gate before the pattern. */
export const CREDENTIAL_PATH_GATE =
  /\.ssh|\.gnupg|\.aws|\.kube|\.docker|\.azure|\.gcloud|\.password-store|\.env|rc\b|\.pgpass|\.my\.cnf|credentials|id_|shadow|hosts\.ya?ml|-token|Login Data|Cookies|Web Data|logins\.json|key[34]\.db|keychain/gi;
