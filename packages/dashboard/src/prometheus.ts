// The Prometheus text exposition format (0.0.4) for the few metric kinds the daemon keeps: counters and
// histograms fed by every audit event, and gauges read at scrape time. Our own rather than prom-client,
// which with its OpenTelemetry dependency cost the daemon several MB of heap for as many series as these,
// and a label-object hash on every message.

export const CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

type Labels = readonly string[];

interface Series<T> {
  /** The rendered `name="value",…` pairs, made once when the series first appears. */
  readonly labels: string;
  readonly state: T;
}

/**
 * The series of one metric by label values; the caller keeps the label values bounded. Found through one map
 * per label (the last holding the series), so the lookup on every audit event builds no key string.
 */
class SeriesMap<T> {
  private readonly root = new Map<string, unknown>();
  /** Every series, in the order they first appeared. */
  private readonly all: Series<T>[] = [];

  constructor(
    private readonly labelNames: Labels,
    private readonly create: () => T,
  ) {}

  get(values: Labels): T {
    let node = this.root;
    const last = values.length - 1;
    for (let i = 0; i < last; i++) {
      const value = values[i]!;
      let next = node.get(value) as Map<string, unknown> | undefined;
      if (next === undefined) {
        next = new Map();
        node.set(value, next);
      }
      node = next;
    }
    const key = last < 0 ? "" : values[last]!;
    let entry = node.get(key) as Series<T> | undefined;
    if (entry === undefined) {
      entry = { labels: renderLabels(this.labelNames, values), state: this.create() };
      node.set(key, entry);
      this.all.push(entry);
    }
    return entry.state;
  }

  entries(): IterableIterator<Series<T>> {
    return this.all.values();
  }
}

interface Metric {
  render(out: string[]): void;
}

export class Registry {
  private readonly members: Metric[] = [];

  add<M extends Metric>(metric: M): M {
    this.members.push(metric);
    return metric;
  }

  /** The whole exposition, one metric after another in the order they were added. */
  metrics(): string {
    const out: string[] = [];
    for (const metric of this.members) metric.render(out);
    return `${out.join("\n")}\n`;
  }
}

function header(out: string[], name: string, help: string, type: string): void {
  out.push(`# HELP ${name} ${help.replace(/\\/g, "\\\\").replace(/\n/g, "\\n")}`, `# TYPE ${name} ${type}`);
}

export class Counter implements Metric {
  private readonly series: SeriesMap<{ value: number }>;

  constructor(
    private readonly name: string,
    private readonly help: string,
    labelNames: Labels,
  ) {
    this.series = new SeriesMap(labelNames, () => ({ value: 0 }));
  }

  inc(values: Labels, by = 1): void {
    this.series.get(values).value += by;
  }

  render(out: string[]): void {
    header(out, this.name, this.help, "counter");
    for (const { labels, state } of this.series.entries())
      out.push(`${this.name}${braces(labels)} ${formatNumber(state.value)}`);
  }
}

export class Histogram implements Metric {
  private readonly series: SeriesMap<{ bins: number[]; sum: number; count: number }>;

  /** `buckets`: upper bounds, ascending; +Inf is implied. */
  constructor(
    private readonly name: string,
    private readonly help: string,
    labelNames: Labels,
    private readonly buckets: readonly number[],
  ) {
    this.series = new SeriesMap(labelNames, () => ({
      bins: new Array<number>(buckets.length + 1).fill(0),
      sum: 0,
      count: 0,
    }));
  }

  observe(values: Labels, value: number): void {
    const state = this.series.get(values);
    let bin = 0;
    while (bin < this.buckets.length && value > this.buckets[bin]!) bin++;
    state.bins[bin]!++;
    state.sum += value;
    state.count++;
  }

  render(out: string[]): void {
    header(out, this.name, this.help, "histogram");
    for (const { labels, state } of this.series.entries()) {
      const prefix = labels ? `${labels},` : "";
      let cumulative = 0;
      for (let i = 0; i <= this.buckets.length; i++) {
        cumulative += state.bins[i]!;
        const le = i < this.buckets.length ? formatNumber(this.buckets[i]!) : "+Inf";
        out.push(`${this.name}_bucket{${prefix}le="${le}"} ${cumulative}`);
      }
      out.push(`${this.name}_sum${braces(labels)} ${formatNumber(state.sum)}`);
      out.push(`${this.name}_count${braces(labels)} ${state.count}`);
    }
  }
}

/** A gauge whose samples are read when scraped: `collect` yields [label values, value] pairs. */
export class Gauge implements Metric {
  constructor(
    private readonly name: string,
    private readonly help: string,
    private readonly labelNames: Labels,
    private readonly collect: () => Iterable<readonly [Labels, number]>,
  ) {}

  render(out: string[]): void {
    header(out, this.name, this.help, "gauge");
    for (const [values, value] of this.collect())
      out.push(`${this.name}${braces(renderLabels(this.labelNames, values))} ${formatNumber(value)}`);
  }
}

function renderLabels(names: Labels, values: Labels): string {
  return names.map((name, i) => `${name}="${escapeLabel(values[i] ?? "")}"`).join(",");
}

function braces(labels: string): string {
  return labels ? `{${labels}}` : "";
}

function escapeLabel(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}

function formatNumber(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "+Inf";
  if (value === -Infinity) return "-Inf";
  return String(value);
}
