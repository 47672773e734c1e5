// False refusal (round 49, found from outside): "stopwords" holds "pwords", so a JSON list under that name is
// read as a list of passwords and its longer, capitalised words are redacted. Elasticsearch and OpenSearch
// index settings name their stop filter's words `"stopwords": [...]` (their analysis docs), and Dist::Zilla's
// Test::PodSpelling writes its exceptions there in every CPAN META.json (URI's lists "Berners", "Masinter",
// "OpenLDAP", "Punycode", which come back redacted). An agent reading or creating an index mapping gets words
// missing, and a call that creates the index is refused as a secret. A correct guard reads "stopwords" as the
// word it is (not "stop" + "pwords"), as it reads "keywords" or "passwords" by their whole word.
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

const ELASTIC_SETTINGS = JSON.stringify(
  {
    settings: {
      analysis: {
        filter: {
          product_stop: {
            type: "stop",
            stopwords: ["a", "an", "and", "the", "Elasticsearch", "OpenSearch", "Kibana"],
          },
        },
      },
    },
  },
  null,
  2,
);
// From URI's META.json on CPAN (x_Dist_Zilla, Test::PodSpelling's configuration).
const POD_SPELLING = JSON.stringify(
  {
    "Dist::Zilla::Plugin::Test::PodSpelling": {
      spell_cmd: "aspell list",
      stopwords: ["Berners", "CRS", "HOTP", "Masinter", "OpenLDAP", "Punycode"],
    },
  },
  null,
  3,
);

describe("a list of stop words", () => {
  it("a list under a password's name is still redacted (the harness sees what the scanner does)", () => {
    const text = JSON.stringify({ passwords: ["Vq7mK3tR8xLpZ2wN"] }, null, 2);
    expect(shown(text)).not.toContain("Vq7mK3tR8xLpZ2wN");
  });

  it.each([
    ["an Elasticsearch stop filter", ELASTIC_SETTINGS],
    ["Test::PodSpelling's stop words in META.json", POD_SPELLING],
  ])("%s passes unchanged", (_name, text) => {
    expect(shown(text)).toBe(text);
  });
});
