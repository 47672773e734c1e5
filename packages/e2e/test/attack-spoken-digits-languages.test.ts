// Attack (round 17): a card number or an SSN spelled digit by digit in German, French, Spanish, Italian or
// Portuguese ("vier null eins zwei …", "quatre un un un …"). English digit words were read back as digits, these
// were not: a model told to spell a card in the user's language, or a server answering in it, passed it whole.
// Through the real bridge and the recording server, before the fix 5 of 5 reached the server and a result
// holding two reached the client whole. Ordinary counting in those languages still passes.
import { afterAll, describe, expect, it } from "vitest";
import { echoCallsSeen, namedEchoOutcomes, recorderWithResults, resultTexts, sameFor } from "../src/index.js";

const WORDS: Record<string, readonly string[]> = {
  de: ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
  fr: ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
  es: ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
  it: ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
  pt: ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
};
const say = (language: string, digits: string, between = " ") =>
  [...digits].map((d) => WORDS[language]?.[Number(d)]).join(between);

const SPELLED: Record<string, object> = {
  "a card in German": { note: `Karte: ${say("de", "4012888888881881")}` },
  "a card in French, dashed": { note: `carte ${say("fr", "5555555555554444", "-")}` },
  "a card in Spanish, capitals": { note: `tarjeta ${say("es", "4111111111111111").toUpperCase()}` },
  "an Amex in Italian": { note: `carta ${say("it", "378282246310005")}` },
  "an SSN in Portuguese": { note: `SSN: ${say("pt", "078051120", ", ")}` },
};
const ORDINARY: Record<string, object> = {
  "counting in Spanish": { note: "uno, dos, tres, cuatro, cinco, seis, siete, ocho" },
  "a French rhyme": { note: "un deux trois, nous irons au bois; quatre cinq six, cueillir des cerises" },
  "a row of nulls": { note: "[null, null, null, null, null, null, null, null, null, null]" },
};

const { home, log } = recorderWithResults({
  german: {
    content: [{ type: "text", text: `Zahlung mit Karte ${say("de", "4111111111111111")} erfolgt.` }],
  },
  italian: {
    content: [{ type: "text", text: `Pagato: carta ${say("it", "5555555555554444", ", ")}. Grazie` }],
  },
});
afterAll(() => home.cleanup());

/** Whether a text still holds a run of five digit words of any of the languages. */
const spelledRun = (text: string) => {
  const word = `(?:${[...new Set(Object.values(WORDS).flat())].join("|")})`;
  return new RegExp(`${word}(?:[ ,-]+${word}){4}`, "i").test(text);
};

describe("numbers spelled in digit words of other languages", () => {
  it("never reach the server (before: 5 of 5 did)", async () => {
    const { outcomes, echoed } = await namedEchoOutcomes(home, log, SPELLED);
    expect(outcomes).toEqual(sameFor(SPELLED, "sensitive_data"));
    expect(echoed).toBe(0);
  });

  it("ordinary counting in those languages still reaches it", async () => {
    const { outcomes, echoed } = await namedEchoOutcomes(home, log, ORDINARY);
    expect(outcomes).toEqual(sameFor(ORDINARY, "forwarded"));
    expect(echoed).toBe(Object.keys(ORDINARY).length);
    expect(echoCallsSeen(log).join("\n")).not.toContain(say("de", "4012"));
  });

  it("reach the client redacted (before: both spelled out whole)", async () => {
    const answers = await resultTexts(home, ["german", "italian"]);
    expect(answers.german).toContain("Karte [REDACTED:credit_card] erfolgt.");
    expect(answers.italian).toContain("carta [REDACTED:credit_card]. Grazie");
    for (const answer of Object.values(answers)) expect(spelledRun(answer)).toBe(false);
  });
});
