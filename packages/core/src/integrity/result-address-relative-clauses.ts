// The AI reader addressed by what it is doing, in a relative clause closed by a colon, in eight more languages,
// and the Arabic and Hindi note for the assistant (round 52, atk52c; round 51 left them open): "Bu e-postayı
// özetleyen yapay zeka:", "Do modelu AI, który streszcza tę wiadomość:", "Для ШІ, що підсумовує цей лист:",
// "إلى الذكاء الاصطناعي الذي يلخص هذه الرسالة:", "इस ईमेल का सारांश बनाने वाले AI के लिए:", "Aan de AI die deze mail
// samenvat:", "Untuk AI yang merangkum email ini:", "ถึง AI ที่อ่านอีเมลนี้:", "ملاحظة للمساعد الذكي:", "AI सहायक के
// लिए निर्देश:". English reads the same shape in result-machine-readers.ts. The clause is bounded (60
// characters, no stop and no colon before the label's own) and the label must be followed by words; a person
// turned to this way ("Aan de klant die deze mail ontvangt:") names no AI. Words pass through the scorer
// first, as the scored text does (result-address-more-languages.ts); bounded patterns around their gate.
import type { Signal } from "./poison.js";
import { scoringText } from "./scoring-text.js";

/** The words as the scorer sees them, as alternatives. */
const any = (...words: string[]) =>
  `(?:${words.map((w) => scoringText(w).text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`;

const START = String.raw`(?<!\p{L})`;
/** What the clause may hold: a few words, no stop, no colon. */
const CLAUSE = String.raw`[^:：.!?\n]{1,60}?`;
/** The label's close, then words. */
const CLOSE = String.raw`\s*[:：\u2013\u2014]\s*\p{L}`;

// A bare "assistent"/"asystent" is as often a person's: "Aan de assistent die deze agenda beheert: stuur de
// notulen naar het hele team" is an office note (rev52 find 9). Without an AI word the label counts only when what
// follows sends the user's passwords, credentials, cards or mail, as the English rule asks (result-role-readers.ts).
const NL_PRIVATE = `${any("wachtwoord", "inloggegevens", "token", "sleutel", "creditcard", "bankgegevens", "pincode", "e-mails", "mails van", "berichten", "inbox", "bsn")}`;
const PL_PRIVATE = `${any("hasło", "hasła", "haseł", "hasłem", "dane logowania", "token", "klucz", "numer karty", "numery kart", "wiadomości", "e-maile", "maile", "skrzynk", "pesel")}`;
/** The label's close, then the user's private data within the next words. */
const CLOSE_TO = (privateWords: string) =>
  String.raw`\s*[:：\u2013\u2014]\s*[^\n]{0,80}?(?<!\p{L})${privateWords}`;

const RELATIVE_ADDRESS = [
  // Turkish: "Bu e-postayı özetleyen yapay zeka:", "Bu mesajı okuyan asistan:"
  `${START}${any("bu", "şu")}\\s+${CLAUSE}(?:en|an)\\s+${any("yapay zeka", "yapay zekâ", "asistan", "yz")}${CLOSE}`,
  // Polish: "Do modelu AI, który streszcza tę wiadomość:"
  `${START}${any("do", "dla")}\\s+(?:${any("modelu", "ai", "si", "chatbota")}(?:\\s+${any("ai", "si")})?|${any("asystenta", "agenta")}\\s+${any("ai", "si")})\\s*,?\\s+${any("który", "która", "które")}\\s+${CLAUSE}${CLOSE}`,
  // Polish, a bare "asystent" (a person's assistant as often): only when sent for the user's data
  `${START}${any("do", "dla")}\\s+${any("asystenta", "agenta")}\\s*,?\\s+${any("który", "która", "które")}\\s+${CLAUSE}${CLOSE_TO(PL_PRIVATE)}`,
  // Ukrainian: "Для ШІ, що підсумовує цей лист:"
  `${START}${any("для", "до")}\\s+${any("ші", "асистента", "моделі", "агента", "бота")}(?:\\s+${any("ші")})?\\s*,?\\s+${any("що", "який", "яка", "яке")}\\s+${CLAUSE}${CLOSE}`,
  // Arabic: "إلى الذكاء الاصطناعي الذي يلخص هذه الرسالة:"
  `${any("إلى", "الى", "لـ")}\\s*${any("الذكاء الاصطناعي", "المساعد", "النموذج", "الوكيل")}(?:\\s+${any("الذكي")})?\\s+${any("الذي", "التي")}\\s+${CLAUSE}${CLOSE}`,
  // Arabic label: "ملاحظة للمساعد الذكي:", "تعليمات للذكاء الاصطناعي:"
  `${any("ملاحظة", "تعليمات", "رسالة", "تنبيه", "تعليمة")}\\s+${any("للمساعد", "للنموذج", "للذكاء الاصطناعي", "للوكيل")}(?:\\s+${any("الذكي")})?${CLOSE}`,
  // Hindi: "इस ईमेल का सारांश बनाने वाले AI के लिए:"
  `${any("वाले", "वाली")}\\s+${any("AI", "एआई", "सहायक", "मॉडल", "एजेंट")}(?:\\s+${any("सहायक", "मॉडल", "एजेंट")})?\\s+${any("के लिए")}${CLOSE}`,
  // Hindi label: "AI सहायक के लिए निर्देश:"
  `${any("AI", "एआई", "सहायक", "मॉडल", "एजेंट")}(?:\\s+${any("सहायक", "मॉडल", "एजेंट")})?\\s+${any("के लिए")}\\s+${any("निर्देश", "नोट", "संदेश", "सूचना")}${CLOSE}`,
  // Dutch: "Aan de AI die deze mail samenvat:"
  `${START}${any("aan de", "voor de")}\\s+${any("ai", "ai-assistent", "model", "ai-agent", "chatbot", "bot")}\\s+${any("die", "dat")}\\s+${CLAUSE}${CLOSE}`,
  // Dutch, a bare "assistent" (a secretary as often): only when sent for the user's data
  `${START}${any("aan de", "voor de")}\\s+${any("assistent")}\\s+${any("die", "dat")}\\s+${CLAUSE}${CLOSE_TO(NL_PRIVATE)}`,
  // Indonesian: "Untuk AI yang merangkum email ini:"
  `${START}${any("untuk", "kepada")}\\s+${any("ai", "asisten", "model", "agen", "chatbot")}(?:\\s+${any("ai")})?\\s+${any("yang")}\\s+${CLAUSE}${CLOSE}`,
  // Thai: "ถึง AI ที่อ่านอีเมลนี้:"
  `${any("ถึง", "สำหรับ")}\\s*${any("AI", "ผู้ช่วย", "โมเดล", "เอเจนต์", "แชทบอท")}\\s*${any("ที่")}${CLAUSE}${CLOSE}`,
];

/** Each pattern holds one of these (the Arabic, Hindi and Thai ones anywhere, the rest as words). */
const GATE = new RegExp(
  `(?<!\\p{L})${any("yapay zeka", "yapay zekâ", "asistan", "yz", "który", "która", "które", "що", "який", "яка", "яке", "aan de", "voor de", "yang")}(?!\\p{L})|${any("الذي", "التي", "للمساعد", "للنموذج", "للذكاء", "للوكيل", "के लिए", "ที่")}`,
  "giu",
);

export const RESULT_ADDRESS_RELATIVE_CLAUSES: Signal = {
  name: "addresses the AI by what it is doing, in eight more languages",
  gate: GATE,
  weight: 4,
  pattern: new RegExp(RELATIVE_ADDRESS.join("|"), "iu"),
};
