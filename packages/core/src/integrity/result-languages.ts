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

// [verbs, words for instructions or orders] per language, in the script the scorer reads.
const PAIRS: Array<[string[], string[], "either" | "verb first"]> = [
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
  [["görmezden gel", "yok say", "unut", "dikkate alma"], ["talimat", "komut", "yönerge"], "either"],
];

// Look-alike mapping differs by case (a capital Cyrillic letter may map where its small form does not), so a
// word is matched as written and with a capital first letter, each as the scorer sees it.
const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const alternation = (words: string[]) =>
  [...new Set(words.flatMap((w) => [asScored(w), asScored(capitalised(w))]))].join("|");
const SPAN = ".{0,40}";
const pattern = PAIRS.map(([verbs, nouns, order]) => {
  const v = `(?:${alternation(verbs)})`;
  const n = `(?:${alternation(nouns)})`;
  return order === "verb first" ? `${v}${SPAN}${n}` : `${v}${SPAN}${n}|${n}${SPAN}${v}`;
}).join("|");

export const RESULT_LANGUAGE_CUES: Signal[] = [
  {
    name: "sets aside the reader's instructions in another language",
    gate: new RegExp(alternation(PAIRS.flatMap(([verbs]) => verbs)), "gi"),
    weight: 4,
    pattern: new RegExp(pattern, "i"),
  },
];
