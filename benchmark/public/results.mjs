// The results part of `pnpm bench:integrity` alone (after `pnpm build`): instructions planted in tool results,
// per public corpus, and the clean results touched. With names, only those sections run:
//   node benchmark/public/results.mjs                 every results section
//   node benchmark/public/results.mjs spikee greshake  just those two
import { RESULT_SECTIONS, resultsSection } from "./integrity.mjs";

const only = process.argv.slice(2);
if (only.includes("--help")) {
  console.log(`sections: ${RESULT_SECTIONS.join(", ")}`);
} else {
  resultsSection(only);
}
