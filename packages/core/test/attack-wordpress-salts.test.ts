// Attack (round 42, found from outside): WordPress's wp-config.php holds eight secret keys and salts
// (AUTH_KEY, SECURE_AUTH_KEY, LOGGED_IN_KEY, NONCE_KEY, AUTH_SALT, SECURE_AUTH_SALT, LOGGED_IN_SALT, NONCE_SALT)
// that sign every login cookie: whoever holds them forges an administrator's session. Every WordPress install
// has them, written by the installer or pasted from https://api.wordpress.org/secret-key/1.1/salt/ as
// `define( 'AUTH_KEY', '<64 characters>' );`, the characters drawn from letters, digits and
// !@#$%^&*()-_ []{}<>~`+=,.;:/?| (wp_generate_password(64, true, true)), so nearly every value holds a space or
// a parenthesis. README promises secrets are redacted in results, and docs/detection.md that a value "between
// quotes" is taken "up to the closing quote (separators, brackets and the other kinds of quote are part of
// it)". None of the eight is taken (neither the values holding a space or a '(' nor NONCE_KEY's, which holds
// neither; the _SALT names also end in "salt", a word credential-suffixes.ts says makes a name "about" its
// credential). A filesystem or shell server reading wp-config.php hands the model all eight whole, while
// DB_PASSWORD a few lines above (control) is redacted, as `AUTH_KEY` with a value of letters and digits is. A
// correct guard redacts each key and salt.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** A filesystem server's read_file result, every type set to redact: what reaches the client. */
const shown = (text: string) =>
  JSON.stringify(scanner.scan({ content: [{ type: "text", text }] }, "result", () => true).value);

const DB_PASSWORD = "Vq7mK2xR9pLw4Tz8";
/** The eight lines as the salt generator prints them. */
const SALTS: Record<string, string> = {
  AUTH_KEY: "PtY+gj&mU h#Bel31iEl(2h-pC>> h_ YgCf)rL1s*p_N);xn _~yVm(|i-h<A@;",
  SECURE_AUTH_KEY: "&2O7 6UMFx/Fk_M^@R5K{jp$1vRt!1f,j)_OR:S]@ 6ilI8/,ih/N`_;5K|X,Sc7",
  LOGGED_IN_KEY: "Tv}o@hBKqFYY@kv5Z(Jr3(J?1T;WDtkwtD=Db![xHKas1&V}-Oq:$<+.g6;)YYZY",
  NONCE_KEY: "n9~ZhyiA4uoR]gna-t&mU}djA}Wt~GS{U8po!799NksnRH9:u%cA^Us:*d^M`l/H",
  AUTH_SALT: "%UvTC&*#Q~C}yEZDz%@TddJ8Hy:{S5SUkCnD8zRA9<}a9+S`k=pX|z9w3~QlY7Zk",
  SECURE_AUTH_SALT: "uvqdt[7+s}]8=St((qcb+n^r3yBdGBL#E[PH*1qhT6= %1#q&t^$c4x{atws8<p)",
  LOGGED_IN_SALT: "hP;%^)9n)hFyJfm#5)di4P}#{$z:J5$&9#F/%H)z5r1pY4Oj,E2jB,Mpt|`=UsGr",
  NONCE_SALT: "7CmY!u,Cu?3$ZR1zTOlUcR(64?cXQ%<L$ioDnkHIfxIq2.HZt&$_@/PlJh:x2jIc",
};

const WP_CONFIG = `<?php
/**
 * The base configuration for WordPress
 *
 * @package WordPress
 */

// ** Database settings - You can get this info from your web host ** //
/** The name of the database for WordPress */
define( 'DB_NAME', 'wordpress' );

/** Database username */
define( 'DB_USER', 'wp_admin' );

/** Database password */
define( 'DB_PASSWORD', '${DB_PASSWORD}' );

/** Database hostname */
define( 'DB_HOST', 'localhost' );

/** Database charset to use in creating database tables. */
define( 'DB_CHARSET', 'utf8mb4' );

/**#@+
 * Authentication unique keys and salts.
 *
 * Change these to different unique phrases! You can generate these using
 * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.
 *
 * @since 2.6.0
 */
${Object.entries(SALTS)
  .map(([name, value]) => `define( '${name}',${" ".repeat(18 - name.length)}'${value}' );`)
  .join("\n")}

/**#@-*/

$table_prefix = 'wp_';

define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
`;

describe("wp-config.php's keys and salts", () => {
  it.each(Object.entries(SALTS))("%s does not reach the client", (name, value) => {
    const out = shown(WP_CONFIG);
    // the rule this door is beside: the database password in the same file
    expect(out.includes(DB_PASSWORD)).toBe(false);
    expect(out.includes(JSON.stringify(value).slice(1, -1)), `${name}'s value reached the client`).toBe(
      false,
    );
  });
});
