// "To the AI assistant reading this:" and "tell the user nothing" in Swedish, Czech, Swahili, Tagalog,
// Hungarian, Greek, Hebrew, Romanian and Bengali (round 50), read as round 49 reads them in seven other
// languages (result-address-more-languages.ts, kept-from-user.ts). The address is a label: the assistant named
// with "AI" (or Hungarian "MI") beside it, closed by a colon within the same clause, as in "Till AI-assistenten
// som läser detta:"; a person's assistant is named without "AI", and the same words in running prose have no
// colon after them. The concealment is the imperative (or "without telling") with the user beside it. Words pass
// through the scorer first (Greek letters mapped to their Latin look-alikes); bounded patterns around a gate.
import type { Signal } from "./poison.js";
import { scoringText } from "./scoring-text.js";

/** The words as the scorer sees them, as alternatives. */
const any = (...words: string[]) =>
  `(?:${words.map((w) => scoringText(w).text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`;

const START = String.raw`(?<!\p{L})`;
const END = String.raw`(?!\p{L})`;
const NEAR = String.raw`[^.!?।\n]{0,30}?`;
const AI = String.raw`(?:ai|mi)`;

/** The assistant in each language, in the forms a label uses (to, for). */
const ASSISTANT = any(
  ...["ai-assistenten", "assistenten", "asistenta", "asistentovi", "msaidizi", "assistant", "katulong"],
  ...["asszisztensnek", "βοηθό", "βοηθέ", "לעוזר", "עוזר", "asistentul", "asistentului", "সহকারীর"],
);
/** "AI" before the noun ("AI asistenta", "MI-asszisztensnek"), after it ("βοηθό AI", "msaidizi wa AI", "ה-AI"). */
const NAMED_AI = String.raw`(?:${START}${AI}[-\s]?${ASSISTANT}|${START}${ASSISTANT}\s+(?:${any("wa", "ה-", "ה")}\s*)?${AI}${END}|${START}${ASSISTANT}\s+${any("ה-")}${AI}${END})`;
/**
 * What may stand between the named AI and the colon: a relative clause ("som läser detta", "který čte tento
 * e-mail", "aki ezt olvassa", Hebrew's attached ש), or Bengali's postposition "জন্য" (for). A sentence that goes
 * on with a verb ("az MI-asszisztens összefoglalót készít: …", the assistant makes a summary) is no label.
 */
const RELATIVE = String.raw`(?:\s*,?\s*(?:${any("som", "který", "která", "které", "kteří", "aki", "amely", "που", "care", "na", "জন্য")}${END}|${any("ש")}|${any("ana", "wana")}\p{L}+)[^:：.!?\n]{0,50})?`;
/** The label: the named AI, perhaps a relative clause, then a colon. */
const LABEL = String.raw`${NAMED_AI}${RELATIVE}\s*[:：]`;

const USER = {
  sv: any("användaren"),
  cs: any("uživateli", "uživatele", "uživatel"),
  sw: any("mtumiaji"),
  tl: any("user", "gumagamit"),
  hu: any("felhasználónak", "felhasználó"),
  el: any("χρήστη"),
  he: any("למשתמש", "המשתמש"),
  ro: any("utilizatorului", "utilizatorul"),
  bn: any("ব্যবহারকারীকে"),
};

const KEPT_FROM_USER = [
  // Swedish: "säg inget till användaren", "berätta inte för användaren".
  `${START}${any("säg", "berätta", "nämn")}\\s+${any("inget", "inte", "ingenting", "aldrig")}${NEAR}${USER.sv}`,
  // Czech: "uživateli nic neříkej", "neříkej to uživateli".
  `${START}${USER.cs}${NEAR}${any("neříkej", "neříkejte", "neprozrazuj", "nezmiňuj", "neoznamuj")}${END}|${START}${any("neříkej", "neříkejte", "neprozrazuj", "nezmiňuj")}${NEAR}${USER.cs}`,
  // Swahili: "usimwambie mtumiaji".
  `${START}${any("usimwambie", "msimwambie", "usimjulishe", "bila kumwambia", "bila kumjulisha")}${NEAR}${USER.sw}`,
  // Tagalog: "huwag sabihin sa user", "huwag ipaalam sa gumagamit".
  `${START}${any("huwag")}\\s+(?:${any("mong")}\\s+)?${any("sabihin", "ipaalam", "banggitin", "ipakita")}${NEAR}${USER.tl}`,
  // Hungarian: "ne szólj a felhasználónak", "ne mondd el a felhasználónak".
  `${START}${any("ne")}\\s+${any("szólj", "mondd", "mondj", "említsd", "árulj", "értesítsd")}${NEAR}${USER.hu}`,
  // Greek: "μην πεις τίποτα στον χρήστη".
  `${START}${any("μην")}\\s+${any("πεις", "πείτε", "αναφέρεις", "ενημερώσεις")}${NEAR}${USER.el}`,
  // Hebrew: "אל תספר למשתמש".
  `${any("אל")}\\s+${any("תספר", "תגיד", "תאמר", "תודיע", "תזכיר")}${NEAR}${USER.he}`,
  // Romanian: "nu îi spune nimic utilizatorului", "fără să anunți utilizatorul".
  `${START}${any("nu")}\\s+(?:${any("îi", "ii", "le")}\\s+)?${any("spune", "spuneți", "menționa", "menționați", "anunța")}${NEAR}${USER.ro}|${START}${any("fără să")}\\s+${any("anunți", "spui", "informezi")}${NEAR}${USER.ro}`,
  // Bengali: "ব্যবহারকারীকে কিছু বলো না".
  `${USER.bn}${NEAR}${any("বলো না", "বলবেন না", "জানাবেন না", "জানিও না")}`,
];

export const RESULT_NINE_LANGUAGES: Signal = {
  name: "addresses the AI or hides from the user in one of nine more languages",
  gate: new RegExp(
    any(
      ...["assistent", "asistent", "msaidizi", "assistant", "katulong", "asszisztens", "βοηθ", "עוזר"],
      ...["সহকারী", "användaren", "uživatel", "mtumiaji", "huwag", "felhasználó", "χρήστη", "משתמש"],
      ...["utilizator", "ব্যবহারকারী"],
    ),
    "giu",
  ),
  weight: 4,
  pattern: new RegExp([LABEL, ...KEPT_FROM_USER].join("|"), "iu"),
};
