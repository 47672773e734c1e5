// Maison-Research's data-loss-prevention benchmark (corpora.mjs): 1,200 support-chat sentences, twelve for each
// of a hundred kinds of sensitive data, in six kinds of example: positives written plainly ("Direct"), with
// typos and spaces inside the value ("Typo") or only alluded to ("Contextual", no value to find), and negatives
// written plainly, with typos, or with look-alike keywords ("False Keywords"). We score the kinds we detect:
// recall on the plain and typo positives, by the type that should be flagged; a false positive is a negative,
// of any kind of data, in which one of our types is flagged.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { corpusPath } from "./corpora.mjs";
import { csvRows } from "./csv.mjs";

/** The dataset's kinds we detect, and the finding that counts for each ("secret": any secret type). */
const KINDS = {
  "Email Addresses": ["email"],
  "Phone Numbers": ["phone"],
  "Recovery Emails/Phones": ["email", "phone"],
  "Social Security Numbers (SSN)": ["ssn"],
  "Payment Details": ["credit_card"],
  Passwords: ["secret"],
  "WiFi Passwords": ["secret"],
  "API Keys": ["secret"],
  "Session Tokens": ["secret"],
};

const kindOf = (finding) => (finding.category === "secret" ? "secret" : finding.type);

export function publicDlp(scanner) {
  const dir = corpusPath("Maison-Research/DLP-Public-Benchmarking-Dataset");
  if (!dir) return;
  const [header, ...rows] = csvRows(
    readFileSync(join(dir, "General Sensitive Data Benchmarking Dataset.csv"), "utf8"),
  );
  const column = (name) => header.indexOf(name);
  const [POINT, TYPE, SUBTYPE, EXAMPLE] = ["Point", "Type", "Subtype", "Example"].map(column);
  const cases = rows
    .filter((r) => r.length === header.length)
    .map((r) => ({
      kind: r[POINT].split(":")[0],
      positive: r[TYPE] === "Positive",
      subtype: r[SUBTYPE],
      found: new Set(scanner.spans(r[EXAMPLE]).map(kindOf)),
    }));
  console.log(
    `\nMaison-Research DLP benchmark (${cases.length} sentences): recall on the plain | typo positives`,
  );
  for (const [kind, types] of Object.entries(KINDS)) {
    const line = ["Direct", "Typo"].map((subtype) => {
      const positives = cases.filter((c) => c.positive && c.kind === kind && c.subtype === subtype);
      const found = positives.filter((c) => types.some((t) => c.found.has(t))).length;
      return `${found}/${positives.length}`;
    });
    console.log(`  ${kind.padEnd(32)} ${line.join(" | ")}`);
  }
  const negatives = cases.filter((c) => !c.positive);
  const flagged = negatives.filter((c) => c.found.size > 0);
  const byType = {};
  for (const c of flagged) for (const t of c.found) byType[t] = (byType[t] ?? 0) + 1;
  const listed =
    Object.entries(byType)
      .map(([t, n]) => `${t} ${n}`)
      .join(", ") || "none";
  console.log(
    `  false positives: ${flagged.length} of ${negatives.length} negatives (${((100 * flagged.length) / negatives.length).toFixed(1)} %): ${listed}`,
  );
}
