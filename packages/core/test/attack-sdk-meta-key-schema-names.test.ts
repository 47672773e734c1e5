// Attack (round 48, found from outside; a false refusal): the MCP SDK's own bundle, as a client or server
// installs it (@modelcontextprotocol/client 2.3.1, dist/src-*.mjs and .cjs; the server package has the same
// code), declares the per-request `_meta` envelope with computed keys:
// `[CLIENT_CAPABILITIES_META_KEY]: ClientCapabilities2026Schema,`. The scanner reads a name ending in `KEY`
// as a secret's and the schema's identifier (a year in it) as its value, redacts it, and then redacts the same
// identifier wherever else the file has it (its `const` and the export list): an agent reading or debugging
// the SDK it runs on is shown three holes, and a patch to that file sent to a server is refused as carrying
// a secret. Found by scanning the pnpm store's packages. A correct guard takes an identifier in a value's
// place in code (a PascalCase name ending in Schema, no quotes) for a reference, whatever digits it holds; a
// quoted key under such a name is still a secret.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** What the client is shown under the default actions (a type the table does not know counts as a secret). */
const shown = (text: string) => {
  const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

/** The lines of the SDK's bundle, as installed (tabs and all). */
const SDK_BUNDLE = `\tconst sharedClientCapabilityShape = ClientCapabilitiesSchema$1.shape;
\tconst ClientCapabilities2026Schema = z.object({
\t\texperimental: sharedClientCapabilityShape.experimental,
\t\tsampling: sharedClientCapabilityShape.sampling
\t});
\tconst RequestMetaEnvelopeSchema = z.looseObject({
\t\tprogressToken: ProgressTokenSchema$1.optional(),
\t\t[PROTOCOL_VERSION_META_KEY]: z.string(),
\t\t[CLIENT_INFO_META_KEY]: ImplementationSchema$1.optional(),
\t\t[CLIENT_CAPABILITIES_META_KEY]: ClientCapabilities2026Schema,
\t\t[LOG_LEVEL_META_KEY]: LoggingLevelSchema$1.optional()
\t});
`;

describe("the MCP SDK's request envelope schema", () => {
  it("passes unredacted", () => {
    expect(shown(SDK_BUNDLE)).toBe(SDK_BUNDLE);
  });

  it("the one computed-key line passes unredacted", () => {
    const text = "\t\t[CLIENT_CAPABILITIES_META_KEY]: ClientCapabilities2026Schema,\n";
    expect(shown(text)).toBe(text);
  });
});

describe("a key under such a name", () => {
  it("a quoted random value is still redacted", () => {
    expect(shown('\t\t[STRIPE_API_KEY]: "Xq3vT8mN2pR6sW9yB1cD4fG7",\n')).not.toContain(
      "Xq3vT8mN2pR6sW9yB1cD4fG7",
    );
  });
});
