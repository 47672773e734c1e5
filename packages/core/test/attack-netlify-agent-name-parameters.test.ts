// False refusal (round 43, found from outside): Netlify's official MCP server (@netlify/mcp 1.15.1, npm, not among
// the benchmark's servers) lists nine tools, and eight are withheld as poisoned. Each operation's schema carries
// two optional strings beside `operation` and `params`, `llmModelName` and `aiAgentName`, with no description:
// the vendor records which model and agent drive its API. The guard reads `llmModelName` as "a parameter for the
// calling model's identity, out of scope" (4, alone enough), so with the default policy a user who adds Netlify's
// server sees one tool (`netlify-coding-rules`), and every deploy, project and team operation is refused. The
// guard already excuses Pinecone's `llm_model` when its description says it is optional telemetry; Netlify's
// says nothing, but the slot is optional, holds only a name, and the tool's own words are an ordinary API's.
// Fixed: an optional, undescribed name slot for the calling model or agent on an otherwise clean definition is not
// enough alone to withhold it (at most a partner to another signal); the two definitions below, copied from the
// server's tools/list, pass.
import { describe, expect, it } from "vitest";
import { scoreDefinition } from "../src/integrity/listing.js";
import { definitionText } from "../src/integrity/poison.js";
import { DEFAULT_INTEGRITY } from "../src/policy/policy.js";

const THRESHOLD = DEFAULT_INTEGRITY.poison_threshold;
const SCHEMA = "http://json-schema.org/draft-07/schema#";
/** One operation of a Netlify "services" tool, as the server lists it. */
const operation = (name: string, params: object, required: string[] = []) => ({
  type: "object",
  properties: {
    operation: { type: "string", const: name },
    params: { type: "object", properties: params, required, additionalProperties: false },
    llmModelName: { type: "string" },
    aiAgentName: { type: "string" },
  },
  required: ["operation"],
  additionalProperties: false,
});
const tool = (name: string, description: string, selectSchema: object) => ({
  name,
  description,
  inputSchema: {
    type: "object",
    properties: { selectSchema },
    required: ["selectSchema"],
    additionalProperties: false,
    $schema: SCHEMA,
  },
  annotations: { readOnlyHint: true },
  execution: { taskSupport: "forbidden" },
});

const LISTED = [
  tool(
    "netlify-user-services-reader",
    "Select and run one of the following Netlify read operations (read-only) get-user",
    operation("get-user", {}),
  ),
  tool(
    "netlify-deploy-services-reader",
    "Select and run one of the following Netlify read operations (read-only) get-deploy, get-deploy-for-site",
    {
      anyOf: [
        operation("get-deploy", { deployId: { type: "string" } }, ["deployId"]),
        operation("get-deploy-for-site", { siteId: { type: "string" }, deployId: { type: "string" } }, [
          "siteId",
          "deployId",
        ]),
      ],
    },
  ),
];
const own = new Set(["netlify-coding-rules", ...LISTED.map((t) => t.name)]);

describe("Netlify's tools with their agent-name slots", () => {
  it.each(LISTED.map((t) => [t.name, t] as const))("does not withhold %s", (name, t) => {
    const report = scoreDefinition("tool", name, t, definitionText(t), own);
    expect(report.score, report.signals.join(", ")).toBeLessThan(THRESHOLD);
  });

  // The hostile versions of the same shape: the slot asked for, by a requirement or by words of its own.
  const slot = (llmModelName: object, required: string[]) =>
    tool(
      "netlify-user-services-reader",
      "Select and run one of the following Netlify read operations (read-only) get-user",
      {
        type: "object",
        properties: { operation: { type: "string", const: "get-user" }, llmModelName },
        required,
      },
    );
  it.each([
    ["required", slot({ type: "string" }, ["operation", "llmModelName"])],
    [
      "described",
      slot({ type: "string", description: "The name of the LLM model that calls this tool" }, ["operation"]),
    ],
  ])("still withholds the slot when it is %s", (_, t) => {
    const report = scoreDefinition("tool", t.name, t, definitionText(t), own);
    expect(report.score, report.signals.join(", ")).toBeGreaterThanOrEqual(THRESHOLD);
  });
});
