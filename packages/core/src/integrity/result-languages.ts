// An order to set aside the reader's earlier instructions, written in one of the languages the definition
// signal (poison.ts, "instruction in another language") does not read, or in a word order it does not: the
// verb after its object (Japanese, Korean, Hindi, Bengali, Turkish), "forget" as well as "ignore", and the
// polite forms ("Vergessen Sie", "Esqueça"). Each alternative needs both the verb and the word for
// instructions within a short span, so an e-mail that only says "forget it" or mentions instructions passes.
// The scoring text drops combining marks (scoring-text.ts), which are the vowel signs of Thai, Hindi and
// Bengali and the short vowels of Arabic, and maps Cyrillic letters to their Latin look-alikes, so each word
// here is passed through the same function before it becomes a pattern (asScored).
import type { Signal } from "./poison.js";
import { scoringText } from "./scoring-text.js";

const asScored = (s: string) => scoringText(s).text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A word written as a pattern of its own (a negation it must not follow or precede), already as scored. */
interface Raw {
  re: string;
}
const re = (source: string): Raw => ({ re: source });
type Word = string | Raw;

// [verbs, words for instructions or orders] per language, in the script the scorer reads.
const PAIRS: Array<[Word[], Word[], "either" | "verb first"]> = [
  // German, French, Spanish, Portuguese, Italian, Indonesian, Tagalog, Vietnamese: verb first.
  [
    ["vergessen sie", "ignorieren sie", "vergiss", "missachten sie"],
    ["anweisungen", "vorgaben", "befehle"],
    "verb first",
  ],
  [
    ["oubliez", "oublie", "ignorez", "ne tenez pas compte"],
    ["instructions", "consignes", "directives"],
    "verb first",
  ],
  [
    ["olvida", "olvide", "ignora", "ignore", "descarta", "omite", "haz caso omiso"],
    ["instrucciones", "indicaciones", "órdenes"],
    "verb first",
  ],
  [
    ["esqueça", "esqueca", "esquece", "ignore", "ignora", "desconsidere", "despreze"],
    ["instruções", "instrucoes", "orientações", "ordens"],
    "verb first",
  ],
  [
    ["dimentica", "dimentichi", "ignora", "ignori", "trascura"],
    ["istruzioni", "indicazioni", "direttive"],
    "verb first",
  ],
  [["lupakan", "abaikan", "acuhkan"], ["instruksi", "perintah", "petunjuk", "arahan"], "verb first"],
  [
    ["kalimutan", "huwag pansinin", "balewalain", "ipagwalang-bahala"],
    ["tagubilin", "utos", "instruksyon", "mga panuto"],
    "verb first",
  ],
  [["quên", "bỏ qua", "phớt lờ", "lờ đi"], ["hướng dẫn", "chỉ dẫn", "chỉ thị", "lệnh"], "verb first"],
  [
    ["игнорируй", "игнорируйте", "проигнорируй", "забудь", "забудьте"],
    ["инструкци", "указани", "правил", "всё, что", "все, что"],
    "verb first",
  ],
  // Object before verb, or either order.
  [
    ["忽略", "无视", "無視", "忽视", "忘记", "忘掉", "忘れ", "無視し"],
    ["指令", "指示", "说明", "說明", "规则", "規則", "命令", "ルール"],
    "either",
  ],
  [["무시", "잊어", "잊으"], ["지시", "지침", "명령", "규칙"], "either"],
  [["भूल जा", "भूल जाओ", "अनदेखा", "नज़रअंदाज़", "नजरअंदाज"], ["निर्देश", "आदेश"], "either"],
  [["উপেক্ষা", "ভুলে যা"], ["নির্দেশ", "আদেশ", "যা বলা হয়েছে"], "either"],
  [
    ["تجاهل", "تغاضى", "تغاض", "انس", "إنس"],
    ["التعليمات", "تعليمات", "الأوامر", "أوامر", "تعليماتك"],
    "either",
  ],
  [["อย่าไปสนใจ", "อย่าสนใจ", "เพิกเฉย", "ละเว้น", "ลืม"], ["คำแนะนำ", "คําแนะนํา", "คำสั่ง", "คําสั่ง"], "either"],
  // Turkish: "unutma", "unutmayın" are "do not forget", as in "read these instructions and do not forget …".
  [["görmezden gel", "yok say", re("unut(?!ma)"), "dikkate alma"], ["talimat", "komut", "yönerge"], "either"],
];

// Look-alike mapping differs by case (a capital Cyrillic letter may map where its small form does not), so a
// word is matched as written and with a capital first letter, each as the scorer sees it.
const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const alternation = (words: Word[], before = "") =>
  [
    ...new Set(
      words.flatMap((w) =>
        typeof w === "string"
          ? [asScored(w), asScored(capitalised(w))].map((a) => before + a)
          : [before + w.re],
      ),
    ),
  ].join("|");
/**
 * One language's verb and noun within `between` of each other, in its order. `before` is asserted before each
 * word; `rest` carries a word on to its end, so that `between` counts whole words after it.
 */
function pairSource(
  verbs: Word[],
  nouns: Word[],
  order: "either" | "verb first",
  { between, before = "", rest = "" }: { between: string; before?: string; rest?: string },
): string {
  const v = `(?:${alternation(verbs, before)})${rest}`;
  const n = `(?:${alternation(nouns, before)})`;
  return order === "verb first" ? `${v}${between}${n}` : `${v}${between}${n}|${n}${rest}${between}${v}`;
}
const pattern = PAIRS.map(([verbs, nouns, order]) =>
  pairSource(verbs, nouns, order, { between: ".{0,40}" }),
).join("|");

export const RESULT_LANGUAGE_CUES: Signal[] = [
  {
    name: "sets aside the reader's instructions in another language",
    gate: new RegExp(alternation(PAIRS.flatMap(([verbs]) => verbs)), "gi"),
    weight: 4,
    pattern: new RegExp(pattern, "i"),
  },
];

// Round 21: the same order in the languages the table above does not hold (European, African, Middle Eastern,
// South and South-East Asian), and "everything you were told" in those it does. Written by us from each
// language's ordinary words for "ignore", "forget" and "instructions"; a noun is its stem, so every case ending
// matches ("instrukcjach", "інструкціях": an inflected form passed the first version). Here the verb and the noun stand at
// most three words apart (a character span would join "ignore the reviews and follow the instructions"),
// each Latin, Greek or Cyrillic word starts a word ("nezapomeňte", "usisahau": "do not forget"), and a
// negation before the verb ("nie zapomnij", "glöm inte") keeps it a reminder. Scripts written without
// spaces between words (Khmer, Lao) take a span of 20 characters instead.
const WORD_START = "(?<![a-zà-ɏͰ-ϿЀ-ӿ])";
const CLOSE_PAIRS: Array<[Word[], Word[], "either" | "verb first", "words" | "characters"]> = [
  [
    [re("negeer"), re("negeren"), re("vergeet(?! niet)")],
    ["instructie", "opdracht", "aanwijzing"],
    "verb first",
    "words",
  ],
  [
    [re("zignoruj(?:cie)?"), re("ignoruj(?:cie)?"), re("(?<!nie )zapomnij(?:cie)?"), re("pomiń")],
    ["instrukcj", "polece", "poleceń", "wskazów"],
    "verb first",
    "words",
  ],
  [[re("ignorera"), re("glöm(?! inte)")], ["instruktion", "anvisning", "direktiv"], "verb first", "words"],
  [
    [re("ignorer"), re("glem(?! ikke)")],
    ["instruktion", "instruksjon", "instruks", "anvisning"],
    "verb first",
    "words",
  ],
  [
    [re("(?<!älä )(?:ohita|unohda|sivuuta)"), "jätä huomiotta"],
    ["ohje", "käsky", "käskyj", "määräy"],
    "verb first",
    "words",
  ],
  [
    ["ignoruj", "ignorujte", "zapomeň", "zapomeňte", "zabudni", "zabudnite"],
    ["pokyn", "instrukc", "inštrukci"],
    "verb first",
    "words",
  ],
  [
    [re("ignoră"), re("ignorați"), re("(?<!nu )uită"), re("(?<!nu )uitați")],
    ["instrucțiun", "instrucţiun", "indicați", "indicaţi", "comenz"],
    "verb first",
    "words",
  ],
  [
    ["hagyd figyelmen kívül", "hagyja figyelmen kívül", re("(?<!ne )felejtsd el"), re("(?<!ne )felejtse el")],
    ["utasítás", "instrukció"],
    "verb first",
    "words",
  ],
  [
    ["αγνόησε", "αγνοήστε", "ξέχασε", "ξεχάστε"],
    ["οδηγίες", "οδηγιών", "οδηγία", "εντολ"],
    "verb first",
    "words",
  ],
  [
    ["ігноруй", "ігноруйте", "проігноруй", "забудь", "забудьте"],
    ["інструкці", "вказів"],
    "verb first",
    "words",
  ],
  [["игнорирай", "игнорирайте", "забрави", "забравете"], ["инструкци", "указани"], "verb first", "words"],
  [
    [
      "zanemari",
      "zanemarite",
      "ignoriši",
      "ignorirajte",
      re("(?<!ne )zaboravi(?:te)?"),
      "игнориши",
      "занемари",
      "заборави",
    ],
    ["uput", "instrukcij", "naredb", "упутств", "инструкциј"],
    "verb first",
    "words",
  ],
  [
    [re("(?<![\\u05d0-\\u05ea])(?:התעלם|התעלמי|התעלמו|שכח|שכחי|שכחו)")],
    ["הוראות", "ההוראות", "הנחיות", "ההנחיות"],
    "either",
    "words",
  ],
  [
    ["نادیده بگیر", "نادیده بگیرید", "فراموش کن", "فراموش کنید"],
    ["دستورالعمل", "دستورات", "دستور"],
    "either",
    "words",
  ],
  [["نظر انداز", "نظرانداز", "بھول جا", "بھول جائیں"], ["ہدایات", "ہدایت", "احکامات"], "either", "words"],
  [
    ["puuza", "puuzeni", "sahau", "sahauni"],
    ["maagizo", "agizo", "maelekezo", "amri"],
    "verb first",
    "words",
  ],
  [["ziba", "yiziba", "khohlwa"], ["imiyalelo", "umyalelo", "iziqondiso"], "verb first", "words"],
  [
    ["injoro", "injoroni", "shpërfill", "shpërfillni", re("(?<!mos )harro(?:ni)?")],
    ["udhëzim", "instruksion", "urdhr"],
    "verb first",
    "words",
  ],
  [
    ["déan neamhaird", "ná tabhair aird", "déan dearmad"],
    ["treoracha", "treoir", "orduithe"],
    "verb first",
    "words",
  ],
  [
    ["leig seachad", "dìochuimhnich"],
    ["stiùireadh", "stiùiridhean", "òrduighean", "àithne"],
    "verb first",
    "words",
  ],
  [["ignora", "ignoreu", "oblida", "oblideu"], ["instrucci", "indicaci", "ordres"], "verb first", "words"],
  [["ignoreeri", "unusta"], ["juhis", "korraldus"], "verb first", "words"],
  [
    ["ignoruok", "ignoruokite", "pamiršk", "pamirškite"],
    ["instrukcij", "nurodym", "komand"],
    "verb first",
    "words",
  ],
  [
    ["ignorē", "ignorējiet", "aizmirsti", "aizmirstiet"],
    ["norādījum", "instrukcij", "pavēl"],
    "verb first",
    "words",
  ],
  [["məhəl qoyma", re("unut(?!ma)")], ["təlimat", "göstəriş"], "either", "words"],
  [
    ["hunsaðu", "hunsið", "gleymdu", "gleymið"],
    ["leiðbeining", "fyrirmæl", "skipun", "skipan"],
    "verb first",
    "words",
  ],
  // Hindi, Nepali, Marathi: "disregard", "ignore", "forget"; "what you were told" as the object.
  [["अवहेलना", "बेवास्ता", "बिर्स", "नज़र अंदाज़", "नजर अंदाज", "अनदेखा"], ["निर्देश", "बताया गया"], "either", "words"],
  [["दुर्लक्ष"], ["सूचना", "सूचनां", "निर्देश"], "either", "words"],
  [["புறக்கணி", "மறந்துவிடு", "மறந்து விடு"], ["வழிமுறை", "அறிவுறுத்தல்", "கட்டளை"], "either", "words"],
  [["విస్మరించ", "పట్టించుకోవద్దు", "మర్చిపో"], ["సూచన", "ఆదేశ"], "either", "words"],
  [["ችላ በል", "ችላ በሉ", "ችላ ይበሉ", "እርሳ", "እርሱ"], ["መመሪያ", "ትዕዛዝ"], "either", "words"],
  [["មិនអើពើ", "បំភ្លេច", "ព្រងើយ"], ["ការណែនាំ", "សេចក្តីណែនាំ", "បញ្ជា"], "either", "characters"],
  [["ບໍ່ສົນໃຈ", "ລືມ", "ລະເລີຍ"], ["ຄໍາແນະນໍາ", "ຄຳແນະນຳ", "ຄໍາສັ່ງ", "ຄຳສັ່ງ"], "either", "characters"],
  // "Everything you were told", in languages whose pair above reads only "instructions"; not when it goes on to
  // say what about ("forget everything you were told about dieting").
  [
    ["ignore", "ignorez", "oublie", "oubliez"],
    [re("tout ce (?:qu'on|que l'on|qui) (?:t'a|vous a) (?:été )?dit(?! (?:sur|à propos|au sujet))")],
    "verb first",
    "words",
  ],
  [
    ["ignora", "ignorate", "dimentica", "dimenticate"],
    [re("tutto (?:ciò|quello) che (?:ti|vi) (?:è stato|hanno) detto(?! (?:su|sul|sulla|sui|riguardo))")],
    "verb first",
    "words",
  ],
  [
    ["ignora", "ignore", "olvida", "olvídate de", "olvide"],
    [re("todo lo que (?:te|le|os) (?:han dicho|dijeron|ha dicho)(?! (?:sobre|acerca))")],
    "verb first",
    "words",
  ],
  [
    ["ignore", "ignora", "esqueça", "esquece"],
    [re("tudo o que (?:lhe|te) (?:foi dito|disseram)(?! sobre)")],
    "verb first",
    "words",
  ],
  [
    ["ignoriere", "ignorieren sie", "vergiss", "vergessen sie"],
    [re("alles,? was (?:man )?(?:dir|ihnen) (?:gesagt|befohlen) (?:wurde|hat|worden ist)(?! über)")],
    "verb first",
    "words",
  ],
];

const WITHIN_WORDS = String.raw`(?:\s+\S+){0,3}\s+`;
const WITHIN_CHARACTERS = ".{0,20}";
// Word starts are asserted before a word of a script with upper and lower case; other scripts pass as written.
const closePattern = CLOSE_PAIRS.map(([verbs, nouns, order, span]) =>
  pairSource(verbs, nouns, order, {
    between: span === "words" ? WITHIN_WORDS : WITHIN_CHARACTERS,
    before: WORD_START,
    rest: String.raw`\S*`,
  }),
).join("|");

RESULT_LANGUAGE_CUES.push({
  name: "sets aside the reader's instructions in more languages",
  gate: new RegExp(alternation(CLOSE_PAIRS.flatMap(([verbs]) => verbs)), "gi"),
  weight: 4,
  pattern: new RegExp(closePattern, "i"),
});
