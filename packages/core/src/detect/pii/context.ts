// What the words around a number say it is. A number is often recognisable only by its label ("fax",
// "SSN", "order no.") or by what follows it (a street name after a house number), and the same digits
// mean different things under different labels. Each test reads a bounded window, so scanning stays linear.

// A label names a phone number before it ("Phone:", "call me at"), possibly on the line before, as in
// forms and business cards; in the languages of the default regions too (tlf, puh., GSM, Natel, komórka,
// "ring mig på", "appelez", "llame al", "chiamami", "zadzwoń", "erreichbar unter"). "tel", "mob" and "cell"
// also start Telefoon, Telefono, mobiel, Mobilnummer and cellulare.
const PHONE_LABEL_BEFORE =
  /(?:\b(?:phone|tel|telephone|mobile|mob|cell|cellphone|fax|call|sms|whatsapp|contact|dial|handy|telefon|téléphone|tél|portable|móvil|celular|cellulare|hotline|helpline|toll-?free|freephone|tlf|puh|gsm|natel|komórk|ring|appel(?:ez|er|le)?\b|joignable|llam(?:a|e|ar)\b|chiam|zadzwo|anruf|erreichbar)[^0-9]{0,24}|\b(?:office|desk|home|work|direct|landline|reception|switchboard)\s*:\s*|\b(?:my|your|his|her|our|their)\s+(?:(?:phone|mobile|cell|contact|home|work|office|direct|fax|telephone|landline|(?!id\b|no\b)[a-z]{2})\s+)?number(?: is)?\s*:?\s*|\b(?:reach|text|ring)(?:ed|able)?\s+(?:me|us|him|her|them)?\s*(?:at|on)\s*|\breach\s+(?:[a-z]+\s+){1,4}?(?:at|on)\s*|\b(?:voicemail|voice mail|answering machine)[^0-9]{0,24}|\banswer(?:ed|ing)\s+at\s*)$/i;
// (Between the possessive and "number" only a phone word or a country code: "your policy number" is not one.)
// A voicemail or an answering machine is a telephone's, and a line answered "at" a number is one
// ("nobody is answering at 785 8949"); "answer" alone is not ("the answer: 123 4567").
// The same labels in the world's other large scripts and languages, where a word boundary (\b, ASCII only)
// cannot mark the start of a word: Thai and Chinese write words without spaces (โทร, also the start of
// โทรศัพท์, but not of โทรทัศน์, television; 电话, 手机, 联系), as do Japanese (電話, 携帯) and Korean (전화,
// 연락처); Cyrillic, Greek, Arabic, Persian, Hebrew, Devanagari and Vietnamese labels are matched whole.
const PHONE_LABEL_BEFORE_OTHER_SCRIPTS =
  /(?:โทร(?!ทัศน์)|มือถือ|เบอร์|แฟกซ์|ติดต่อ|电话|電話|手机|手機|座机|传真|傳真|联系|聯絡|聯繫|携帯|ケータイ|전화|휴대폰|핸드폰|연락처|팩스|(?<!\p{L})(?:тел(?:ефон|\.|:|\s)|моб(?:ильн|\.|:)|факс|звон|τηλ|κινητ|هاتف|جوال|موبايل|اتصل|فاكس|تلفن|טלפון|נייד|פקס|फ़ोन|फोन|मोबाइल|संपर्क|điện thoại|s?đt\b))[^0-9]{0,24}$/iu;
// …or right after it on the same line, as in address blocks and signatures ("455 6186 office", "…-Fax"). A
// word followed by a colon labels the value after it ("PESEL: 61042798434\nTel.: +48 …"), not this one.
const PHONE_LABEL_AFTER =
  /^[ \t]?[-(,]?[ \t]?(?:phone|tel|telephone|mobile|mob|cell|fax|office|home|work|direct|landline|whatsapp)\b(?!\.?[ \t]*:)/i;

import { quantity } from "./quantity.js";
import { cardBrand } from "./card.js";
import { luhn } from "../validators.js";

// A number called something else is not a phone number, whatever its digits: identifiers and codes, in
// English and under the names the default phone regions give them (tax, company-register, personal and
// document numbers; invoices, orders and case files), with the word for "number" in those languages.
const NATIONAL_IDENTIFIERS = String.raw`pesel|regon|dowodu?|paszport|prawo jazdy|sygn\.?|steuer-?id|steuernummer|st\.?-?nr|ust-?id(?:nr)?|idnr|personalausweis|ausweis|reisepass|führerschein|sozialversicherungs(?:nummer)?|sv-?nummer|kunden-?(?:nummer|nr)|rechnungs-?(?:nummer|nr)|auftrags-?(?:nummer|nr)|bestell-?(?:nummer|nr)|aktenzeichen|handelsregister|facture|commande|dossier|factura|pedido|expediente|codice fiscale|partita iva|p\.? ?iva|fattura|ordine|pratica|factuur|bestelling|klantnummer|personnummer|fødselsnummer|henkilötunnus|hetu|org\.? ?nr|organisationsnummer|national insurance|aadhaar|gstin|medicare`;
const NUMBER_WORD = String.raw`number|num|no\.?|nr\.?|n°|#|nummer|numéro|número|numero|numer`;
// One word may stand between the name and the colon, whose it is ("NIP Wykonawcy:", "PESEL pacjenta:",
// "REGON czternastocyfrowym:"), unless it is a phone word ("NIP telefon:" lists two values).
const PHONE_WORDS = String.raw`(?:tel|phone|mob|cell|fax|gsm|handy|kom|kontakt|contact|call)`;
const IDENTIFIER_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}])(?:${NATIONAL_IDENTIFIERS})(?:'?s)?(?:\s*(?:${NUMBER_WORD}))?(?:\s+(?!${PHONE_WORDS})\p{L}+(?=\s*:))?(?:\s*(?:is|was|:))?[^\p{L}\p{N}]{0,4}$`,
  "iu",
);
// Abbreviations that name such a number (NIP, KRS, TVA, DNI, NIF, CIF, BTW, AHV, UID, MwSt, CPF, NINO, UTR,
// TFN, ABN, EAN, UPC …) are written as an abbreviation is, in capitals; in lower or title case several are a
// person's name or a word of the text (Nino, Ean, Siren, a nip, btw), and "Nino: 07700 900123" or "Nino's
// card: 4111 …" is Nino's. So such a word labels a number only in capitals (two or more: MwSt, USt too), or
// with a word for number, registration or identification after it that is abbreviated or joined to it as a
// label's is (Btw-nr, Moms-nummer, Nif no., Vat reg.:, Kto.-Nr.), never in the possessive.
const IDENTIFIER_ABBREVIATIONS =
  "nip krs hrb siret siren tva dni nif cif nss bsn kvk btw cpr ahv avs uid mwst cpf cnpj nino utr tfn abn acn ean gtin upc".split(
    " ",
  );

/** The pattern of a label made of one of `words` (see labelledBy), in any case; its groups say how it is written. */
function abbreviationBefore(words: readonly string[]): RegExp {
  return new RegExp(
    String.raw`(?:^|[^\p{L}\p{N}])(${words.join("|")})('?s)?(?:[\s.-]*(reg(?:istration)?|id(?:ent(?:ification)?)?)\.?)?(?:([\s.-]*)(${NUMBER_WORD}))?(?:\s+(?!${PHONE_WORDS})(\p{L}+)(?=\s*:))?(?:\s*(?:is|was|:))?[^\p{L}\p{N}]{0,4}$`,
    "iu",
  );
}
/** Two capitals or more: an abbreviation written as one (NINO, ABI, MwSt, USt). */
const CAPITALS = /\p{Lu}[^]*\p{Lu}/u;
/** A word for number written short (no., Nr, n°, #), as a label abbreviates it. */
const SHORT_NUMBER_WORD = /^(?:no|nr|num|n°|#)\.?$/i;
/** A word for number joined to the label by a hyphen or a dot (Moms-nummer, Kto.-Nr.), as a compound is. */
const JOINED = /^[.-]+$/;

/**
 * Whether `pattern` (abbreviationBefore) finds a label at the end of `before` written as one: in capitals,
 * or with a registration's or a number's word after it and no possessive nor a word of its own. `anyCase`:
 * what follows says what the number is by itself (a VAT number's country prefix), and any case labels it.
 */
function labelledBy(pattern: RegExp, before: string, anyCase = false): boolean {
  const match = pattern.exec(before);
  if (match === null) return false;
  const [, word, possessive, registration, joint, numberWord, ownWord] = match;
  if (anyCase || CAPITALS.test(word as string)) return true;
  if (possessive !== undefined || ownWord !== undefined) return false;
  if (registration !== undefined) return true;
  return numberWord !== undefined && (JOINED.test(joint as string) || SHORT_NUMBER_WORD.test(numberWord));
}
const ABBREVIATED_IDENTIFIER_BEFORE = abbreviationBefore(IDENTIFIER_ABBREVIATIONS);

/** Whether the words before a number call it a national identifier, a company's or a document's number. */
function identifierLabelled(before: string): boolean {
  return IDENTIFIER_BEFORE.test(before) || labelledBy(ABBREVIATED_IDENTIFIER_BEFORE, before);
}
// What logs, trackers and build systems number: a job, a build, a run, an issue, a thread, a release, a
// shard or a packet ("Job 612 345 678", "Build no. 5512 345 678", "Port range 49152-65535"). Words that also
// name a phone number's place are left out: a file ("number on file"), a line, a cell, a message, a request
// ("callback request"), an attempt ("call attempt").
const RECORD_WORDS = String.raw`job|build|run|task|issue|incident|session|thread|process|event|worker|node|pr|pull request|version|revision|rev|release|commit|pipeline|deploy(?:ment)?|trace|span|queue|shard|partition|offset|sequence|seq|cluster|instance|container|object|document|item|product|article|chapter|sector|inode|frame|packet|txn|tx|hash|checksum|crc|range|step|error`;
// A port, also the range a port is chosen from ("NOTE: choose port between <30000-32767>", a chart's note on
// Kubernetes' node ports; "ports in 49152-65535").
const PORT_RANGE = String.raw`port(?:s?\s+(?:range\s+)?(?:between|from|in))?`;
// ("For reference", "for your reference" say the value is noted down, not what it is.)
const OTHER_NUMBER_BEFORE = new RegExp(
  String.raw`\b(?:${RECORD_WORDS}|zip|postal|post ?code|code|licen[cs]e|passport|account|acct|invoice|order|ref|(?<!\bfor (?:your |future )?)reference|reference(?=\s*(?:number|no\b|#))|serial|id|tin|tax|vat|ein|ssn|policy|member|customer|patient|ticket|tracking|case|claim|booking|confirmation|reservation|transaction|receipt|routing|record|badge|employee|student|voucher|coupon|batch|lot|sku|part|model|isbn|issn|mrn|npi|dea|imei|plate|vin|nhs|rfc|iso|${PORT_RANGE}|pid)(?:'?s)?(?:\s*(?:number|num|no\.?|nr\.?|#))?(?:\s*(?:is|was|:))?[^0-9a-z]{0,4}$`,
  "i",
);

// A bank account's number and its bank's code, as an invoice's or a letter's footer prints them beside the
// telephone ("Kontonummer: 0532 0130 00 · BLZ: 701 500 00", "Numer rachunku:", "número de cuenta:"), in the
// languages of the default phone regions. Phones only: a card number is the primary account number, so
// these words do not excuse a card (cardLookalike). The words that name nothing else are read in any case.
const BANK_NUMBER_WORDS = String.raw`konto(?:nummer|nr\.?)?|kto\.(?:-?nr\.?)?|bankleitzahl|bank ?code|sort ?code|routing|clearing(?:nummer|nr\.?)?|compte|code (?:banque|guichet)|cuenta|conta|conto|rekening(?:nummer)?|rachun(?:ek|ku)|konta|tilinumero|bankgiro|plusgiro`;
const BANK_NUMBER_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}])(?:${BANK_NUMBER_WORDS})(?:\s*(?:${NUMBER_WORD}))?(?:\s*(?:is|was|:))?[^\p{L}\p{N}]{0,4}$`,
  "iu",
);
// A VAT number, written with its country's prefix between the label and the digits ("USt-IdNr.: DE 123 456
// 789", "VAT reg. no.: GB 987 6543 21", "TVA : FR 40 303 265 045", "BTW-nr: NL …"): the label is read before
// the prefix.
const VAT_WORDS = String.raw`ust-?id(?:nr)?|ust\.?-?idnr|p\.? ?iva|partita iva|gstin`;
/** What may follow a VAT word: a registration or an identification, then a word for number. */
const VAT_NUMBER_WORD = String.raw`(?:[\s.-]*(?:reg(?:istration)?|id(?:ent(?:ification)?)?)\.?)?(?:[\s-]*(?:${NUMBER_WORD}))?`;
const VAT_NUMBER_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}])(?:${VAT_WORDS})${VAT_NUMBER_WORD}(?:\s*(?:is|was|:))?[^\p{L}\p{N}]{0,4}$`,
  "iu",
);
// The banks' and tax offices' abbreviations (ABI and CAB, Italy's bank and branch codes; BLZ, RIB, BSB, ABA,
// Kto; IVA, Moms, BTW, ALV, the VAT of Italy and Spain, Sweden and Denmark, the Netherlands, Finland) are
// read as the identifiers' are (see labelledBy): "Abi: 07700 900123" and "Moms: (415) 867-5309" are a phone
// list's; "ABI:", "IVA:", "Moms-nr:" and "Vat reg.:" label a bank's or a VAT number. A VAT number's country
// prefix in capitals (Moms: SE 556…) says what the number is by itself (see bankOrVatNumber).
const ABBREVIATED_BANK_NUMBER_BEFORE = abbreviationBefore([
  "kto",
  "blz",
  "aba",
  "bsb",
  "rib",
  "abi",
  "cab",
  "tili",
]);
const ABBREVIATED_VAT_NUMBER_BEFORE = abbreviationBefore(
  "vat ust mwst tva iva nif cif btw moms alv nip uid".split(" "),
);
/** A country's prefix in capitals, as VAT numbers are written: case-sensitive, unlike the labels. */
const COUNTRY_PREFIX = /(?<![\p{L}\p{N}])[A-Z]{2}[ \t-]?$/u;
/**
 * A number written as only a telephone's is, its area code in brackets or its country's code after a plus
 * ("(415) 867-5309", "+46 8 123 456"): no bank or tax office writes its numbers so, whatever the label.
 */
const PHONE_SHAPE = /^(?:\(\d{1,5}\)|\+)/;

/** Whether the words before a number call it a bank's account or code, or a VAT number. */
function bankOrVatNumber(text: string, start: number, before: string): boolean {
  if (PHONE_SHAPE.test(text.slice(start, start + 8))) return false;
  if (
    BANK_NUMBER_BEFORE.test(before) ||
    VAT_NUMBER_BEFORE.test(before) ||
    labelledBy(ABBREVIATED_BANK_NUMBER_BEFORE, before) ||
    labelledBy(ABBREVIATED_VAT_NUMBER_BEFORE, before)
  )
    return true;
  const prefix = COUNTRY_PREFIX.exec(before);
  if (prefix === null) return false;
  const label = before.slice(0, prefix.index);
  return VAT_NUMBER_BEFORE.test(label) || labelledBy(ABBREVIATED_VAT_NUMBER_BEFORE, label, true);
}

// The numbers of an address: after an apartment, suite or box word, or before a street (up to three words,
// the last a street type or a word ending in one, as Germanic compounds do: Mellemvej, Hauptstraße).
const ADDRESS_WORD_BEFORE =
  /\b(?:apt|apartment|suite|ste|unit|box|room|flat|floor|building|bldg)\.?\s*(?:#|no\.?)?\s*$/i;
const STREET_AFTER =
  /^[ ,]+(?:[\p{L}.'-]+ ){0,3}?(?:(?:st|str|street|ave|avenue|rd|road|ln|lane|blvd|boulevard|dr|drive|way|ct|court|pl|place|ter|terrace|cir|circle|pkwy|parkway|hwy|highway|sq|square|row|close|crescent|walk|suite|apt|unit)\b|\p{L}*(?:vej|gade|straße|strasse|gasse|weg|straat|laan|gatan|vägen|väg)\b)/iu;

const WINDOW = 40;

// Those labels are all outside printable ASCII: most text is not, and is spared their pattern.
const NON_ASCII = /[^\t\n\r -~]/;

export function phoneLabelled(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - WINDOW), start);
  return (
    PHONE_LABEL_BEFORE.test(before) ||
    (NON_ASCII.test(before) && PHONE_LABEL_BEFORE_OTHER_SCRIPTS.test(before)) ||
    PHONE_LABEL_AFTER.test(text.slice(end, end + 16))
  );
}

// A value called an IBAN or a bank account right before it ("IBAN:", "Numer rachunku:", "Kontonummer",
// "sent to account"), in the languages of the default phone regions, Polish "konto" in its cases too ("numer
// konta", "na koncie"). Only spaces and a label's punctuation stand between: in code, iban().parse("…") is a
// validator's test input, not an account.
const ACCOUNT_LABEL_BEFORE =
  /(?:\b(?:iban|account|acct|a\/c|konto\p{L}*|kont(?:a|u|em|ach|ami|om)|koncie|kontonummer|bankverbindung|bankkonto|rachun\p{L}*|nrb|compte|rib|cuenta|conta|conto|rekening|rekeningnummer|tilinumero|tili|bankgiro|bankrekening)\b|bank)\p{L}*(?:[\s:.,#'"=-]{1,8}\p{L}+){0,3}[\s:.,#'"=-]{0,8}$/iu;

export function accountLabelled(text: string, start: number): boolean {
  return ACCOUNT_LABEL_BEFORE.test(text.slice(Math.max(0, start - 48), start));
}

// A number called a device or parcel number a few words before it ("Phone IMEI for Registration: …") is
// neither a phone nor a card number: an IMEI is 15 digits with a Luhn check, as many card numbers are.
// For cards, an order, invoice or transaction number, or a national
// identifier (a 14-digit REGON), named right before it is that number, whatever its digits; "account number"
// is not among them, since a card number is the primary account number.
// ("IMEI" glued to the word before it, PHONEIMEI or deviceIMEI in a form's field names, is one too.)
const DEVICE_OR_PARCEL_BEFORE =
  /(?:(?:\b|phone|device|handset|mobile)imei|\b(?:meid|iccid|tracking|parcel|shipment|isbn|serial))\b[^0-9\n]{0,24}$/i;
// (A SIM's number is a phone number to most people; a card-length number after "SIM" is its ICCID.)
const CARD_LOOKALIKE_BEFORE =
  /\bsim\b[^0-9\n]{0,24}$|\b(?:order|invoice|ticket|booking|confirmation|transaction|reference|ref)\s*(?:id|number|no\.?|#)\s*:?[^0-9a-z]{0,3}$/i;
// An order, invoice or booking word alone names the number after it ("Order: …"), unless the text has just
// called that number a card: then the word names what the card pays for ("Credit card for booking: …").
const ORDER_WORD_BEFORE = /\b(?:order|invoice|ticket|booking|confirmation)\s*:?[^0-9a-z]{0,3}$/i;

// Where a platform's ids stand: one in ten of them passes Luhn, and Discord's (18 digits, 35… or 62…) and
// Shopify's (14 digits, 39…) fall in card brands' ranges. Under a field named as an id ("id":, channel_id=,
// variantId:; not "paid"), inside a chat mention (<@…>, <@!…>, <#…>), or in a URL's path as an app's id
// URI's segment (gid://shopify/ProductVariant/…) or one of a run of ids (discord.com/channels/…/…/…), a
// number is that id. A web URL's path with one number in it is not excused: a card sent to a collector as
// `https://host/log/<card>` is the leak it looks like. Nor is one beside any other number: a run excuses only
// when it and its neighbour are both of a snowflake's length (17-20 digits), since `…/<card>/<MMYY CVV>`,
// `…/<card>/<expiry date>` or `…/<unix time>/<card>` is a collector's URL as well. Nor is a number grouped as
// cards are printed (`"id": "4111 1111 1111 1111"`): no platform prints its ids in groups, so that is a card.
const ID_FIELD_BEFORE = /(?:(?<![A-Za-z])(?:id|ID|Id)|[a-z0-9](?:Id|ID))[\\"']{0,2}\s*[:=]\s*[\\"']{0,2}$/;
const MENTION_BEFORE = /<[@#][!&]?$/;
const URL_PATH_BEFORE =
  /(?:\b[a-z][a-z0-9+.-]*:\/\/|(?<![\w.-])(?:[a-z0-9-]+\.)+[a-z]{2,}\/)[^\s"'<>\\]*\/$/i;
/**
 * A URL of a place on the network or a store, whose path may carry anything it was sent: any URL of a scheme
 * that names one (the web's, file transfer, remote shells and shares, files and object stores, message
 * brokers, streams, directories), whatever its host is called (an intranet's `ftp://fileserver/…`, a bucket's
 * `s3://exports/…`, `file:///…`); one of another scheme or none (`//host/…`, which a browser resolves as
 * https) whose host is a domain name, an address or localhost; or a domain name with no scheme. The number
 * may be the path's first segment (`mqtt://collector.example/<card>`). An app's id URI names no such place
 * (gid://shopify/…, shopify://admin/…).
 */
const PLACE_SCHEMES = [
  "https?|wss?|ftps?|sftp|scp|ssh|smb|cifs|nfs|afp|rsync|telnet|gopher|git|file",
  "s3[an]?|gs|gcs|az|abfss?|wasbs?|adl|hdfs|webhdfs|swebhdfs|dbfs|oss|cos|swift",
  "webdavs?|davs?|mqtts?|amqps?|stomp|kafka|nats|redis|rediss|rtmp[se]?|rtsps?|srt|webcal|ircs?|ldaps?|xmpp|sips?",
].join("|");
const PATH_TO_HERE = String.raw`(?:[^\s"'<>\\]*\/)?$`;
const WEB_URL_BEFORE = new RegExp(
  String.raw`(?:\b(?:${PLACE_SCHEMES}):\/\/${PATH_TO_HERE}|(?:\b[a-z][a-z0-9+.-]*:)?\/\/(?:[^\s/"'<>\\@]*@)?(?:(?:[a-z0-9-]+\.)+[a-z0-9-]+|\[[0-9a-f:.]+\]|localhost)(?::[0-9]{1,5})?\/${PATH_TO_HERE}|(?<![\w.:/-])(?:[a-z0-9-]+\.)+[a-z]{2,}\/${PATH_TO_HERE})`,
  "i",
);
const ID_IN_RUN = /^[0-9]{17,20}$/;
const ID_SEGMENT_BEFORE = /\/[0-9]{17,20}\/$/;
// The next segment may stand a space away: odd-separators.ts reads a run of numbers with its slashes as spaces.
const ID_SEGMENT_AFTER = /^[/ ][0-9]{17,20}(?![0-9])/;
const URL_WINDOW = 128;
/**
 * A fuzzer's or crash collector's record named by the segment before its number (OSS-Fuzz's
 * `/testcase-detail/5390364397928448`): the URL says what the number is, an id the tracker gave, of a card's
 * length; a collector's `/log/` or `/p/` says nothing of the kind. Not an issue's, bug's, ticket's or
 * incident's: trackers number those in ten digits at most, so a card's length there is a card (round 51:
 * `/issues/<card>` carried any card out whole, as every number judged here is a valid card already).
 */
const TRACKER_RECORD_BEFORE = /\/(?:testcases?|crash(?:es)?)(?:[-_]details?)?\/$/i;

/**
 * Whether the words before a card-shaped number call it something else. `calledACard`: the text calls it a
 * card, which the words that only say where it stands (an order word alone, an id's place) do not outweigh.
 */
export function cardLookalike(text: string, start: number, end: number, calledACard: boolean): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return (
    DEVICE_OR_PARCEL_BEFORE.test(before) ||
    CARD_LOOKALIKE_BEFORE.test(before) ||
    identifierLabelled(before) ||
    (!calledACard &&
      (ORDER_WORD_BEFORE.test(before) ||
        platformId(text, start, end, before) ||
        keyAmongNumberedKeys(text, start, end)))
  );
}

/** How far around a JSON key its sibling keys and a card's words are looked for. */
const KEY_WINDOW = 600;
const NUMBERED_KEY = /"([0-9]{6,20})"\s*:/g;
/** What a card's record holds beside its number: a card word, its expiry, its code, its holder. */
const CARD_RECORD_WORD =
  /\b(?:cards?|card_?(?:number|no)|pan|cvv2?|cvc2?|csc|exp(?:iry|iration|_month|_year)?|holder|visa|master ?card|amex|billing)\b/i;

/**
 * A number that is a JSON object's key among other numbered keys, with no card's word near (a Chrome
 * extension's messages.json names each message by its 64-bit id: `"4115247474741222238": { "message": … }`):
 * a map's ids. A map of cards says so in its values (`{ "4111…": { "exp": "12/27" } }`), and is still read; so is
 * one whose every key is a valid card, since ids pass Luhn one time in ten (numbered-keys.ts reads objects so).
 */
function keyAmongNumberedKeys(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) !== 0x22 || !/^"\s*:/.test(text.slice(end, end + 8))) return false;
  const around = text.slice(Math.max(0, start - KEY_WINDOW), end + KEY_WINDOW);
  if (CARD_RECORD_WORD.test(around)) return false;
  let keys = 0;
  let notACard = false;
  NUMBERED_KEY.lastIndex = 0;
  for (let m = NUMBERED_KEY.exec(around); m !== null; m = NUMBERED_KEY.exec(around)) {
    keys++;
    const digits = m[1] as string;
    if (!notACard && (!luhn(digits) || cardBrand(digits) === undefined)) notACard = true;
  }
  return keys > 1 && notACard;
}

function platformId(text: string, start: number, end: number, before: string): boolean {
  if (!/^[0-9]+$/.test(text.slice(start, end))) return false;
  if (ID_FIELD_BEFORE.test(before) || MENTION_BEFORE.test(before)) return true;
  if (text[start - 1] !== "/") return false;
  const url = text.slice(Math.max(0, start - URL_WINDOW), start);
  if (!URL_PATH_BEFORE.test(url)) return false;
  if (!WEB_URL_BEFORE.test(url)) return true;
  if (TRACKER_RECORD_BEFORE.test(before)) return true;
  if (!ID_IN_RUN.test(text.slice(start, end))) return false;
  return ID_SEGMENT_BEFORE.test(before) || ID_SEGMENT_AFTER.test(text.slice(end, end + 24));
}

// A phone word between the device or parcel word and the number makes it the number to call ("Tracking
// questions: call 020 7946 0958").
const PHONE_WORD = /\b(?:call|phone|tel|dial|ring|sms|text|contact|fax|mobile|cell|hotline)/i;

export function calledSomethingElse(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const device = DEVICE_OR_PARCEL_BEFORE.exec(before);
  return (
    OTHER_NUMBER_BEFORE.test(before.slice(-28)) ||
    identifierLabelled(before) ||
    bankOrVatNumber(text, start, before) ||
    (device !== null && !PHONE_WORD.test(device[0].slice(device[0].search(/\s|$/)))) ||
    houseNumber(text, start, end) ||
    quantity(text, start, end)
  );
}

export function houseNumber(text: string, start: number, end: number): boolean {
  return (
    ADDRESS_WORD_BEFORE.test(text.slice(Math.max(0, start - 16), start)) ||
    STREET_AFTER.test(text.slice(end, end + 64))
  );
}
