import { BaseSequencer, type TestSpecification } from "vitest/node";
import { defineConfig } from "vitest/config";

// Files that take minutes however they are scheduled: install.test.ts packs the CLI and installs it, compiling
// better-sqlite3 from source (about two minutes). In a clean clone vitest has no timings of its own and runs the
// largest files first, which put this small file last, with the whole run waiting on it alone; started first, it
// runs beside everything else.
const SLOW_FILES = ["/packages/e2e/test/install.test.ts"];

class SlowFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const slow = (f: TestSpecification) => SLOW_FILES.some((name) => f.moduleId.endsWith(name));
    return [...sorted.filter(slow), ...sorted.filter((f) => !slow(f))];
  }
}

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // End-to-end files start daemons and servers; two cores, so keep parallelism modest.
    maxWorkers: 2,
    minWorkers: 1,
    sequence: { sequencer: SlowFilesFirst },
    // `pnpm test:unit` runs the projects core and unit.
    projects: [
      // The core unit tests share no state between files, and most of their time went into loading the
      // detection modules again for each of the 118 files: loading them once per worker cut their CPU from
      // 266 s to 83 s (measured on a loaded machine; all 4,236 tests pass without isolation).
      { extends: true, test: { name: "core", include: ["packages/core/test/**/*.test.ts"], isolate: false } },
      {
        extends: true,
        test: {
          name: "unit",
          include: ["packages/*/test/**/*.test.ts"],
          exclude: ["packages/core/**", "packages/e2e/**"],
        },
      },
      { extends: true, test: { name: "e2e", include: ["packages/e2e/test/**/*.test.ts"] } },
    ],
  },
});
