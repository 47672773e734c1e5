// Attack (round 43, found from outside): PostgreSQL prints a bytea column in its hex format, `\x` and the
// bytes as hex digits (psql's output, pg_dump's COPY data with the backslash doubled, and the text form every
// driver returns when asked for text). A database server's query result that holds a token, a card or an SSN
// stored as bytea reaches the client in clear: the same hex run without `\x` is decoded and redacted, and
// `0x…` is too (docs/detection.md: hex written `0x…`), but the `\x` before it keeps it from being read (it
// is taken for a one-byte escape). A correct guard reads `\x` followed by an even run of hex digits as
// PostgreSQL's bytea and decodes the whole run, as it does `0x…`.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const typesIn = (text: string) =>
  scanner.scan({ content: [{ type: "text", text }] }, "result", () => true).findings.map((f) => f.type);

// ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9kM2nP5qS, "4111 1111 1111 1111" and {"ssn":"078-05-1120"} in hex.
const TOKEN_HEX = "6768705f52386b5771325a704c35764e33785437794231634434664736684a396b4d326e50357153";
const CARD_HEX = "34313131203131313120313131312031313131";
const SSN_HEX = "7b2273736e223a223037382d30352d31313230227d";

/** `SELECT name, value FROM credentials;` in psql (bytea_output = 'hex', the default since 9.0). */
const PSQL = `  name  |                                       value
--------+------------------------------------------------------------------------------------
 github | \\x${TOKEN_HEX}
 card   | \\x${CARD_HEX}
(2 rows)
`;

/** pg_dump's data section for the same table: COPY text doubles the backslash. */
const PG_DUMP = `COPY public.credentials (name, value) FROM stdin;
github\t\\\\x${TOKEN_HEX}
patient\t\\\\x${SSN_HEX}
\\.
`;

describe("bytea in PostgreSQL's hex format", () => {
  it("the hex run itself is read (the control: without \\x it is decoded)", () => {
    expect(typesIn(` github | ${TOKEN_HEX}`)).toContain("github_token");
  });

  it("psql's \\x… column is decoded: the token and the card are found", () => {
    const types = typesIn(PSQL);
    expect(types).toContain("github_token");
    expect(types).toContain("credit_card");
  });

  it("pg_dump's \\\\x… COPY data is decoded: the token and the SSN are found", () => {
    const types = typesIn(PG_DUMP);
    expect(types).toContain("github_token");
    expect(types).toContain("ssn");
  });
});

describe("bytea look-alikes", () => {
  it("a bytea of ordinary bytes and an escape that is no bytea pass", () => {
    // "hello world, quarterly report" in hex, and a Windows path whose folder begins with x.
    expect(typesIn(" greeting | \\x68656c6c6f20776f726c642c20717561727465726c79207265706f7274")).toEqual([]);
    expect(typesIn("C:\\xampp\\htdocs\\wordpress\\wp-content\\uploads")).toEqual([]);
  });
});
