// Numbers in ordinary files that were read as phone numbers (issue 12, false positives), each as it stands in a
// public repository: an SVG path's coordinates joined by minus signs (mledoze/countries' flags: 3,781 "phone
// numbers" in 93 files), a training run's progress count in a notebook, and a CIDR list's networks. Phone
// numbers written with the same separators stay found.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const phones = (text: string) =>
  scanner
    .spans(text)
    .filter((s) => s.type === "phone")
    .map((s) => text.slice(s.start, s.end));

describe("numbers that are no phone numbers", () => {
  it.each([
    ["an SVG path", '<path d="m525.9,315.08c-1.0856,0-1.5199,0.0434-2.3439,4.2949-16.921,0.91088-14.318z"/>'],
    [
      "an SVG path, more decimals",
      '<path d="M0.0312-1.1875-1.9375,0.0937-0.0937c0.325,2.1257-19.438,9.9794-20.131"/>',
    ],
    ["a curve in an HTML page", '<path d="M153.62,301.59c94.34,0,145.94-78.16,145.94-78.16"/>'],
    ["a range of measurements", "tolerance 12.5-13.75 mm, drift 0.125-0.875 mm"],
    ["a notebook's progress", '"25000/25000 [==============================] - 3s - loss: 0.2936\\n",'],
    ["a count of a total", "Epoch 3/10\n7982/7982 [====] - 1s"],
    ["a CIDR list", "168.129.248.128/25\tpermit\n168.129.184.128/25\tpermit\n"],
  ])("%s", (_what, text) => {
    expect(phones(text)).toEqual([]);
  });

  it.each([
    ["a German number with its area code", "Tel. 089/1234567", "089/1234567"],
    ["a Berlin number", "Telefon: 030/23456789", "030/23456789"],
    ["a North American number", "call 212-555-0187 today", "212-555-0187"],
    ["a dotted number with a dash", "Tel: 0049.89.1234-5678", "0049.89.1234-5678"],
  ])("still finds %s", (_what, text, phone) => {
    expect(phones(text)).toEqual([phone]);
  });
});
