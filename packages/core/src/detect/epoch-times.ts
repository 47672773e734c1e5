// A member of a record that stamps when something happened: its name says a time (`time`, `timestamp`, `ts`,
// `createdAt`, `expires_at`, `@timestamp`) and its value is a moment in Unix time, in seconds or milliseconds,
// between 2000 and 2100. pino, bunyan and most JSON loggers write one on every line beside small numbers (the
// level's 30 or 50, a pid, a status), and a reader takes it for a time, so it is no piece of a card number
// joined to the number before it ("level":50,"time":1764336000000 is not the card 501764336000000).
// Both must hold: a card split over fields named otherwise, or a number under a time's name outside those
// years, is still read across its neighbours.

/** The words that name a time, as the last word of a key (perhaps before a unit: time_ms, tsMillis). */
const TIME_WORDS = new Set(
  "time timestamp ts date datetime epoch at when created updated modified expires expiry since until".split(
    " ",
  ),
);
const UNIT_WORDS = new Set("ms millis msec sec secs seconds utc unix".split(" "));
const MAX_KEY = 48;

/** 2000-01-01 and 2100-01-01, in seconds since the epoch. */
const FROM_SECONDS = 946_684_800;
const TO_SECONDS = 4_102_444_800;

/** The key's words in lower case: "createdAt", "created_at" and "@timestamp" read "created at", "timestamp". */
function wordsOf(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w !== "");
}

function namesATime(key: string): boolean {
  if (key.length > MAX_KEY) return false;
  const words = wordsOf(key);
  let last = words.length - 1;
  if (last > 0 && UNIT_WORDS.has(words[last] as string)) last--;
  return TIME_WORDS.has(words[last] ?? "");
}

/** A whole number of seconds or milliseconds since the epoch, in the years 2000 to 2100. */
function epochMoment(value: number): boolean {
  if (!Number.isSafeInteger(value)) return false;
  const inSeconds = (n: number) => n >= FROM_SECONDS && n < TO_SECONDS;
  return inSeconds(value) || inSeconds(value / 1000);
}

/** Whether the member `key: value` of an object stamps a time (see above). */
export function timeStamp(key: string, value: unknown): boolean {
  return typeof value === "number" && epochMoment(value) && namesATime(key);
}
