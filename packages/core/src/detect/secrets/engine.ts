// Runs a table of secret rules as one detector. The keyword index finds every keyword occurrence in one
// pass; each rule's pattern is then tried, sticky, only where one of its keywords starts (or a few fixed
// characters before it), so each attempt is bounded by the pattern's own bounded quantifiers and the whole
// scan stays linear in the text. A rule's value must then pass the placeholder filter and the rule's own
// checks (entropy, character classes, a checksum) before it is reported.
import type { Detector, Span } from "../detectors.js";
import { BLANK_LIKE, SplitPrefixes } from "./split-prefixes.js";
import { chunkedCandidates, insideWord } from "./chunked-tokens.js";
import { gluable, gluedBefore, randomBody } from "./glued-prefixes.js";
import { LineBreaks, type Gate } from "./gates.js";
import { KeywordIndex } from "./keyword-index.js";
import { isBlank, isStandIn, randomEnough } from "./placeholders.js";
import { LONGEST_READ, runEnd } from "./long-values.js";
import { inSourceMapMappings } from "./source-map-mappings.js";

export interface SecretRule {
  /** The finding type (snake_case). Several rules may share one. */
  type: string;
  /** Literal, case-insensitive; the pattern is tried only where one of them starts. */
  keywords: readonly string[];
  /**
   * Starts at the keyword (or up to `back` characters before it); only bounded quantifiers. The engine
   * makes it sticky (g and m are dropped).
   */
  pattern: RegExp;
  /** The pattern may start up to this many characters before the keyword (default 0). */
  back?: number;
  /** The capture group holding the secret (default: the whole match). */
  group?: number;
  /** Minimum Shannon entropy of the value, in bits per character. */
  entropy?: number;
  /**
   * Checks on where the match stands (the name around the keyword, what follows the value), run before the
   * value is judged: they are cheaper, and in source code most candidates fail them.
   */
  context?: (match: RegExpExecArray) => boolean;
  /**
   * Where the value really ends, when its own text declares it (a DER key's header gives its length): the
   * value is cut there before it is judged, since a run of its characters may go on into the words after it
   * (a key's last line, a line break, then "Rotate"). Undefined drops the candidate.
   */
  cut?: (value: string) => number | undefined;
  /** Further checks on the value; false drops the candidate. */
  validate?: (value: string, match: RegExpExecArray) => boolean;
  /**
   * Where a reported value really ends, when the pattern's bound may have cut it (see long-values.ts): the
   * bound keeps every attempt short, and the rest of a longer value is redacted with it rather than left in
   * the clear. Called only for a value the rule reports, with the value's end in the text.
   */
  extend?: (text: string, end: number, length: number) => number;
  /** Values that are obviously stand-ins are dropped unless the rule opts out (a key header is a header). */
  placeholders?: "drop" | "keep";
  /** Found by context alone (a name, a header): where a format rule finds the same span, its type wins. */
  generic?: boolean;
  /**
   * The match begins with a prefix distinctive enough that a value in the vendor's exact shape is that
   * vendor's token whatever its body looks like (sk_live_AAAA… is a well-formed Stripe key): only explicit
   * stand-ins (a template, a mask, a stand-in word) drop it, not a blank body or low randomness.
   */
  structural?: boolean;
  /**
   * A necessary condition of the pattern at a keyword's start (gates.ts), read before the pattern is tried
   * there: false only where the pattern cannot match; for a rule with `back`, only where it cannot match from
   * any start in the `back` characters before the keyword nor at it.
   */
  gate?: Gate;
  /**
   * Whether the rule reads the keyword at `at` at all, by its pattern or as a token cut in chunks: false where
   * what starts there is known to be something else (a line of a wrapped certificate, wrapped-base64-lines.ts).
   * Asked only at a keyword the rule is tried at.
   */
  readsAt?: (text: string, at: number) => boolean;
}

/** One shape for every rule (all fields present), so the per-hit code sees a single hidden class. */
class Compiled {
  readonly sticky: RegExp;
  readonly type: string;
  readonly back: number;
  readonly group: number;
  readonly entropy: number;
  readonly context: NonNullable<SecretRule["context"]> | null;
  readonly validate: NonNullable<SecretRule["validate"]> | null;
  readonly cut: NonNullable<SecretRule["cut"]> | null;
  readonly extend: NonNullable<SecretRule["extend"]> | null;
  readonly keepPlaceholders: boolean;
  readonly structural: boolean;
  readonly rank: number;
  readonly gate: Gate | null;
  readonly readsAt: NonNullable<SecretRule["readsAt"]> | null;
  /**
   * For a rule that may start before its keyword: the pattern behind a lazy skip of up to `back` characters,
   * sticky, so one search finds the first start from which the pattern matches (its match is the skip)
   * instead of one attempt per start. None where a code point is not a code unit (the u and v flags).
   */
  readonly finder: RegExp | null;

  constructor(
    rule: SecretRule,
    /** Position in the table: indexes the per-scan arrays. */
    readonly index: number,
  ) {
    const flags = [...new Set(`${rule.pattern.flags.replace(/[gmyd]/g, "")}y`)].join("");
    this.sticky = new RegExp(rule.pattern.source, flags);
    this.type = rule.type;
    this.back = rule.back ?? 0;
    this.group = rule.group ?? 0;
    this.entropy = rule.entropy ?? 0;
    this.context = rule.context ?? null;
    this.validate = rule.validate ?? null;
    this.cut = rule.cut ?? null;
    this.extend = rule.extend ?? null;
    this.keepPlaceholders = rule.placeholders === "keep";
    this.structural = rule.structural === true;
    this.rank = rule.generic ? 1 : 0;
    this.gate = rule.gate ?? null;
    this.readsAt = rule.readsAt ?? null;
    this.finder =
      this.back > 0 && !/[uv]/.test(flags)
        ? new RegExp(`[^]{0,${this.back}}?(?=${rule.pattern.source})`, flags)
        : null;
  }
}

export interface SecretSpan extends Span {
  type: string;
  rank: number;
}

/**
 * `watched`: literals whose presence the keyword pass notes for the passes after it (credential-files.ts's
 * leads), in the shared pass of the text it reads (SharedPass.watchedSeen): the pass reads every character
 * anyway, where a search of its own for each costs a further pass over the text.
 */
export function secretRulesDetector(
  rules: readonly SecretRule[],
  confidence: number,
  watched: readonly string[] = [],
): Detector {
  const keywords: string[] = [];
  /** Per keyword (lower case): its id, the first place it was named (thousands of keywords: no indexOf). */
  const idOf = new Map<string, number>();
  /** Per keyword id: the rules that name it. */
  const rulesOf: Compiled[][] = [];
  for (const [i, rule] of rules.entries()) {
    const compiled = new Compiled(rule, i);
    for (const keyword of rule.keywords) {
      const k = keyword.toLowerCase();
      const id = idOf.get(k);
      if (id !== undefined) rulesOf[id]?.push(compiled);
      else {
        idOf.set(k, keywords.length);
        keywords.push(k);
        rulesOf.push([compiled]);
      }
    }
  }
  const formatPrefix = formatPrefixes(rules, idOf);
  // 1 where a format's prefix may be read glued to the word before it (see glued-prefixes.ts): told by the
  // keyword alone (a dash or an underscore, no dot or colon, which the keyword pass reads as written), so a
  // prefix that cannot be is let go before the word before it is walked and matched against stand-in words.
  const gluablePrefix = Uint8Array.from(keywords, (k, id) => (formatPrefix[id] === 1 && gluable(k) ? 1 : 0));
  // A prefix cut by a separator (see split-prefixes.ts) is found by keywords of its own, with no rules: from here on.
  const splitPrefixes = new SplitPrefixes(keywords, formatPrefix);
  const firstTrigger = keywords.length;
  // Each trigger gets an id of its own, also where a rule has the same keyword: both are reported at a hit.
  for (const trigger of splitPrefixes.triggers()) {
    keywords.push(trigger);
    rulesOf.push([]);
  }
  const firstWatched = keywords.length;
  for (const literal of watched) {
    keywords.push(literal.toLowerCase());
    rulesOf.push([]);
  }
  const index = new KeywordIndex(keywords, BLANK_LIKE);
  // What a text with none of them has seen: one array for every such text, never written.
  const noneSeen = new Uint8Array(watched.length);
  const prefixes = vendorPrefixes(rules);
  const types = [...new Set(rules.map((r) => r.type))];
  const [firstType] = types;
  if (firstType === undefined) throw new Error("secretRulesDetector: no rules");
  return {
    type: firstType,
    types,
    category: "secret",
    confidence,
    find(text, enabled, shared) {
      const spans: SecretSpan[] = [];
      const on = enabledRules(rules, enabled);
      // Where each rule may next start: a rule never re-reads text inside its own last finding. Made on the
      // first keyword: most strings of a message hold none, and this runs for every one of them.
      let resume: Int32Array | undefined;
      // Where the lines end, for the gates (gates.ts); made on the first gated rule.
      let breaks: LineBreaks | undefined;
      // Where the last split-prefix trigger found no cut, and its separator's width (see SplitPrefixes.cutAt).
      let missedAt = -1;
      let missedWidth = -1;
      // Which watched literals occur (see `watched`); made on the first one seen.
      let seen: Uint8Array | undefined;
      const onKeyword = (keyword: number, at: number): void => {
        if (keyword >= firstWatched) {
          (seen ??= new Uint8Array(watched.length))[keyword - firstWatched] = 1;
          return;
        }
        if (keyword >= firstTrigger) {
          const trigger = keyword - firstTrigger;
          const width = splitPrefixes.widthOf(trigger);
          // A second trigger where the last one found no cut, with a separator as wide, finds none either.
          if (width >= 0 && at === missedAt && width === missedWidth) return;
          const cut = splitPrefixes.cutAt(text, at, trigger, onCut);
          missedAt = cut || width < 0 ? -1 : at;
          missedWidth = width;
          return;
        }
        resume ??= new Int32Array(rules.length);
        const keywordText = keywords[keyword];
        const keywordRules = rulesOf[keyword];
        if (keywordText === undefined || keywordRules === undefined)
          throw new Error(`secret rules: the keyword index reported unknown keyword ${keyword}`);
        const before = spans.length;
        // Whether a rule declined the keyword here (readsAt): its chunks are not read either.
        let declined = false;
        // A gate says the same for every rule it stands in front of at one place (two of a password's rules share
        // one, next to each other in the table): asked once for them.
        let askedGate: Gate | null = null;
        let gateOpen = true;
        for (const rule of keywordRules) {
          if (on[rule.index] === 0) continue;
          if (rule.gate !== null) {
            if (rule.gate !== askedGate) {
              askedGate = rule.gate;
              gateOpen = rule.gate(text, at, (breaks ??= new LineBreaks(text)));
            }
            if (!gateOpen) continue;
          }
          if (rule.readsAt !== null && !rule.readsAt(text, at)) {
            declined = true;
            continue;
          }
          // Within bounds (one entry per rule); 0, the start of the text, is where a rule with no finding resumes.
          const from = Math.max(resume[rule.index] ?? 0, at - rule.back);
          const span = firstFrom(rule, text, from, at, keywordText.length, prefixes);
          if (span) {
            spans.push(span);
            resume[rule.index] = span.end;
          }
        }
        // A format's prefix its rules found nothing after: perhaps a token cut in chunks (chunked-tokens.ts).
        if (spans.length === before && formatPrefix[keyword] === 1 && !declined) {
          const span =
            chunkedToken(rules, keywordRules, text, at, keywordText.length, prefixes, on) ??
            (gluablePrefix[keyword] === 1 && gluedBefore(text, at)
              ? gluedToken(keywordRules, text, at, keywordText.length, prefixes, on)
              : undefined);
          if (span) spans.push(span);
        } else if (
          formatPrefix[keyword] === 1 &&
          endsOnCutDash(text, spans[spans.length - 1], keywordText.length)
        ) {
          // A dashed format whose last part was cut off after its dash ("xoxb-1234-5678- AbCd…"): the part
          // after the blank is read too, or it would pass bare beside the redacted rest.
          const span = chunkedToken(rules, keywordRules, text, at, keywordText.length, prefixes, on);
          const last = spans[spans.length - 1];
          if (span && last && span.start === last.start && span.end > last.end)
            spans[spans.length - 1] = span;
        }
      };
      // A long text's bytes are copied once per scan for the decoders (decode.ts) and read here too; a short
      // one is read in place (the copy would cost more than it saves).
      // A format's prefix cut by a separator (gh p_…, g\nhp_…): read with the separator taken out, by that
      // prefix's format rules.
      const onCut = (start: number, blank: number, width: number, keyword: number): void => {
        const keywordRules = rulesOf[keyword];
        const keywordText = keywords[keyword];
        if (keywordRules === undefined || keywordText === undefined) return;
        const joined = text.slice(start, blank) + text.slice(blank + width, blank + width + MAX_SPLIT_READ);
        const span = formatAtStart(rules, keywordRules, joined, keywordText.length, prefixes, on);
        // The span covers the cut (it starts with the prefix): the separator's characters more in the text.
        if (span) spans.push({ start, end: start + span.end + width, type: span.type, rank: span.rank });
      };
      index.scan(
        text,
        onKeyword,
        shared?.text === text && text.length >= CODES_FROM ? shared.codes() : undefined,
      );
      if (watched.length > 0 && shared?.text === text) shared.watchedSeen = seen ?? noneSeen;
      if (spans.length > 0) addCopies(text, spans);
      // Where two rules find the same text, the format-specific one names it (the scanner keeps the first).
      return spans.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
    },
  };
}

/**
 * Whether `span` ends on a dash with a blank or a line break right after it, or, when its body is written in
 * dashed parts, is followed by a dash after one or two blanks ("xoxb-1234-5678 - AbCd…"): a cut a dashed
 * format's next part may stand after (see onKeyword).
 */
function endsOnCutDash(text: string, span: SecretSpan | undefined, prefixLength: number): boolean {
  if (span === undefined || span.end < 1) return false;
  const isBlank = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
  if (text.charCodeAt(span.end - 1) === 45) return isBlank(text.charCodeAt(span.end));
  // Only a format whose body is written in dashed parts (xoxb-1234-5678-…) goes on after a dash.
  if (!text.slice(span.start + prefixLength, span.end).includes("-")) return false;
  let at = span.end;
  while (at - span.end < 2 && isBlank(text.charCodeAt(at))) at++;
  if (at === span.end || text.charCodeAt(at) !== 45) return false;
  // What follows must look cut from a token, not be the sentence going on ("xoxb-1234-5678 - see the docs"):
  // eight letters or digits or more, with a digit or a capital after the first.
  at++;
  while (at - span.end < 6 && isBlank(text.charCodeAt(at))) at++;
  const from = at;
  let marked = false;
  for (; at < text.length && isAsciiAlnum(text.charCodeAt(at)); at++) {
    const c = text.charCodeAt(at);
    if ((c >= 48 && c <= 57) || (at > from && c >= 65 && c <= 90)) marked = true;
  }
  return marked && at - from >= MIN_CUT_PART;
}

/** The shortest part after a spaced dash that continues a found token (see endsOnCutDash). */
const MIN_CUT_PART = 8;

/** From this length on, the keyword pass reads the text's bytes (as the decoders do, see decode.ts). */
const CODES_FROM = 256;

/** 1 per enabled rule; remembered for the last `enabled`, which a scanner passes unchanged on every call. */
let lastEnabled:
  { rules: readonly SecretRule[]; enabled?: (type: string) => boolean; on: Uint8Array } | undefined;
function enabledRules(rules: readonly SecretRule[], enabled?: (type: string) => boolean): Uint8Array {
  if (lastEnabled && lastEnabled.rules === rules && lastEnabled.enabled === enabled) return lastEnabled.on;
  const on = Uint8Array.from(rules, (r) => (!enabled || enabled(r.type) ? 1 : 0));
  lastEnabled = { rules, enabled, on };
  return on;
}

/**
 * What the rule finds from the first start in [from, at] where it matches and its value passes (every start in
 * turn, as a search from `from` would): with a finder, the starts where the pattern cannot match are passed
 * over inside one search, and only a start where it does is attempted.
 */
function firstFrom(
  rule: Compiled,
  text: string,
  from: number,
  at: number,
  keywordLength: number,
  prefixes: VendorPrefixes,
): SecretSpan | undefined {
  const { finder } = rule;
  for (let start = from; start <= at; start++) {
    if (finder !== null) {
      finder.lastIndex = start;
      if (!finder.test(text) || finder.lastIndex > at) return undefined;
      start = finder.lastIndex;
    }
    const span = attempt(rule, text, start, at, keywordLength, prefixes);
    if (span) return span;
  }
  return undefined;
}

function attempt(
  rule: Compiled,
  text: string,
  at: number,
  keywordAt: number,
  keywordLength: number,
  prefixes: VendorPrefixes,
): SecretSpan | undefined {
  rule.sticky.lastIndex = at;
  const m = rule.sticky.exec(text);
  if (m === null) return undefined;
  const matched = m[rule.group];
  if (!matched) return undefined;
  const end = rule.cut === null ? matched.length : rule.cut(matched);
  if (end === undefined) return undefined;
  const value = end === matched.length ? matched : matched.slice(0, end);
  // The secret is the last part of the match in every rule (name, operator, then value): checked in place,
  // which costs a comparison where searching the match for it cost a search per candidate.
  const whole = m[0];
  const suffix = whole.length - matched.length;
  const start =
    m.index + (rule.group ? (whole.startsWith(matched, suffix) ? suffix : whole.lastIndexOf(matched)) : 0);
  // A value that starts with the rule's keyword (AKIA, SK) is judged by what follows it, the fixed prefix being
  // the same in every real and every fake value; so is a value a generic rule finds that starts with a
  // vendor's prefix (token: xoxp-1234567890).
  const fixed = start === keywordAt ? keywordLength : rule.rank === 1 ? prefixes.longestAt(value) : 0;
  // A value already judged a stand-in is dropped before where it stands is read: source code assigns the same
  // few (string, process.env.X, changeme) to credential names thousands of times per megabyte, and a
  // remembered verdict costs a lookup where the context checks cost a dozen slices and patterns.
  if (!rule.keepPlaceholders && knownStandIn(value, fixed)) return undefined;
  if (rule.context !== null && !rule.context(m)) return undefined;
  // A value in a distinctive vendor format is judged only for explicit stand-ins: its shape is the evidence.
  const byShape = rule.structural && start === keywordAt;
  // Cheapest first: one pass for the randomness, then the stand-in patterns, the rule's checks, the blank check.
  if (!byShape && rule.entropy > 0 && !randomEnough(value, rule.entropy)) return undefined;
  if (!rule.keepPlaceholders && (standIn(value, fixed) || masked(text, start + value.length)))
    return undefined;
  if (rule.validate !== null && !rule.validate(value, m)) return undefined;
  // A blank body (xxxx, 0000) after a short or word-like prefix, or under a credential's name.
  if (!rule.keepPlaceholders && !byShape && isBlank(fixed > 0 ? value.slice(fixed) : value)) return undefined;
  const valueEnd = start + value.length;
  return {
    start,
    end: rule.extend === null ? valueEnd : rule.extend(text, valueEnd, value.length),
    type: rule.type,
    rank: rule.rank,
  };
}

/**
 * isStandIn, remembered for values seen before: it runs a dozen patterns, and source code assigns the same few
 * values (None, process.env.X, <your-key>) to credential names thousands of times per megabyte. Only values
 * judged whole (no vendor prefix left out) and short are kept, at most STAND_IN_MEMO_SIZE of them; the verdict
 * depends on the value alone, so a remembered one is the one isStandIn would give.
 */
function standIn(value: string, fixed: number): boolean {
  if (fixed !== 0 || value.length > 64) return isStandIn(value, fixed);
  let verdict = standInMemo.get(value);
  if (verdict === undefined) {
    verdict = isStandIn(value, 0);
    if (standInMemo.size >= STAND_IN_MEMO_SIZE) standInMemo.clear();
    standInMemo.set(value, verdict);
  }
  return verdict;
}

/** Whether standIn is remembered to have found `value` a stand-in (false where it was not asked yet). */
function knownStandIn(value: string, fixed: number): boolean {
  return fixed === 0 && standInMemo.get(value) === true;
}

const STAND_IN_MEMO_SIZE = 4096;
const standInMemo = new Map<string, boolean>();

/**
 * The literal prefixes that start a format rule's whole match (xoxp-, sk_live_, glpat-), by the codes of their
 * first two characters (ASCII, lower case): looked up for every value a generic rule captures, without
 * allocating. Two characters, not one: some letters start fifty prefixes, and in source code this runs for
 * tens of thousands of values per megabyte.
 */
class VendorPrefixes {
  private readonly byStart: (string[] | undefined)[] = new Array<string[] | undefined>(128 * 128).fill(
    undefined,
  );
  add(prefix: string): void {
    // Shorter than three characters fixes too little to count (see vendorPrefixes); keywords are ASCII.
    if (prefix.length < 3) return;
    const key = startKey(prefix);
    if (key < 0) return;
    const list = (this.byStart[key] ??= []);
    if (!list.includes(prefix)) list.push(prefix);
  }
  /**
   * Whether a token starts at `at` in the text: the prefix text[prefixAt, +prefixLength) again, or any prefix that
   * ends in its own dash or underscore (xoxp-, ghp_, glpat-), in any case. A chunk holds no dash (a dash is a
   * separator), so a prefix's closing dash is looked for after the chunk's blanks ("xoxb - …"). Prefixes of two
   * letters before their dash (sk-) start too many chunks to count. Checked in place, without allocating.
   */
  startsToken(text: string, at: number, prefixAt: number, prefixLength: number): boolean {
    const own = text.charCodeAt(prefixAt + prefixLength - 1) === 45 ? prefixLength - 1 : prefixLength;
    if (own >= 3 && sameCaseless(text, at, prefixAt, own) && dashedOn(text, at + own, own < prefixLength))
      return true;
    const key = lowerAscii(text.charCodeAt(at)) * 128 + lowerAscii(text.charCodeAt(at + 1));
    const list = key >= 0 && key < 128 * 128 ? this.byStart[key] : undefined;
    if (!list) return false;
    for (const p of list) {
      const last = p.charCodeAt(p.length - 1);
      if (last === 95 && sameCaseless(text, at, -1, p.length, p)) return true;
      if (
        last === 45 &&
        p.length > 3 &&
        sameCaseless(text, at, -1, p.length - 1, p) &&
        dashedOn(text, at + p.length - 1, true)
      )
        return true;
    }
    return false;
  }
  /** The length of the longest prefix the value starts with (any case), or 0. */
  longestAt(value: string): number {
    if (value.length < 3) return 0;
    const key = startKey(value);
    const list = key < 0 ? undefined : this.byStart[key];
    if (!list) return 0;
    let longest = 0;
    for (const p of list) if (p.length > longest && startsWithCaseless(value, p)) longest = p.length;
    return longest;
  }
}

/** The table slot of a text's first two characters, A-Z folded to lower case; -1 beyond ASCII. */
function startKey(text: string): number {
  const a = lowerAscii(text.charCodeAt(0));
  const b = lowerAscii(text.charCodeAt(1));
  return a < 128 && b < 128 ? a * 128 + b : -1;
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/**
 * Whether text[at, at + length) is, ignoring ASCII case, text[other, other + length) or else `lower` (ASCII,
 * lower case).
 */
function sameCaseless(text: string, at: number, other: number, length: number, lower?: string): boolean {
  if (at + length > text.length) return false;
  for (let i = 0; i < length; i++) {
    const want = lower === undefined ? lowerAscii(text.charCodeAt(other + i)) : lower.charCodeAt(i);
    if (lowerAscii(text.charCodeAt(at + i)) !== want) return false;
  }
  return true;
}

/** When `dashed`, whether a dash follows `at` after at most two blanks; otherwise true. */
function dashedOn(text: string, at: number, dashed: boolean): boolean {
  if (!dashed) return true;
  for (let i = at; i < at + 3; i++) {
    const c = text.charCodeAt(i);
    if (c === 45) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return false;
}

/** Whether `value` starts with `lowerPrefix` (ASCII, given in lower case), ignoring the case of `value`. */
function startsWithCaseless(value: string, lowerPrefix: string): boolean {
  if (value.length < lowerPrefix.length) return false;
  for (let i = 0; i < lowerPrefix.length; i++) {
    const c = value.charCodeAt(i);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== lowerPrefix.charCodeAt(i)) return false;
  }
  return true;
}

/** Keywords of format rules whose match is the value and begins with the keyword; three characters or more. */
function vendorPrefixes(rules: readonly SecretRule[]): VendorPrefixes {
  const prefixes = new VendorPrefixes();
  for (const rule of rules)
    if (!rule.generic && !rule.group && !rule.back)
      for (const k of rule.keywords) if (k.length >= 3) prefixes.add(k.toLowerCase());
  return prefixes;
}

/**
 * Per keyword id, 1 when it is a format's prefix: a keyword of a format rule whose match is the value and
 * begins with it, three characters or more (two-letter ones such as SK start too many words).
 */
function formatPrefixes(rules: readonly SecretRule[], idOf: ReadonlyMap<string, number>): Uint8Array {
  const is = new Uint8Array(idOf.size);
  for (const rule of rules)
    if (!rule.generic && !rule.group && !rule.back)
      for (const k of rule.keywords) if (k.length >= 3) is[idOf.get(k.toLowerCase()) ?? -1] = 1;
  return is;
}

/** How much of the text after a cut prefix is read (the longest vendor formats are about 250 characters). */
const MAX_SPLIT_READ = 320;

/**
 * What a format rule of the prefix at the start of `text` finds there, whole or cut in chunks (chunkedToken);
 * context rules sharing the keyword are not asked (the prefix was put together, not written).
 */
function formatAtStart(
  rules: readonly SecretRule[],
  candidates: readonly Compiled[],
  text: string,
  keywordLength: number,
  prefixes: VendorPrefixes,
  on: Uint8Array,
): SecretSpan | undefined {
  for (const rule of candidates) {
    if (on[rule.index] === 0 || rule.rank !== 0 || rule.group !== 0 || rule.back !== 0) continue;
    const span = attempt(rule, text, 0, 0, keywordLength, prefixes);
    if (span !== undefined && span.start === 0) return span;
  }
  return chunkedToken(rules, candidates, text, 0, keywordLength, prefixes, on);
}

/**
 * The token of a distinctive format whose prefix at `at` is glued to the character before it (glued-prefixes.ts):
 * what the format's pattern finds reading from the prefix on, as if nothing stood before it. Only for a prefix
 * that may be read glued (the caller's gluablePrefix).
 */
function gluedToken(
  candidates: readonly Compiled[],
  text: string,
  at: number,
  keywordLength: number,
  prefixes: VendorPrefixes,
  on: Uint8Array,
): SecretSpan | undefined {
  const read = text.slice(at, at + MAX_SPLIT_READ);
  for (const rule of candidates) {
    if (!rule.structural || on[rule.index] === 0 || rule.rank !== 0 || rule.group !== 0 || rule.back !== 0)
      continue;
    const span = attempt(rule, read, 0, 0, keywordLength, prefixes);
    if (span === undefined || span.start !== 0) continue;
    // A match that runs to the end of what was read may go on in the text: not a whole token.
    if (span.end === read.length && at + read.length < text.length) continue;
    // Its shape alone is not the evidence here (the glue is unusual): the body must look random too.
    const body = read.slice(keywordLength, span.end);
    if (!randomBody(body) || !randomEnough(body, Math.max(rule.entropy, 3))) continue;
    return { start: at, end: at + span.end, type: span.type, rank: span.rank };
  }
  return undefined;
}

/**
 * The token cut in chunks whose prefix starts at `at` (see chunked-tokens.ts): the longest joining of its chunks
 * that a format rule of the prefix, written as the format writes it (case too), finds whole from its start.
 */
function chunkedToken(
  rules: readonly SecretRule[],
  candidates: readonly Compiled[],
  text: string,
  at: number,
  keywordLength: number,
  prefixes: VendorPrefixes,
  on: Uint8Array,
): SecretSpan | undefined {
  // Most prefixes stand inside a word (base64, identifiers): no candidates, found in a comparison or two.
  if (insideWord(text, at)) return undefined;
  // The formats first: a prefix found case-folded in base64 is seldom written as its format writes it, and
  // joining the chunks after it (up to fifteen strings of up to 320 characters) is then wasted.
  const formats = formatsWrittenAt(rules, candidates, text, at, keywordLength, on);
  if (formats.length === 0) return undefined;
  // A source map's VLQ segments are cut by commas as a chunked token is, and may begin as a prefix does.
  if (inSourceMapMappings(text, at)) return undefined;
  const joinings = chunkedCandidates(text, at, at + keywordLength, (chunk) =>
    prefixes.startsToken(text, chunk, at, keywordLength),
  );
  if (joinings.length === 0) return undefined;
  // A dash with blanks beside it says the token goes on: its dashed joinings are read first, longest first, by
  // the formats that write dashes themselves.
  const longestFirst = joinings.filter((c) => c.dashed !== undefined).sort((a, b) => b.end - a.end);
  for (const { dashed, end } of longestFirst)
    for (const rule of formats) {
      if (dashed === undefined || !takesCharacter(rules[rule.index], "-")) continue;
      const span = attempt(rule, dashed, 0, 0, keywordLength, prefixes);
      if (span !== undefined && span.start === 0 && span.end === dashed.length)
        return { start: at, end, type: span.type, rank: span.rank };
    }
  for (const candidate of joinings)
    for (const rule of formats) {
      // A format that writes the separator itself reads the run as its own, too long or too short.
      if (candidate.native !== undefined && takesCharacter(rules[rule.index], candidate.native)) continue;
      const span = attempt(rule, candidate.text, 0, 0, keywordLength, prefixes);
      if (span !== undefined && span.start === 0 && span.end === candidate.text.length)
        return { start: at, end: candidate.end, type: span.type, rank: span.rank };
    }
  return undefined;
}

interface FormatRule {
  readonly compiled: Compiled;
  /**
   * The rule's keywords of three characters or more, as written, or in lower case when its pattern ignores case
   * (its prefix may then be written in any case). A set: a rule may have hundreds (a Discord bot token's 900
   * encoded ids), and walking them at each of the hundred such prefixes in a megabyte of base64 took 0.35 ms.
   */
  readonly keywords: ReadonlySet<string>;
  readonly caseless: boolean;
}

/** The format rules of the prefix at `at` that write it as it is written there (case too), enabled ones only. */
function formatsWrittenAt(
  rules: readonly SecretRule[],
  candidates: readonly Compiled[],
  text: string,
  at: number,
  keywordLength: number,
  on: Uint8Array,
): Compiled[] {
  const formats: Compiled[] = [];
  let written: string | undefined;
  let writtenLower: string | undefined;
  for (const { compiled, caseless, keywords } of formatRulesOf(rules, candidates)) {
    if (on[compiled.index] === 0) continue;
    written ??= text.slice(at, at + keywordLength);
    if (keywords.has(caseless ? (writtenLower ??= written.toLowerCase()) : written)) formats.push(compiled);
  }
  return formats;
}

/** Per list of a keyword's rules: those that are formats (see chunkedToken), worked out once. */
const formatRules = new WeakMap<readonly Compiled[], readonly FormatRule[]>();

/** The format rules among a keyword's rules: no generic rule, no capture group, none starting before it. */
function formatRulesOf(rules: readonly SecretRule[], candidates: readonly Compiled[]): readonly FormatRule[] {
  let found = formatRules.get(candidates);
  if (found === undefined) {
    const list: FormatRule[] = [];
    for (const compiled of candidates) {
      const rule = rules[compiled.index];
      if (rule === undefined || rule.generic || rule.group || rule.back) continue;
      const caseless = rule.pattern.flags.includes("i");
      const keywords = rule.keywords
        .filter((k) => k.length >= 3)
        .map((k) => (caseless ? k.toLowerCase() : k));
      list.push({ compiled, caseless, keywords: new Set(keywords) });
    }
    formatRules.set(candidates, (found = list));
  }
  return found;
}

/** Per rule, the character classes of its value (after the prefix, before the closing lookahead). */
const valueClasses = new WeakMap<SecretRule, string[]>();

/** Whether a rule's value may hold `c` (a character class after its prefix names it). */
function takesCharacter(rule: SecretRule | undefined, c: string): boolean {
  if (rule === undefined) return true;
  let classes = valueClasses.get(rule);
  if (classes === undefined) {
    const source = rule.pattern.source.replace(/\(\?!\[[^\]]*\]\)$/, "");
    classes = source.slice(source.indexOf(")") + 1).match(/\[(?:\\.|[^\]])*\]/g) ?? [];
    valueClasses.set(rule, classes);
  }
  // A dash inside a class is a range unless it stands last or escaped.
  if (c === "-") return classes.some((k) => k.endsWith("-]") || k.includes("\\-"));
  return classes.some((k) => k.includes(c));
}

/** A value cut short by a mask or an ellipsis (xoxp-1234-####, ops_eyJ…): shown, not leaked. */
function masked(text: string, end: number): boolean {
  const next = text[end];
  return next === "*" || next === "#" || next === "\u2026" || text.startsWith("...", end);
}

/**
 * A found value shorter than this is not looked for elsewhere (a short one may be an ordinary word too). Its
 * first COPY_MIN_LENGTH characters are also the key the values are looked up by (see addCopies).
 */
const COPY_MIN_LENGTH = 8;
/** At most this many distinct found values share one key; further ones are looked up by their length. */
const COPY_BUCKET = 8;
/**
 * At most this many distinct lengths of the values beyond a full bucket are looked up at each place their key
 * is; a key with values of more lengths than that (a text built to push a value out of reach) has its longest
 * value's length from each such place taken as a copy, so that none of its values passes bare.
 */
const COPY_LENGTHS = 8;
/** Slots of the table of two first characters (a filter read before a key is cut out of the text). */
const PAIR_SLOTS = 4096;

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function pairSlot(text: string, at: number): number {
  return ((text.charCodeAt(at) * 31) ^ text.charCodeAt(at + 1)) & (PAIR_SLOTS - 1);
}

/**
 * Every further verbatim copy of a value a rule found, in the same text, as a span of the same type: once a
 * text shows that a string is a credential (`token = "…"`), that string is the credential wherever else the
 * text repeats it (a config echoed back, a log line quoting it, `'…' | '…'`), and redacting only the first
 * copy forwards the secret anyway. A copy must stand apart (no letter or digit glued to either end, so it is
 * not part of a longer word).
 *
 * However many values were found (sixteen decoys found first must not leave the seventeenth's copies in the
 * clear, nor twenty-four decoys sharing its first characters), the text is read once: the found values are kept
 * in a table keyed by their first COPY_MIN_LENGTH characters, at most COPY_BUCKET values a key compared one by
 * one, the further ones of a key by their length (one lookup per distinct length, at most COPY_LENGTHS; see
 * there for more), and each place where a copy could start (no letter or digit before it) is looked up there,
 * after a filter on its first two characters. So the work is linear in the text, times the bounded comparisons
 * of one key.
 */
function addCopies(text: string, spans: SecretSpan[]): void {
  const found = spans.length;
  // Where each found span starts, and the farthest it reaches from there: a copy found there is that span.
  const reach = new Map<number, number>();
  for (const s of spans) reach.set(s.start, Math.max(reach.get(s.start) ?? 0, s.end));
  /** Takes the copy of `length` characters at `at` (run on to its end when `runsOn`); where it ends, or -1. */
  const copyAt = (at: number, length: number, span: SecretSpan, runsOn: boolean): number => {
    const end = runsOn ? runEnd(text, at + length) : at + length;
    if (isAsciiAlnum(text.charCodeAt(at - 1)) || isAsciiAlnum(text.charCodeAt(end))) return -1;
    if ((reach.get(at) ?? 0) >= end) return -1;
    spans.push({ start: at, end, type: span.type, rank: span.rank });
    return end;
  };
  const looked = new Set<string>();
  const table = new Map<string, CopyKey>();
  const pairs = new Uint8Array(PAIR_SLOTS);
  for (let i = 0; i < found; i++) {
    const span = spans[i];
    if (span === undefined || span.end - span.start < COPY_MIN_LENGTH) continue;
    const whole = text.slice(span.start, span.end);
    // A value longer than the rules read at once, of one run (a long token, not a key's block of lines), is
    // looked for by its first LONGEST_READ characters and its copy run on to the end of the run, as the value
    // itself was (long-values.ts): comparing it whole at every place its first characters repeat would cost
    // its length at each of them.
    // Only a value that itself ran on to its run's end: a span another rule ended inside a run (a DER key
    // ends where its header says, whatever base64 is glued after it) is looked for as it is.
    const runsOn = whole.length > LONGEST_READ && !/\s/.test(whole) && runEnd(text, span.end) === span.end;
    const value = runsOn ? whole.slice(0, LONGEST_READ) : whole;
    if (looked.has(value)) continue;
    looked.add(value);
    const key = value.slice(0, COPY_MIN_LENGTH);
    let entry = table.get(key);
    if (entry === undefined)
      table.set(key, (entry = { bucket: [], more: new Map(), lengths: [], longest: 0, blanks: false }));
    if (entry.bucket.length < COPY_BUCKET) {
      entry.bucket.push({ value, span, runsOn });
      pairs[pairSlot(value, 0)] = 1;
      continue;
    }
    entry.more.set(value, { span, runsOn });
    if (!entry.lengths.includes(value.length)) entry.lengths.push(value.length);
    if (value.length > entry.longest) entry.longest = value.length;
    if (/\s/.test(value)) entry.blanks = true;
  }
  if (table.size === 0) return;
  const last = text.length - COPY_MIN_LENGTH;
  for (let at = 0; at <= last; at++) {
    if (at > 0 && isAsciiAlnum(text.charCodeAt(at - 1))) continue;
    if (pairs[pairSlot(text, at)] === 0) continue;
    const entry = table.get(text.slice(at, at + COPY_MIN_LENGTH));
    if (entry === undefined) continue;
    // A copy that runs on is read once: the places inside it are not looked at again.
    let ranTo = -1;
    for (const { value, span, runsOn } of entry.bucket)
      if (text.startsWith(value, at)) {
        const end = copyAt(at, value.length, span, runsOn);
        if (runsOn) ranTo = Math.max(ranTo, end);
      }
    if (entry.lengths.length > COPY_LENGTHS) {
      const span = entry.bucket[0]?.span;
      const end = copyEnd(text, at, entry);
      if (span && (reach.get(at) ?? 0) < end)
        spans.push({ start: at, end, type: span.type, rank: span.rank });
    } else
      for (const length of entry.lengths) {
        const more = entry.more.get(text.slice(at, at + length));
        if (more === undefined) continue;
        const end = copyAt(at, length, more.span, more.runsOn);
        if (more.runsOn) ranTo = Math.max(ranTo, end);
      }
    if (ranTo > at) at = ranTo - 1;
  }
}

/** The found values of one key (see addCopies). */
interface CopyKey {
  bucket: { value: string; span: SecretSpan; runsOn: boolean }[];
  /** Values beyond a full bucket, and their distinct lengths, the longest of them. */
  more: Map<string, { span: SecretSpan; runsOn: boolean }>;
  lengths: number[];
  longest: number;
  /** Whether a value beyond the bucket holds a blank or a line break. */
  blanks: boolean;
}

/**
 * Where a copy of a key's values may end when it has values of too many lengths to look up: its longest value's
 * length on, but not past a line break, nor past a blank when none of its values holds one.
 */
function copyEnd(text: string, at: number, entry: CopyKey): number {
  const limit = Math.min(text.length, at + entry.longest);
  let end = at + COPY_MIN_LENGTH;
  while (end < limit) {
    const c = text.charCodeAt(end);
    if (c === 10 || c === 13 || (!entry.blanks && (c === 32 || c === 9))) break;
    end++;
  }
  return end;
}
