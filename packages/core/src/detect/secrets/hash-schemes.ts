// The names of password hashing schemes, as the settings that choose one write them: PostgreSQL's
// `password_encryption = scram-sha-256` (or md5), Flask-Security's `SECURITY_PASSWORD_HASH = "argon2"`
// (bcrypt, pbkdf2_sha512, sha512_crypt, plaintext), Django's and passlib's hasher names, Dovecot's and
// OpenLDAP's schemes ({SSHA}, BLF-CRYPT). Under a password's name such a value is the setting of how passwords
// are stored, not a password. A closed list, matched whole (case, `-` and `_` aside): a real hash value
// ($2b$…, $argon2id$…, pbkdf2_sha256$…) is no scheme's name and is still judged (token-rules.ts finds it).

const SCHEMES = new Set(
  [
    // digests, and the same salted or in hex as LDAP, Dovecot and passlib name them
    "md5 sha sha1 sha224 sha256 sha384 sha512 sha3_256 sha3_512 ssha ssha256 ssha512 smd5 hex_md5 hex_sha1",
    "hex_sha256 hex_sha512 ldap_md5 ldap_sha1 ldap_salted_md5 ldap_salted_sha1 ldap_salted_sha256 ldap_salted_sha512",
    "salted_sha1 salted_sha256 salted_sha512 plain_md5 digest_md5 cram_md5 ntlm nthash lmhash bsd_nthash",
    // the key-stretching schemes and their variants
    "scram_sha_1 scram_sha_256 bcrypt bcrypt_sha256 blf_crypt blowfish scrypt yescrypt argon2 argon2i argon2d",
    "argon2id pbkdf2 pbkdf2_sha1 pbkdf2_sha256 pbkdf2_sha512 grub_pbkdf2_sha512 atlassian_pbkdf2_sha1",
    "crypt des_crypt bsdi_crypt md5_crypt apr_md5_crypt sha1_crypt sha256_crypt sha512_crypt sun_md5_crypt",
    "phpass mysql323 mysql41 postgres_md5 oracle10 oracle11 mssql2000 mssql2005 msdcc msdcc2 cisco_type7",
    // Django's hasher names, Flask-Security's and the like: the scheme spelled with its library's name
    "django_pbkdf2_sha256 django_pbkdf2_sha1 django_argon2 django_bcrypt django_bcrypt_sha256 django_scrypt",
    "unsalted_md5 unsalted_sha1 md5_password sha256_password caching_sha2_password mysql_native_password",
    // no hashing at all
    "plaintext plain clear cleartext none",
  ]
    .flatMap((line) => line.split(" "))
    .map(fold),
);

function fold(name: string): string {
  return name.toLowerCase().replace(/[-_]/g, "");
}

/** Whether `value` is, whole, the name of a password hashing scheme (`scram-sha-256`, `{SSHA}`, `argon2`). */
export function isHashScheme(value: string): boolean {
  if (value.length > 32) return false;
  const name = /^\{[A-Za-z0-9_.-]{2,30}\}$/.test(value) ? value.slice(1, -1) : value;
  return SCHEMES.has(fold(name));
}
