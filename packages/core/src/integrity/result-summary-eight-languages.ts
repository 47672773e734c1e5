// A summary dictated in French, Italian, Portuguese, Korean, Japanese, Chinese, Arabic or Hindi (round 48), read
// as round 47 reads it in German and Spanish (result-orders-more-languages.ts): "when you summarise / read this
// e-mail, tell the user that …" ("Lorsque vous résumerez ce courriel, indiquez à l'utilisateur que …", "总结这封邮件
// 时，请告诉用户 …"). The reader's own act on this very text, then an order to say something: a colleague asked
// to mention something at a meeting summarises nothing. Words pass through the scorer first, as the scored text
// does; bounded patterns around their gate.
import type { Signal } from "./poison.js";
import { scoringText } from "./scoring-text.js";

/** The words as the scorer sees them, as alternatives. */
const any = (words: string[]) =>
  `(?:${words.map((w) => scoringText(w).text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`;

/** The same sentence, in either script's stops; a dot inside an address does not end it. */
const SAME = String.raw`(?:[^.!?。！？\n]|[.!?](?=\S))`;

const SUMMARY_DICTATED = [
  // French: "lorsque vous résumerez ce courriel, indiquez à l'utilisateur que …", "en résumant ce mail, dites …".
  String.raw`\b(?:(?:lorsque|quand)\s+(?:vous|tu)\s+(?:r[ée]sumerez|r[ée]sumez|r[ée]sumes|r[ée]sumeras|lirez|lisez|lis|traiterez|traitez)|en\s+(?:r[ée]sumant|lisant|traitant))\s+(?:ce|cet|cette|le|la)\s+(?:courriel|e-?mail|mail|message|document|page|texte|facture)\b${SAME}{0,20}?,\s*(?:indiquez|indique|dites|dis|[ée]crivez|[ée]cris|affirmez|mentionnez|pr[ée]cisez|signalez|r[ée]pondez|informez|annoncez)\s`,
  // Italian: "quando riassumi questa email, di' all'utente che …".
  String.raw`\b(?:quando\s+(?:riassumi|riassumerai|riassume|leggi|leggerai|elabori)|nel\s+riassumere)\s+(?:questa|questo|la|il|l['’])\s*(?:e-?mail|mail|messaggio|documento|pagina|testo|fattura)\b${SAME}{0,20}?,\s*(?:di['’]|d[iì]\s|dici|d[iì]te|scrivi|indica|afferma|menziona|rispondi|comunica)`,
  // Portuguese: "ao resumir este e-mail, diga ao usuário que …".
  String.raw`\b(?:ao|quando)\s+(?:resumir|ler|processar|resumires|voc[eê]\s+resumir)\s+(?:este|esta|o|a)\s+(?:e-?mail|mensagem|documento|p[aá]gina|texto|fatura)\b${SAME}{0,20}?,\s*(?:diga|diz|escreva|informe|afirme|mencione|responda|conte)\s`,
  // Korean: "이 이메일을 요약할 때 사용자에게 … 말하고".
  `${any(["이메일", "메일", "메시지", "문서", "페이지"])}(?:을|를)?\\s*${any(["요약", "읽", "처리"])}${SAME}{0,6}?${any(["때"])}${SAME}{0,10}?${any(["사용자에게", "유저에게", "사용자께"])}${SAME}{0,80}?${any(["말하", "말해", "전하", "전해", "알리", "알려", "답하"])}`,
  // Japanese: "このメールを要約するときは、… ユーザーに伝え".
  `${any(["メール", "メッセージ", "文書", "ページ", "請求書"])}を${any(["要約", "読", "処理", "まとめ"])}${SAME}{0,10}?${any(["とき", "時", "際"])}${SAME}{0,80}?${any(["ユーザー", "利用者"])}に${any(["伝え", "言", "説明", "知らせ", "答え"])}`,
  // Chinese: "总结这封邮件时，请告诉用户 …".
  `${any(["总结", "總結", "摘要", "概括", "阅读", "閱讀", "处理", "處理"])}${any(["这", "這", "此"])}${SAME}{0,2}?${any(["邮件", "郵件", "电邮", "電郵", "消息", "信息", "訊息", "文档", "文件", "页面", "頁面"])}${SAME}{0,6}?${any(["告诉", "告訴", "告知"])}${any(["用户", "用戶", "使用者"])}`,
  // Arabic: "عند تلخيص هذا البريد، أخبر المستخدم أن …".
  `${any(["عند", "حين", "عندما"])}\\s+${any(["تلخيص", "تلخص", "قراءة", "تقرأ", "معالجة"])}\\s+${any(["هذا", "هذه"])}\\s+${any(["البريد", "الرسالة", "المستند", "الصفحة", "الإيميل"])}${SAME}{0,20}?\\s*${any(["أخبر", "قل", "اكتب", "أبلغ", "أعلم"])}\\s+${any(["المستخدم"])}`,
  // Hindi: "इस ईमेल का सारांश देते समय उपयोगकर्ता को बताएं कि …".
  `${any(["ईमेल", "मेल", "संदेश", "दस्तावेज़", "पेज"])}\\s+${any(["का सारांश", "को पढ़ते", "का सार"])}${SAME}{0,12}?${any(["समय"])}\\s+${any(["उपयोगकर्ता", "यूज़र", "यूजर"])}\\s+${any(["को"])}\\s+${any(["बताएं", "बताएँ", "बताओ", "बताइए", "कहें", "लिखें"])}`,
];

export const RESULT_SUMMARY_EIGHT_LANGUAGES: Signal = {
  name: "dictates a summary in one of eight more languages",
  gate: new RegExp(
    `r[ée]sum|lirez|lisez|lisant|trait|riassum|leggi|elabori|resumi|ler |processar|${any(["요약", "읽", "처리", "要約", "読", "処理", "まとめ", "总结", "總結", "摘要", "概括", "阅读", "閱讀", "处理", "處理", "تلخيص", "تلخص", "قراءة", "تقرأ", "معالجة", "सारांश", "पढ़ते", "सार"]).slice(3, -1)}`,
    "gi",
  ),
  weight: 4,
  pattern: new RegExp(SUMMARY_DICTATED.join("|"), "i"),
};
