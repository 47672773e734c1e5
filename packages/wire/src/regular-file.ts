// Reading a file a person names (a config, a secrets file, a client's env file) that may be anything. A
// project's mcp-guard.yaml can be a named pipe (an unpacked archive keeps one), whose read blocks the whole
// process for ever, or a symlink to a device (`-> /dev/zero`), read on until memory runs out. So the file is
// opened without blocking and judged through that descriptor: what is checked is what is read.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";

/** A config (and the secrets file beside it) is a few KiB; four MiB is far past any real one. */
export const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

/** The file is not one to read: not a regular file, or past the size its reader takes. */
export class UnreadableFileError extends Error {
  /** `reason` says what is wrong with it ("is not a regular file but a named pipe"). */
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path} ${reason}`);
  }
}

/**
 * The text of the regular file at `path`, at most `maxBytes` long. Fails with an UnreadableFileError naming
 * it otherwise; a failure to open it (ENOENT, EACCES) is thrown as is, with its code.
 */
export function readRegularFile(path: string, maxBytes: number): string {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new UnreadableFileError(path, `is not a regular file but ${kind(stat)}`);
    if (stat.size > maxBytes) throw new UnreadableFileError(path, tooLarge(maxBytes));
    const buffer = Buffer.alloc(stat.size + 1);
    let length = 0;
    for (let read = 1; read > 0 && length < buffer.length; length += read)
      read = readSync(fd, buffer, length, buffer.length - length, null);
    // A file that grew while it was read is past what was checked.
    if (length > stat.size) throw new UnreadableFileError(path, tooLarge(maxBytes));
    return buffer.toString("utf8", 0, length);
  } finally {
    closeSync(fd);
  }
}

function tooLarge(maxBytes: number): string {
  return `is larger than the ${Math.round(maxBytes / 1024)} KiB it may be`;
}

function kind(stat: Stats): string {
  if (stat.isFIFO()) return "a named pipe";
  if (stat.isCharacterDevice()) return "a character device";
  if (stat.isBlockDevice()) return "a block device";
  if (stat.isDirectory()) return "a directory";
  if (stat.isSocket()) return "a socket";
  return "an unknown kind of file";
}
