// node benchmark/phone-differential.mjs <checkout> <out-file> [count] — a change to the phone detector's speed
// must not change what it finds. Scans `count` (default 300,000) seeded phone-like texts with the built
// scanner of <checkout> and writes one line per text: the text and its phone spans. Run it for two checkouts
// and compare the files (`cmp`). PHONE_ALL_REGIONS=1 configures every region the library knows instead of
// the default ones. The texts: each country's example number written nationally with digits changed and
// sometimes regrouped or after its calling code, and runs of 6-16 digits in random groups after the prefixes
// that change how a number is read (trunk, international, calling codes, carrier codes), with or without a
// phone word before and an extension or a word after.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";

const [checkout, outFile, countArg = "300000"] = process.argv.slice(2);
if (!checkout || !outFile) {
  console.error("usage: node benchmark/phone-differential.mjs <checkout> <out-file> [count]");
  process.exit(2);
}
const { builtInDetectors, Scanner } = await import(resolve(checkout, "packages/core/dist/index.js"));
const require = createRequire(join(resolve(checkout), "packages/core/package.json"));
const phones = require("libphonenumber-js/max");
const examples = require("libphonenumber-js/mobile/examples");
const regions = process.env.PHONE_ALL_REGIONS ? { phoneRegions: phones.getCountries() } : {};
const scanner = new Scanner(builtInDetectors(regions), { threshold: 0.8, disabled: new Set(["ip_address"]) });

let seed = 12345;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (list) => list[Math.floor(random() * list.length)];
const digit = () => String(Math.floor(random() * 10));
const countries = phones.getCountries();
const SEPARATORS = [" ", " ", "-", ".", "/", " - ", "  ", ") ", "-"];
const LEADS = ["", "", "", "0", "0", "00", "011", "1", "(0", "(", "0011", "010", "90", "8", "0 ", "+"];
const BEFORE = ["", "", "", "tel: ", "call ", "Phone ", "fax ", "order no. ", "id ", "x "];
const AFTER = ["", "", "", " ext. 12", " x3", ".", ",", " today"];

function grouped(run) {
  let text = "";
  for (let i = 0; i < run.length;) {
    const size = 1 + Math.floor(random() * 5);
    text += run.slice(i, i + size);
    i += size;
    if (i < run.length) text += pick(SEPARATORS);
  }
  return text;
}

function candidate() {
  if (random() < 0.45) {
    const example = phones.getExampleNumber(pick(countries), examples);
    if (!example) return grouped(Array.from({ length: 8 }, digit).join(""));
    let national = example.formatNational().replace(/[0-9]/g, (d) => (random() < 0.15 ? digit() : d));
    if (random() < 0.4) national = grouped(national.replace(/[^0-9]/g, ""));
    if (random() < 0.1) national = `${example.countryCallingCode} ${national}`;
    return national;
  }
  return pick(LEADS) + grouped(Array.from({ length: 6 + Math.floor(random() * 11) }, digit).join(""));
}

const count = Number(countArg);
const lines = [];
for (let i = 0; i < count; i++) {
  const text = pick(BEFORE) + candidate() + pick(AFTER);
  const spans = scanner
    .spans(text)
    .filter((s) => s.type === "phone")
    .map((s) => `${s.start}-${s.end}`);
  lines.push(`${JSON.stringify(text)} ${spans.join(",")}`);
}
writeFileSync(outFile, `${lines.join("\n")}\n`);
console.log(`${count} texts, ${lines.filter((l) => !l.endsWith(" ")).length} with a phone span`);
