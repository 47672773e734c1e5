// Launch lines that run a script file: `sh ./run.sh`, or the script itself when it starts with `#!`. What the
// script runs is the entry's program as much as what its line says, so a script that ends in `exec npx <the
// base's package>` is that package (program-identity.ts reads its commands). A script is read whole (up to
// SCRIPT_BYTES: its launch line may follow any amount of padding), only regular files (a FIFO would block the
// load), and a file that cannot be read adds nothing.
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { isAbsolute } from "node:path";

/**
 * How much of a script is read. Launch scripts are a few lines, but a line after 64 KiB of comments ran the
 * base's server unseen (round 18's review); a file of more than this many bytes is no launch script anyone
 * writes, and only its start is read.
 */
export const SCRIPT_BYTES = 4 * 1024 * 1024;

/** The first `bytes` of a regular file at an absolute path, as UTF-8; undefined when it cannot be read. */
export function readStart(path: string, bytes = SCRIPT_BYTES): string | undefined {
  if (!isAbsolute(path)) return undefined;
  let fd: number | undefined;
  try {
    // Without O_NONBLOCK, opening a FIFO waits for a writer before fstat could tell it is no file.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile()) return undefined;
    const buffer = Buffer.alloc(Math.min(bytes, stat.size));
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString("utf8");
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The interpreter of a script and its one argument, as Linux reads a `#!` line (`#!/usr/bin/env -S npx -y
 * pkg` is ["/usr/bin/env", "-S npx -y pkg"]): the kernel runs them with the script's path and arguments
 * after them. Undefined for a file without one.
 */
export function interpreterWords(text: string): string[] | undefined {
  if (!text.startsWith("#!")) return undefined;
  const end = text.indexOf("\n");
  const line = (end < 0 ? text.slice(2) : text.slice(2, end)).trim();
  const split = /^(\S+)\s*(.*)$/s.exec(line);
  if (!split?.[1]) return undefined;
  return split[2] ? [split[1], split[2]] : [split[1]];
}
