import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // End-to-end files start daemons and servers; two cores, so keep parallelism modest. A clean CI run kept
    // the two 59 % busy with two workers, yet a third made it no faster (vitest 1,030 s with two, 1,050 s with
    // three; round 26).
    maxWorkers: 2,
    minWorkers: 1,
    projects: [
      // The core unit tests share no state between files, and most of their time went into loading the
      // detection modules again for each file: loaded once per worker, the 127 files took 69 s of CPU
      // instead of 216 s (72 s instead of 152 s in all; round 26).
      { extends: true, test: { name: "core", include: ["packages/core/test/**/*.test.ts"], isolate: false } },
      {
        extends: true,
        test: { name: "rest", include: ["packages/*/test/**/*.test.ts"], exclude: ["packages/core/**"] },
      },
    ],
  },
});
