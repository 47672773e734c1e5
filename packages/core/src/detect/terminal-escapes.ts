// Terminal escape sequences (ECMA-48) as a terminal reads them: it swallows the whole sequence and shows what
// is around it, so a token with `ESC[0m` or `ESC(B` inside is shown whole. One list for both directions: the
// detection view reads the text without them (decode-terminal.ts), the result check strips them
// (integrity/hidden.ts). A file of its own, without imports, so the result check does not load the decoders.

/**
 * The sequences, as a regex source: a control sequence (ESC [, parameter bytes 0x30–0x3F such as `?` and `>`,
 * intermediate bytes 0x20–0x2F, one final byte); an operating-system command (ESC ] up to BEL or ESC \); and
 * the other escapes, ESC with any intermediate bytes and one final byte (`ESC ( B` selects a character set,
 * `ESC 7` saves the cursor, `ESC c` resets). Each part of it can only stop at a byte of another class, so
 * attempts from different ESCs never read the same characters twice: linear.
 */
export const TERMINAL_ESCAPE = String.raw`\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[ -/]*[0-~]`;
