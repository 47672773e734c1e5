// The bundle (`pnpm build`) carries no indentation: every module's source stays in the daemon's heap for as
// long as it runs, and the 2.7 MB a started daemon loads were about a quarter whitespace (an eighth of all
// bytes was indentation alone), 0.5 MB of resident memory at idle (scripts/bundle-daemon.mjs).
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bundle = fileURLToPath(new URL("../bundle/", import.meta.url));

describe("the bundle's text", () => {
  it("holds less than 1 % indentation", () => {
    const files = readdirSync(bundle).filter((name) => name.endsWith(".js"));
    expect(files.length).toBeGreaterThan(0);
    let bytes = 0;
    let indentation = 0;
    for (const name of files) {
      const text = readFileSync(bundle + name, "utf8");
      bytes += text.length;
      // Template literals keep their own line starts; code has none left.
      for (const line of text.split("\n")) indentation += /^[ \t]*/.exec(line)?.[0].length ?? 0;
    }
    expect(indentation / bytes).toBeLessThan(0.01);
  });
});
