import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // End-to-end files start daemons and servers and then mostly wait on them: with two workers a clean CI
    // run kept two cores 59 % busy (round 26), so a third worker fills the waits.
    maxWorkers: 3,
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
