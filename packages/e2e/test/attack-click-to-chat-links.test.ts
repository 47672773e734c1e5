// Attack (round 39): WhatsApp's click-to-chat link carries a phone number in the path, in full international
// form but, as WhatsApp's own help asks, without the `+` ("https://wa.me/447700900123"); Viber's writes it in
// a query (`viber://chat?number=447700900123`). Shops, practices and freelancers put one on every page, in
// e-mail signatures and in chat exports. The guard finds the same number in `tel:`, `sms:`, `skype:`, with
// `+` in the link, or under `?phone=` in WhatsApp's longer link, but not in these two: with phone numbers
// set to redact and block, the number reaches the client and the server. The link names the number a
// phone rings at, so it must be redacted towards the client and refused towards the server.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  echoOutcomes,
  makeGuardedHome,
  recorded,
  recorderServerYaml,
  redefine,
  toolSession,
} from "../src/index.js";

const NUMBERS = ["447700900123", "14155550132", "5511912345678", "4915123456789"];
const LINKS = [
  `https://wa.me/${NUMBERS[0]}`,
  `https://wa.me/${NUMBERS[1]}?text=Hi%2C%20I%20saw%20your%20listing`,
  `<a href="https://wa.me/${NUMBERS[2]}" target="_blank">Fale conosco no WhatsApp</a>`,
  `viber://chat?number=${NUMBERS[3]}`,
];
const PAGE = [
  "<footer>",
  "  <p>Acme Plumbing — 24/7 emergency service</p>",
  ...LINKS.map((l) => `  <p>${l.startsWith("<") ? l : `<a href="${l}">Chat with us</a>`}</p>`),
  "</footer>",
].join("\n");
/** The same number in a link the guard reads today. */
const CONTROL = `<a href="https://api.whatsapp.com/send?phone=${NUMBERS[0]}">WhatsApp</a>`;

const log = join(makeGuardedHome().dir, "recorder.log");
redefine(log, {
  tools: ["echo", "fetch_page", "control_page"].map((name) => ({
    name,
    description: "A web page.",
    inputSchema: { type: "object" },
  })),
  results: {
    fetch_page: { content: [{ type: "text", text: PAGE }] },
    control_page: { content: [{ type: "text", text: CONTROL }] },
  },
});
const home = makeGuardedHome(
  recorderServerYaml("recorder", log),
  ["pii:", "  actions:", "    phone: { request: block, response: redact }"].join("\n"),
);
afterAll(async () => {
  await home.cleanup();
});

/** Which numbers a text still shows. */
const bare = (seen: string) => NUMBERS.filter((n) => seen.includes(n));

describe("a phone number in a click-to-chat link", () => {
  it("under WhatsApp's ?phone=, reaches the client redacted (control)", async () => {
    let seen = "";
    await toolSession(home, async (call) => {
      seen = JSON.stringify((await call("control_page", {})).result);
    });
    expect(bare(seen)).toEqual([]);
  });

  it("in wa.me and viber links, reaches the client redacted", async () => {
    let seen = "";
    await toolSession(home, async (call) => {
      seen = JSON.stringify((await call("fetch_page", {})).result);
    });
    expect(bare(seen)).toEqual([]);
  });

  it("in wa.me and viber links, does not reach the server", async () => {
    const { outcomes } = await echoOutcomes(
      home,
      log,
      LINKS.map((link) => ({ message: `Contact the customer here: ${link}` })),
    );
    expect(outcomes).toEqual(LINKS.map(() => "sensitive_data"));
    const seen = JSON.stringify(recorded(log).filter((m) => JSON.stringify(m).includes('"echo"')));
    expect(bare(seen)).toEqual([]);
  });
});
