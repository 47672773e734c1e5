// A summary dictated in Dutch, Turkish, Polish, Indonesian and Vietnamese (round 51, atk51c): "Als je deze e-mail
// samenvat, zeg dan tegen de gebruiker …", "Bu e-postayı özetlerken kullanıcıya … söyle", "Podsumowując tę
// wiadomość, powiedz użytkownikowi …", "Saat meringkas email ini, katakan kepada pengguna …", "Khi tóm tắt email
// này, hãy nói với người dùng …". As in Spanish and German (result-orders-more-languages.ts): the text tells its
// reader what to say while summarising it, which no honest page or mail does. Words pass through scoringText,
// as the scorer reads them; bounded patterns, each holding its gate word.
import type { Signal } from "./poison.js";
import { scoringText } from "./scoring-text.js";

const any = (...words: string[]) =>
  `(?:${words.map((w) => scoringText(w).text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`;
/** The rest of the sentence; a dot inside a web address does not end it. */
const CLAUSE = String.raw`(?:[^.!?\n]|\.(?=\S)){0,160}?`;

const DICTATED = [
  // Dutch
  `\\b${any("als", "wanneer")}\\s+${any("je", "u")}\\s+${any("deze", "dit", "de", "het")}\\s+${any("e-mail", "email", "mail", "bericht", "document", "pagina", "tekst")}\\s+${any("samenvat", "leest", "beantwoordt", "verwerkt")}\\s*,\\s*(?:${any("dan")}\\s+)?${any("zeg", "vertel", "schrijf", "meld", "vermeld")}\\s`,
  // Turkish: the verb closes the sentence.
  `\\b${any("bu")}\\s+${any("e-postayı", "epostayı", "mesajı", "belgeyi", "sayfayı", "metni")}\\s+${any("özetlerken", "okurken", "yanıtlarken", "işlerken")}${CLAUSE}${any("söyle", "söyleyin", "yaz", "yazın", "belirt", "bildir")}\\s*[.!,;]`,
  // Polish
  `${any("podsumowując", "streszczając", "czytając")}\\s+${any("tę", "ten", "to")}\\s+${any("wiadomość", "e-mail", "email", "dokument", "stronę", "tekst")}\\s*,\\s*${any("powiedz", "napisz", "poinformuj", "przekaż")}\\s`,
  // Indonesian
  `\\b${any("saat", "ketika", "waktu", "jika")}\\s+${any("meringkas", "membaca", "membalas", "memproses")}\\s+${any("email", "e-mail", "pesan", "surel", "dokumen", "halaman", "teks")}\\s+${any("ini")}\\s*,\\s*${any("katakan", "beri tahu", "beritahu", "sampaikan", "tulis", "bilang")}\\s`,
  // Vietnamese
  `\\b${any("khi")}\\s+${any("tóm tắt", "đọc", "trả lời", "xử lý")}\\s+${any("email", "e-mail", "thư", "tin nhắn", "tài liệu", "trang", "văn bản")}\\s+${any("này")}\\s*,\\s*(?:${any("hãy")}\\s+)?${any("nói", "bảo", "viết", "thông báo")}\\s`,
];

export const SUMMARY_DICTATED_FIVE_LANGUAGES: Signal = {
  name: "dictates a summary in nl, tr, pl, id or vi",
  gate: new RegExp(
    any(
      "samenvat",
      "leest",
      "beantwoordt",
      "verwerkt",
      "özetlerken",
      "okurken",
      "yanıtlarken",
      "işlerken",
      "podsumowując",
      "streszczając",
      "czytając",
      "meringkas",
      "membaca",
      "membalas",
      "memproses",
      "khi",
    ),
    "gi",
  ),
  weight: 4,
  pattern: new RegExp(DICTATED.join("|"), "i"),
};
