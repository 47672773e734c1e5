import { defineConfig } from "vitest/config";

/** Core files that run in a thread of their own (see the core project). */
const FRESH_THREAD = [
  "packages/core/test/detect/decode-separated.test.ts",
  "packages/core/test/detect/encodings.test.ts",
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // End-to-end files start daemons and servers; two cores, so keep parallelism modest. A clean CI run kept
    // the two 59 % busy with two workers, yet a third made it no faster (vitest 1,030 s with two, 1,050 s with
    // three; round 26).
    maxWorkers: 2,
    minWorkers: 1,
    // vitest's pool of worker processes is one for all projects, and this root setting decides whether it
    // starts a fresh process for each file (true, the default) or keeps its processes from file to file
    // (false; they are still recycled between projects). A project's own `isolate` then decides only whether
    // its modules and mocks are loaded again for each file. Until round 27 the root default held, so every
    // file of every project ran in a fresh process whatever its project said.
    isolate: false,
    // The core unit files run in worker threads kept from file to file, as the other projects keep their
    // processes (see the core project); the two that need a fresh thread get one of their own.
    poolOptions: { threads: { isolate: false } },
    projects: [
      // The core unit tests share one module graph per worker thread: they mock nothing and edit no
      // environment, and the detection modules' memos are what the daemon keeps across messages too. A fresh
      // thread per file started a thread and loaded those modules again for each file: 60 of them took 117
      // CPU-s that way and 21 CPU-s sharing (round 48, load 27-43).
      {
        extends: true,
        test: {
          name: "core",
          include: ["packages/core/test/**/*.test.ts"],
          exclude: FRESH_THREAD,
          pool: "threads",
          isolate: false,
        },
      },
      // In a process kept from file to file (even with its modules loaded again), these two (four megabytes of
      // grouped digits, 2.7 MB of base64) threw "Maximum call stack size exceeded" in a clean CI run (round
      // 27), which they do not in a fresh process nor in a plain node process that scanned thousands of
      // messages before. Each is a project of one file: vitest recycles its threads before a project that
      // runs in a single thread, so each still starts in a thread of its own.
      ...FRESH_THREAD.map((file) => ({
        extends: true,
        test: {
          name: `core ${file.split("/").at(-1)}`,
          include: [file],
          pool: "threads" as const,
          isolate: true,
          poolOptions: { threads: { singleThread: true } },
        },
      })),
      // The end-to-end files' time is in the daemons, bridges and servers they start (each test with a home
      // of its own), but a fresh process per file also loaded vitest, the SDK and the harness again, about a
      // second a file. They change no process state (no mocks, no environment edits): one module graph for
      // all of them. Eight files, runs interleaved: 61, 55, 51 and 52 s with a process per file; 38, 36, 34
      // and 46 s without.
      //
      // Their timeouts are hang guards, never speed checks, and CI runs them on a slower, busier machine: the
      // first-day file's seven sessions took 33 s here (load 3-10) and over 60 s in CI (round 46's failure).
      // So one generous bound for every test and hook; a file sets a longer one only where it needs more.
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["packages/e2e/test/**/*.test.ts"],
          isolate: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      // The other packages' tests mock modules and edit the environment: fresh modules and mocks per file.
      {
        extends: true,
        test: {
          name: "rest",
          include: ["packages/*/test/**/*.test.ts"],
          exclude: ["packages/core/**", "packages/e2e/**"],
          isolate: true,
        },
      },
    ],
  },
});
