// Attack (round 39): the guard counts crypt-format password hashes as credentials (offline-crackable:
// bcrypt, md5crypt, sha256crypt, sha512crypt, Cisco's and Kerberos' forms), but not the formats systems write
// today: yescrypt (`$y$…`, the default of /etc/shadow on Debian 11+, Ubuntu 22.04+, Fedora 35+), Argon2
// (`$argon2id$…`, the PHC string of PHP's password_hash, Keycloak, Vaultwarden, Authelia) and Django's
// `pbkdf2_sha256$…` (every Django site's auth_user table). So `cat /etc/shadow` on a current Ubuntu, or a
// users table exported as CSV, reaches the client with every user's hash, and reaches a server, where the
// same file from CentOS 7 (`$6$…`) is redacted and refused. Each must be found as the older formats are.
import { afterAll, describe, expect, it } from "vitest";
import { echoOutcomes, recorded, recorderWithResults, toolSession } from "../src/index.js";

const YESCRYPT = "$y$j9T$KEQn1nUcdhPk5rkXDFx8tC$SHOjBDWEYF.eZuV0CVpF7itA/Dlc8qupw7gKvlIy.MM";
// A yescrypt hash is 32 bytes, 43 characters (this one had 42, which no system writes).
const YESCRYPT_2 = "$y$j9T$3mLq8ZvN2pXw7Rk5Tb9Yc1$Hd4Kq7Wn2Zp8Lv5Xt3Rb6Yc9Mf1Jg0Ns2Pa4Ue6Qo3.";
const ARGON2 =
  "$argon2id$v=19$m=65536,t=3,p=4$Q8mZ2vLp5TxR9kWb3NcY7d$Hk3v9Lq2Zp8Xw4Rt6Yn1Mb5Vc7Fg0Js2Ld4Ka6Qe8Uo";
const DJANGO = "pbkdf2_sha256$870000$Q8mZ2vLp5TxR9kWb3NcY7d$Hk3v9Lq2Zp8Xw4Rt6Yn1Mb5Vc7Fg0Js2Ld4Ka6Qe8Uo=";
const HASHES = [YESCRYPT, YESCRYPT_2, ARGON2, DJANGO];
const SHA512CRYPT =
  "$6$ZTRAet0r3AK3e4kE$rQQLbfSanBBjwCLDjog/6qZHrQgn..rfqWi6SaRzjEnOYD2yWKqR6bGqskURL/.hc/xuaVwkjW5plnesZsakbB";

const shadow = (root: string, user: string) =>
  [
    `root:${root}:19787:0:99999:7:::`,
    "daemon:*:19787:0:99999:7:::",
    "sshd:!:19787::::::",
    `ubuntu:${user}:19787:0:99999:7:::`,
  ].join("\n");
const UBUNTU_SHADOW = shadow(YESCRYPT, YESCRYPT_2);
const USERS_CSV = [
  "id,username,email_verified,password_hash",
  `1,admin,true,${DJANGO}`,
  `2,jane,true,${ARGON2}`,
].join("\n");

const text = (t: string) => ({ content: [{ type: "text", text: t }] });
const { home, log } = recorderWithResults({
  cat_shadow: text(UBUNTU_SHADOW),
  export_users: text(USERS_CSV),
  cat_old_shadow: text(shadow(SHA512CRYPT, SHA512CRYPT)),
});
afterAll(async () => {
  await home.cleanup();
});

/** Which hashes a text still shows. */
const bare = (seen: string) => HASHES.filter((h) => seen.includes(h));

describe("password hashes in today's formats", () => {
  it("sha512crypt in /etc/shadow reaches the client redacted (control)", async () => {
    let seen = "";
    await toolSession(home, async (call) => {
      seen = JSON.stringify((await call("cat_old_shadow", {})).result);
    });
    expect(seen).not.toContain(SHA512CRYPT);
  });

  it("yescrypt in /etc/shadow, Argon2 and Django's PBKDF2 in a users export, reach the client redacted", async () => {
    const left: Record<string, string[]> = {};
    await toolSession(home, async (call) => {
      for (const tool of ["cat_shadow", "export_users"])
        left[tool] = bare(JSON.stringify((await call(tool, {})).result));
    });
    expect(left).toEqual({ cat_shadow: [], export_users: [] });
  });

  it("do not reach the server", async () => {
    const notes = [UBUNTU_SHADOW, USERS_CSV];
    const { outcomes } = await echoOutcomes(
      home,
      log,
      notes.map((note) => ({ note })),
    );
    expect(outcomes).toEqual(notes.map(() => "sensitive_data"));
    const seen = JSON.stringify(recorded(log).filter((m) => JSON.stringify(m).includes('"echo"')));
    expect(bare(seen)).toEqual([]);
  });
});
