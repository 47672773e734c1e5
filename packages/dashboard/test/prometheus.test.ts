// The exposition format the dashboard's /metrics serves, checked line by line.
import { describe, expect, it } from "vitest";
import { Counter, Gauge, Histogram, Registry } from "../src/prometheus.js";

describe("prometheus exposition", () => {
  it("renders counters per series, with escaped label values", () => {
    const registry = new Registry();
    const counter = registry.add(new Counter("c_total", "A counter\\with a \nnewline", ["a", "b"]));
    counter.inc(["x", 'say "hi"\\now']);
    counter.inc(["x", 'say "hi"\\now'], 2);
    counter.inc(["y", "line\nbreak"]);
    expect(registry.metrics().split("\n")).toEqual([
      "# HELP c_total A counter\\\\with a \\nnewline",
      "# TYPE c_total counter",
      'c_total{a="x",b="say \\"hi\\"\\\\now"} 3',
      'c_total{a="y",b="line\\nbreak"} 1',
      "",
    ]);
  });

  it("renders histograms with cumulative buckets, +Inf, sum and count", () => {
    const registry = new Registry();
    const histogram = registry.add(new Histogram("h_ms", "H", ["s"], [1, 5]));
    for (const v of [0.5, 1, 3, 7]) histogram.observe(["a"], v);
    expect(registry.metrics().split("\n")).toEqual([
      "# HELP h_ms H",
      "# TYPE h_ms histogram",
      'h_ms_bucket{s="a",le="1"} 2',
      'h_ms_bucket{s="a",le="5"} 3',
      'h_ms_bucket{s="a",le="+Inf"} 4',
      'h_ms_sum{s="a"} 11.5',
      'h_ms_count{s="a"} 4',
      "",
    ]);
  });

  it("reads gauges when scraped, with or without labels", () => {
    let depth = 1;
    const registry = new Registry();
    registry.add(new Gauge("g", "G", [], () => [[[], depth]]));
    registry.add(new Gauge("up", "U", ["server"], () => [[["fs"], 1]]));
    depth = 9;
    expect(registry.metrics()).toBe(
      '# HELP g G\n# TYPE g gauge\ng 9\n# HELP up U\n# TYPE up gauge\nup{server="fs"} 1\n',
    );
  });

  it("keeps series apart whatever characters their label values hold, and counts unlabelled ones", () => {
    const registry = new Registry();
    const counter = registry.add(new Counter("c_total", "C", ["a", "b"]));
    // Joined with a NUL into one key, these two pairs of values were one series.
    counter.inc(["x\u0000y", "z"]);
    counter.inc(["x", "y\u0000z"], 2);
    counter.inc(["x", "y\u0000z"]);
    const plain = registry.add(new Counter("n_total", "N", []));
    plain.inc([]);
    plain.inc([], 4);
    expect(registry.metrics().split("\n")).toEqual([
      "# HELP c_total C",
      "# TYPE c_total counter",
      'c_total{a="x\u0000y",b="z"} 1',
      'c_total{a="x",b="y\u0000z"} 3',
      "# HELP n_total N",
      "# TYPE n_total counter",
      "n_total 5",
      "",
    ]);
  });
});
