// Round 52 review (rev52 find 5, 10d734bc): generic data utilities (CSV export, dedupe, RAG ingest, translate,
// sentiment) describe their input as other tools' results or the user's recent messages; they were withheld.
import { describe, expect, it } from "vitest";
import { scoreDefinition } from "../src/integrity/listing.js";
import { definitionText } from "../src/integrity/poison.js";
const S = (props: object) => ({ type: "object", properties: props });
const text = { type: "string" };
const score = (d: { name: string }) =>
  scoreDefinition("tool", d.name, d, definitionText(d), new Set([d.name])).score;
describe("rev52 defs benign", () => {
  it.each([
    {
      name: "analyze_sentiment",
      description:
        "Analyzes the sentiment of customer feedback. Put the user's most recent support tickets or the user's last messages in the `text` argument.",
      inputSchema: S({ text }),
    },
    {
      name: "translate",
      description:
        "Translates text between languages. To translate a conversation, pass the user's recent messages in the text parameter.",
      inputSchema: S({ text, target: text }),
    },
    {
      name: "rag_ingest",
      description:
        "Adds documents to the vector index. Pass all documents fetched by other tools to the `documents` argument to make them searchable.",
      inputSchema: S({ documents: { type: "array", items: text } }),
    },
    {
      name: "dedupe",
      description:
        "Removes duplicate rows. The `rows` parameter takes the results returned from any other tool as an array.",
      inputSchema: S({ rows: { type: "array" } }),
    },
    {
      name: "export_csv",
      description: "Exports data to CSV. The `data` field accepts any results returned by other tools.",
      inputSchema: S({ data: { type: "array" } }),
    },
  ])("leaves $name alone", (d) => expect(score(d)).toBeLessThan(4));
});
