// A one-time code named by how it reached its holder: "the code we sent", "the code texted to you", "the code
// from WhatsApp", "the code read out in our automated call", "We sent you a code", "el código que te enviamos
// por SMS", "den Code, den wir Ihnen per SMS gesendet haben". A code the service just sent over a channel is the
// second factor that releases a login or a transfer, however the sign-in page words its coming; so the reading
// is of a shape, not of a list of phrases: a code word, then only small words (pronouns, determiners,
// auxiliaries, prepositions), then a verb of sending or, after a preposition, a channel; or such a verb, small
// words, then the code word. The sender may be named between the code and the verb ("the code your bank sent",
// "the code Apple sent to your iPhone"), and the message that holds the code between the verb and the code
// ("We sent you a text message with a code"). A code of a kind (a gift card's, a reference, a ticket) has its kind's word before
// it, or, in the languages that put it after ("código promocional"), between it and its coming, and is not one.
// Words are read as credential-words.ts reads a text: lower case, accents off ("reçu" is "recu").

/** Words for a code or its digits. */
const CODE_WORDS = new Set([
  ...["code", "codes", "digits", "codigo", "codigos", "codice", "codici"],
  // the digits in the other languages ("los seis dígitos que te enviamos", "les 6 chiffres reçus par SMS")
  ...["digitos", "chiffres", "cifre", "ziffern"],
]);
/** Words for a number, a code only when counted by its digits ("the 6-digit number we texted you"). */
const NUMBER_WORDS = new Set(["number", "numero", "nummer", "zahl"]);
/**
 * A digit count spelled out, which stands before "digits" as a figure does ("the six digits we texted you"):
 * the counts a one-time code has, in each language read.
 */
const COUNT_WORDS = new Set([
  ...["four", "five", "six", "seven", "eight", "cuatro", "cinco", "seis", "siete", "ocho"],
  ...["quatro", "sete", "oito", "quatre", "cinq", "sept", "huit", "quattro", "cinque", "sei", "sette"],
  ...["otto", "vier", "funf", "fuenf", "sechs", "sieben", "acht"],
]);

/** English verbs that say the code was sent or came (past tense or participle; "read" only as "read out"). */
const ENGLISH_SENT_VERBS = new Set([
  "sent",
  "texted",
  "emailed",
  "mailed",
  "messaged",
  "received",
  "delivered",
  "called",
  "pushed",
]);
/** Those verbs in every language read. */
const SENT_VERBS = new Set([
  ...ENGLISH_SENT_VERBS,
  ...[
    "enviamos",
    "enviado",
    "enviada",
    // the sender's own past tense, Spanish and Portuguese ("que te envió tu banco", "que o seu banco enviou")
    "envio",
    "enviaron",
    "mando",
    "mandaron",
    "enviou",
    "enviaram",
    "mandou",
    "mandaram",
    "recibido",
    "recibiste",
    "mandamos",
    "mandado",
    "recebido",
    "recebeu",
  ],
  ...["gesendet", "geschickt", "zugeschickt", "gesandt", "zugesandt", "erhalten", "bekommen"],
  ...[
    "envoye",
    "envoyee",
    "envoyes",
    "envoyees",
    "recu",
    "recue",
    "recus",
    "transmis",
    "inviato",
    "inviata",
    "ricevuto",
    "ricevuta",
  ],
]);
/**
 * Verbs of arriving: after them "to" names where the code came ("the code that came to your phone by SMS"),
 * as "by" or "on" does after any ("the code that arrived on your phone"); a code that "came with your order"
 * or "came in the box" names no channel, and is no second factor.
 */
const ARRIVAL_VERBS = new Set([
  ...["arrived", "arrives", "arrive", "came", "comes", "come", "landed", "lands"],
  ...["llego", "llega", "llegado", "chegou", "chega", "chegado", "arrivee", "parvenu", "arrivato"],
  ...["arrivata", "arriva", "giunto", "angekommen", "eingegangen", "ankam", "kam", "kommt"],
]);
/** The prepositions of arriving that say where, not by what ("to your phone", "a tu teléfono", "an dein Handy"). */
const ARRIVED_AT = new Set(["to", "at", "onto", "a", "al", "ao", "an", "auf"]);
/**
 * Words that say where a code was seen, how it was got or that it arrived, but not that it was sent: they
 * stand between a code word and its coming only when a channel follows ("the code shown in the SMS", "the code
 * you got by text", "the code you see in the text message", "the code that arrived by SMS", round 41).
 */
const SEEN_OR_GOT = new Set([
  ...["shown", "displayed", "given", "provided", "contained", "included", "appearing", "appears"],
  ...["got", "gotten", "get", "gets", "see", "sees", "saw", "seen", "find", "found", "read"],
  ...ARRIVAL_VERBS,
  // Spanish, Portuguese, French, Italian and German: seen, shown, got in the present
  ...["ves", "ve", "veas", "aparece", "aparecio", "recibes", "recibe", "recibiras", "mostrado", "mostrada"],
  ...["recebe", "recebes", "vois", "voyez", "affiche", "recois", "recevez", "recevrez"],
  ...["vedi", "vede", "appare", "ricevi", "riceve", "siehst", "sehen", "angezeigt", "erhaltst"],
]);
/**
 * A sender named between a code word and its verb is a short noun phrase: at most this many words ("your
 * bank", "Apple", "the Acme Bank team"), none of NOT_A_SENDER, with no preposition between it and the verb,
 * and either before an English verb or after a relative pronoun that follows the code word: English drops the
 * relative pronoun ("the code [that] your bank sent"), while German, Spanish, French, Italian and Portuguese
 * keep it ("den Code, den Ihre Bank Ihnen geschickt hat", "le code que votre banque vous a envoyé", round 41)
 * and put a code's kind between the code word and it ("el código promocional que te enviamos", which is no
 * second factor).
 */
const MOST_SENDER_WORDS = 3;
/** Relative pronouns that open the clause saying how a code came ("den", "que", "qui", "che"). */
const RELATIVES = new Set(["que", "qui", "che", "den", "der", "die", "das", "welche", "welchen", "welches"]);
/** Words that join clauses or name a purpose, not part of a sender's name ("the code you wrote and we …"). */
const NOT_A_SENDER = new Set([
  ...["and", "or", "but", "nor", "if", "then", "so", "because", "when", "while", "not", "no", "to", "for"],
  ...["of", "with", "at", "as", "into", "about", "than", "after", "before", "until", "below", "above"],
]);
/** Words that tie a channel to the code it holds ("a text message with a code", "an email containing your code"). */
const HOLDING = new Set(["with", "containing", "holding", "including", "mit", "con", "com", "avec"]);
/** Words after "read" that make it a way of sending ("the code read out in our automated call"). */
const READ_ALOUD = new Set(["out", "aloud"]);

/**
 * The channels a code comes over: after a preposition ("by SMS", "from WhatsApp", "in our automated call").
 * A name in camel case is read as its words: "WhatsApp" as "whats app", "iMessage" as "i message".
 */
const CHANNELS = new Set([
  ...[
    "sms",
    "text",
    "texts",
    "email",
    "emails",
    "mail",
    "message",
    "messages",
    "whatsapp",
    "whats",
    "signal",
    "telegram",
  ],
  ...["viber", "imessage", "push", "notification", "call", "voice", "phone", "mobile", "device"],
  // the phone in the other languages ("que llegó a tu teléfono", "der an dein Handy kam")
  ...["telefono", "telefone", "telephone", "movil", "celular", "portable", "cellulare", "handy"],
  ...["mensaje", "mensagem", "correo", "llamada", "ligacao", "nachricht", "anruf", "courriel", "appel"],
]);
/**
 * Words after a channel's that make it a thing on the page or an address, not the channel ("the code in the
 * text box", "your email address", "your phone number").
 */
const NOT_THE_CHANNEL = new Set([
  "box",
  "field",
  "area",
  "input",
  "editor",
  "below",
  "above",
  "address",
  "number",
]);

/** Prepositions before a channel the code came by ("to" and "with" say where it goes or what goes with it). */
const PREPOSITIONS = new Set([
  ...["by", "via", "over", "through", "from", "in", "on", "per", "inside"],
  ...["por", "pelo", "pela", "en", "em", "no", "na", "uber", "mit", "im", "aus", "von", "par", "dans", "sur"],
  ...["tramite", "nel", "nella"],
]);

/** Small words that may stand between a code word and its coming: pronouns, determiners, auxiliaries. */
const SMALL_WORDS = new Set([
  ...["we", "you", "i", "us", "me", "your", "our", "the", "a", "an", "this", "that", "which", "it", "them"],
  ...[
    "was",
    "were",
    "is",
    "has",
    "have",
    "had",
    "ve",
    "d",
    "been",
    "will",
    "just",
    "recently",
    "already",
    "e",
  ],
  ...["que", "te", "le", "les", "lo", "la", "el", "los", "las", "tu", "su", "un", "una", "hemos", "ha", "se"],
  ...["o", "os", "as", "voce", "lhe", "seu", "sua", "nosso", "foi", "acabamos", "um", "uma"],
  ...["den", "der", "die", "das", "wir", "ihnen", "dir", "ihr", "ihre", "ihren", "sie", "ein", "einen"],
  ...["eine", "soeben", "gerade", "haben", "hat", "wurde", "worden", "welche", "welchen", "welches"],
  // German's informal address: "den du per SMS erhalten hast", "den wir dir geschickt haben".
  ...["du", "hast", "hattest", "dein", "deine", "deinen", "euch", "habt", "eben"],
  ...["nous", "vous", "t", "avons", "ete", "votre", "ton", "une", "l", "qui"],
  ...["il", "che", "ti", "vi", "abbiamo", "appena", "tuo"],
]);
/** How many small words may stand between a code word and its coming. */
const MOST_BETWEEN = 7;

/**
 * The words that may stand before a code word for it to be a bare code, a one-time code: a determiner, the
 * digit count ("digit", a number), or the verb that asks for it ("Enter code we sent to your phone"). Any other
 * word names a kind of code a service sends honestly: a promo, gift card, reference, ticket or tracking code.
 */
const BARE_CODE = new Set([
  ...["the", "a", "your", "this", "that", "our", "new", "digit"],
  ...["enter", "type", "paste", "input", "provide", "submit", "confirm", "use", "insert", "give", "share"],
  ...["send", "tell", "with", "and", "or", "please"],
  // Spanish, Portuguese, German, French and Italian: the determiners and the verbs that ask.
  ...["el", "la", "tu", "su", "este", "o", "seu", "teu", "den", "der", "das", "ihren", "deinen", "diesen"],
  ...["le", "votre", "ton", "ce", "il", "lo", "tuo", "suo"],
  ...["introduce", "introduzca", "ingresa", "ingrese", "escribe", "escriba", "digite", "digita", "insira"],
  ...["informe", "introduza", "entrez", "saisissez", "tapez", "geben", "gib", "eingeben", "inserisci"],
]);
const bareBefore = (word: string | undefined): boolean =>
  word === undefined || BARE_CODE.has(word) || COUNT_WORDS.has(word) || /^[0-9]+$/.test(word);

/** Whether the word at `i` says the code was sent: a verb of sending, or "read out". */
function sentVerbAt(words: readonly string[], i: number): boolean {
  const word = words[i] ?? "";
  return SENT_VERBS.has(word) || (word === "read" && READ_ALOUD.has(words[i + 1] ?? ""));
}

/** Whether the word at `i` is a channel (not "text" that names a box on the page, nor an address). */
function channelAt(words: readonly string[], i: number): boolean {
  return CHANNELS.has(words[i] ?? "") && !NOT_THE_CHANNEL.has(words[i + 1] ?? "");
}

/**
 * How many words from `at` name a code the service sent, or undefined: a bare code word and its coming after
 * it ("code we sent", "code from the push"), or a verb of sending and the code word after it ("sent you a
 * code", "texted you a 6 digit code", "sent you a text message with a code").
 */
export function sentCodeAt(words: readonly string[], at: number): number | undefined {
  if (CODE_WORDS.has(words[at] ?? "")) return bareBefore(words[at - 1]) ? comingAfter(words, at) : undefined;
  // "the 6-digit number we texted you": a number is a code when its digits are counted.
  if (NUMBER_WORDS.has(words[at] ?? "") && words[at - 1] === "digit") return comingAfter(words, at);
  if (!sentVerbAt(words, at)) return undefined;
  // The message sent, named as the object, may hold the code: "a text message with a code", "an SMS code".
  let channelNamed = false;
  for (let i = at + 1; i < words.length && i - at <= MOST_BETWEEN + 1; i++) {
    const word = words[i] ?? "";
    if (CODE_WORDS.has(word)) return i - at + 1;
    if (channelAt(words, i)) channelNamed = true;
    else if (channelNamed && HOLDING.has(word)) continue;
    else if (!SMALL_WORDS.has(word) && word !== "digit" && !/^[0-9]+$/.test(word)) return undefined;
  }
  return undefined;
}

/**
 * How many words from the code word at `at` reach a word that says how it came, or undefined: small words
 * between, a word of seeing or getting when a channel follows, or a sender's short name when a verb of
 * sending follows it ("the code your bank texted you").
 */
function comingAfter(words: readonly string[], at: number): number | undefined {
  let afterPreposition = false;
  let afterRelative = false;
  let afterArrival = false;
  let senderWords = 0;
  for (let i = at + 1; i < words.length && i - at <= MOST_BETWEEN + 1; i++) {
    // A verb of sending after a preposition is a noun ("el código que aparece en tu envío"): only a channel
    // says how the code came there.
    if (sentVerbAt(words, i)) {
      if (afterPreposition) return undefined;
      if (senderWords === 0) return i - at + 1;
      const senderMayStand = afterRelative || ENGLISH_SENT_VERBS.has(words[i] ?? "");
      return senderMayStand ? i - at + 1 : undefined;
    }
    if (afterPreposition && channelAt(words, i)) return senderWords === 0 ? i - at + 1 : undefined;
    const word = words[i] ?? "";
    if (senderWords === 0 && RELATIVES.has(word)) afterRelative = true;
    if (senderWords === 0 && ARRIVAL_VERBS.has(word)) afterArrival = true;
    if (PREPOSITIONS.has(word) || (afterArrival && ARRIVED_AT.has(word))) afterPreposition = true;
    else if (SMALL_WORDS.has(word) || SEEN_OR_GOT.has(word)) continue;
    else if (afterPreposition || NOT_A_SENDER.has(word) || ++senderWords > MOST_SENDER_WORDS)
      return undefined;
  }
  return undefined;
}
