// trimMallocHeap: memory the process freed through malloc goes back to the system, which V8's collections
// alone do not do. Run in a child with --expose-gc so the Buffers' memory is surely freed before the trim.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const built = fileURLToPath(new URL("../dist/index.js", import.meta.url));

describe("trimMallocHeap", () => {
  it.runIf(process.platform === "linux")("gives back what freed small Buffers left resident", () => {
    // 80 MB in 4 KB blocks (below malloc's mmap threshold, so they live in its heap), a few kept so the
    // heap's top cannot simply shrink: free() alone leaves almost all of it resident.
    const script = `import { trimMallocHeap } from ${JSON.stringify(built)};
      const rss = () => process.memoryUsage().rss;
      let blocks = [];
      for (let i = 0; i < 20000; i++) blocks.push(Buffer.allocUnsafeSlow(4000));
      blocks = blocks.filter((_, i) => i % 500 === 0);
      gc(); gc();
      await new Promise((r) => setTimeout(r, 20));
      gc();
      const freed = rss();
      const gaveBack = trimMallocHeap();
      process.stdout.write(JSON.stringify({ freed, trimmed: rss(), gaveBack, kept: blocks.length }));`;
    const out = execFileSync(process.execPath, ["--expose-gc", "--input-type=module", "-e", script], {
      encoding: "utf8",
    });
    const { freed, trimmed, gaveBack } = JSON.parse(out) as {
      freed: number;
      trimmed: number;
      gaveBack: boolean;
    };
    expect(gaveBack).toBe(true);
    expect(freed - trimmed).toBeGreaterThan(40 * 1024 * 1024);
  });

  it("answers without throwing when there is nothing to give back", () => {
    const script = `import { trimMallocHeap } from ${JSON.stringify(built)};
      trimMallocHeap();
      process.stdout.write(typeof trimMallocHeap());`;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(out).toBe("boolean");
  });
});
