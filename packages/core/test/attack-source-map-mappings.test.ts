// False refusal (round 46, found from outside): a source map's `mappings` is base64 VLQ, and runs of it such
// as `EAAAA,KAAAA,CAAAA,GOL6C+K` begin as a Square access token does (`EAAA…`). In the MCP SDK's own
// `dist/ajvProvider-*.d.cts.map` and `index.d.cts.map` (node_modules/@modelcontextprotocol/client) a stretch
// of the mappings is replaced by `[REDACTED:square_token]` (one file also by facebook_access_token). A coding
// agent reading a package's source map through a filesystem MCP server gets a broken map, and writing one
// (a build tool's output) is refused as a secret. A correct guard does not read a comma- or
// semicolon-separated run of VLQ segments (inside a "mappings" member) as a vendor token; the same token cut
// in chunks outside the member (in the same map's other members too) is still read.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** Whether a type is redacted towards the client by default (email and phone only warn). */
const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
/** A tool result with the default actions: what reaches the client. */
const shown = (text: string) => {
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

/** A stretch of the mappings of @modelcontextprotocol/client's dist/ajvProvider-FOQRM7up.d.cts.map. */
const MAPPINGS =
  "A,CAAAA,GAAAA,EAAAA,GAAAA,GAAAA,EAAAA,CAAAA,GAAAA;EAAG,IAAA,EOElB+J,QPFkB,CAAA,OAAA,EOEAC,SPFA,CAAA;EAOPtK,KAAAA,EAAAA,iBAEQL,MOLAuK,CPKAvK,KOLMqK,uBPKNrK,COL8BuK,CPK9BvK,COLgC8K,CPKhC9K,CAAAA,EAAAA,KAAAA,CAAAA,GOL6C+K,QPK7C/K,COLsDuK,CPKtDvK,COLwD8K,CPKxD9K,CAAAA,CAAAA,EAEMI,GAAAA;IACFC,MAAAA,EONjBkK,CPMiBlK,CAAAA,QAAAA,CAAAA;EACfW,CAAAA;EAAUC,QAAAA,EOLdsJ,CPKctJ,CAAAA,QAAAA,CAAAA;CAAWd,GAAAA,CAAAA;EACdJ,QAAAA,EOJXwK,CPIWxK,CAAAA,QAAAA,CAAAA;CAAgBA,GAAAA;";

describe("a source map's VLQ mappings", () => {
  it("the mappings pass whole", () => {
    const map = JSON.stringify({
      version: 3,
      file: "ajvProvider.d.cts",
      names: ["IDENTIFIER"],
      mappings: MAPPINGS,
    });
    expect(shown(map)).toBe(map);
  });

  /** A Square access token's shape (EAAA and 60 more), random, cut in chunks of sixteen. */
  const CHUNKED = "EAAA4EZCll34OohJ li8zCBEyUo0D1BIj 6ShV9t7wFZteXJed 1EdvsinHbOVgcxtR";

  it("a chunked token in plain text is still redacted", () => {
    expect(shown(`Square token: ${CHUNKED}`)).not.toContain(CHUNKED.slice(20));
  });

  it("a chunked token in the same map's other member is still redacted", () => {
    const map = JSON.stringify({ version: 3, mappings: MAPPINGS, note: `Square token: ${CHUNKED}` });
    expect(shown(map)).not.toContain(CHUNKED.slice(20));
  });
});
