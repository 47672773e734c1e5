// Colour for a person at a terminal; none when the output is piped or NO_COLOR is set (no-color.org).
const CODES = { ok: 32, warn: 33, bad: 31, dim: 2 } as const;

export function useColour(stream: NodeJS.WriteStream = process.stdout): boolean {
  return Boolean(stream.isTTY) && !process.env.NO_COLOR && process.env.TERM !== "dumb";
}

export function paint(kind: keyof typeof CODES, text: string, stream?: NodeJS.WriteStream): string {
  return useColour(stream) ? `\x1b[${CODES[kind]}m${text}\x1b[0m` : text;
}
