// "Instructions for the AI assistant:" in Turkish, Vietnamese, Indonesian, Polish, Ukrainian, Persian and Thai
// (round 49), read as result-output-cues.ts reads it in nine other languages: a note, an instruction or a
// message for the assistant, the model or the AI agent, closed by a colon or a dash as a label is. Without the
// label's close the same words title a manual ("Instrukcja dla asystenta głosowego" is a product's guide); a
// person's title ("Asystan: Ayşe Yılmaz") names no AI. Words pass through the scorer first, as the scored text
// does (Cyrillic mapped to Latin look-alikes, Thai marks taken off); bounded patterns around their gate.
import type { Signal } from "./poison.js";
import { scoringText } from "./scoring-text.js";

/** The words as the scorer sees them, as alternatives. */
const any = (...words: string[]) =>
  `(?:${words.map((w) => scoringText(w).text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`;

const START = String.raw`(?<!\p{L})`;
/** The label's close: a colon or a dash, perhaps after "AI". */
const CLOSE = String.raw`(?:\s*(?:ai|AI|yapay zeka|YZ|SI|ШІ))?\s*[:：\u2013\u2014-]`;

const NOTE_FOR_THE_AI = [
  // Turkish: "Asistan için talimat:", "Yapay zeka asistanı için not:", "Yapay zekaya not:".
  `${START}(?:${any("yapay zeka", "yz", "ai")}\\s+)?${any("asistan", "asistanı", "model", "modeli", "ajan", "ajanı")}\\s+${any("için")}\\s+${any("talimat", "talimatlar", "not", "mesaj", "uyarı", "yönerge", "bilgi")}\\s*[:：\u2013\u2014-]|${START}${any("yapay zekaya", "asistana", "modele", "ajana")}\\s+${any("not", "talimat", "mesaj", "uyarı")}\\s*[:：\u2013\u2014-]`,
  // Vietnamese: "Hướng dẫn cho trợ lý AI:", "Lưu ý gửi mô hình:".
  `${START}${any("hướng dẫn", "lưu ý", "ghi chú", "chỉ thị", "thông điệp", "tin nhắn", "chỉ dẫn")}\\s+${any("cho", "gửi", "dành cho")}\\s+${any("trợ lý", "mô hình", "tác nhân", "chatbot", "ai")}${CLOSE}`,
  // Indonesian: "Instruksi untuk asisten AI:", "Catatan bagi model:".
  `${START}${any("instruksi", "catatan", "pesan", "perhatian", "petunjuk", "perintah")}\\s+${any("untuk", "bagi", "kepada")}\\s+${any("asisten", "model", "agen", "chatbot", "ai")}${CLOSE}`,
  // Polish: "Instrukcja dla asystenta AI:", "Uwaga dla modelu -".
  `${START}${any("instrukcja", "instrukcje", "notatka", "uwaga", "wiadomość", "polecenie", "informacja")}\\s+${any("dla")}\\s+${any("asystenta", "modelu", "agenta", "chatbota", "ai", "si")}${CLOSE}`,
  // Ukrainian: "Інструкція для асистента:", "Примітка для моделі ШІ:".
  `${START}${any("інструкція", "інструкції", "примітка", "повідомлення", "нотатка", "увага", "вказівка")}\\s+${any("для")}\\s+${any("асистента", "моделі", "агента", "бота", "ші")}${CLOSE}`,
  // Persian: "دستورالعمل برای دستیار هوش مصنوعی:", "یادداشت برای مدل:".
  `${any("دستورالعمل", "یادداشت", "پیام", "توجه", "دستور", "راهنما")}\\s+${any("برای", "به")}\\s+${any("دستیار", "مدل", "عامل", "هوش مصنوعی")}(?:\\s+${any("هوش مصنوعی")})?\\s*[:：\u2013\u2014-]`,
  // Thai: "คำสั่งสำหรับผู้ช่วย AI:", "หมายเหตุถึงโมเดล:".
  `${any("คำสั่ง", "หมายเหตุ", "ข้อความ", "คำแนะนำ")}\\s*${any("สำหรับ", "ถึง")}\\s*${any("ผู้ช่วย", "โมเดล", "เอเจนต์", "แชทบอท", "ai", "AI")}${CLOSE}`,
];

/**
 * The gate's words outside Thai stand apart in every match (a blank, or the label's start, on either side), so
 * the gate asks for them as words: as bare letters "cho" opened every signal's pattern for any text holding
 * "echo", "anchor" or "school" (a short result then cost 36 instead of 6 µs of CPU). Thai is written without
 * blanks between words: its gate words are asked for anywhere.
 */
const GATE_WORDS = any(
  "için",
  "cho",
  "untuk",
  "bagi",
  "kepada",
  "dla",
  "для",
  "برای",
  // Persian's other "for"/"to" of the label ("یادداشت به مدل:"): the pattern takes it, so the gate must ask for it.
  "به",
  "asistana",
  "yapay zekaya",
  "modele",
  "ajana",
);

export const RESULT_ADDRESS_MORE_LANGUAGES: Signal = {
  name: "addresses the assistant in one of seven more languages",
  gate: new RegExp(`(?<!\\p{L})${GATE_WORDS}(?!\\p{L})|${any("สำหรับ", "ถึง")}`, "giu"),
  weight: 4,
  pattern: new RegExp(NOTE_FOR_THE_AI.join("|"), "iu"),
};
