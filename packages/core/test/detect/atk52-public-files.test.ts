// Round 52: false findings and misses on real public files (atk52b, atk52p), each a case that failed before
// its fix. A false finding here redacts an ordinary user's data, so these matter most.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const found = (text: string) => scanner.spans(text).map((s) => [s.type, text.slice(s.start, s.end)]);

describe("e-mail addresses", () => {
  // jakevdp/PythonDataScienceHandbook 05.09-Principal-Component-Analysis.ipynb: a matplotlib figure's base64
  // was flagged whole, the decoded-binary view keeping the nine printable bytes `\XI@k.hgC` of its pixels.
  it("a PNG figure in a notebook holds none", () => {
    const png = readFileSync(join(__dirname, "fixtures", "pca-figure.png.b64"), "utf8");
    expect(found(JSON.stringify({ data: { "image/png": png } }))).toEqual([]);
  });

  // A bytes literal's prefix and quote are code, not the local part (ageron/handson-ml2 notebooks).
  it("a numpy array of bytes literals: the addresses alone", () => {
    const text = "numpy=array([b'a@b.com', b'c@d.com'], dtype=object)";
    expect(found(text)).toEqual([
      ["email", "a@b.com"],
      ["email", "c@d.com"],
    ]);
  });
});
