// Attack (round 39, false positive): the ids platforms hand out are long numbers, and one in ten of them
// passes a Luhn check. Discord's snowflakes made in 2017-2019 are 18 digits starting 35 (JCB's range) or 62
// (UnionPay's); Shopify's product variant ids of 2020-2021 are 14 digits starting 39 (Diners Club's). So a
// Discord server's messages (`"id"`, `"channel_id"`, a `<#…>` mention, a discord.com/channels link) and a
// Shopify store's variants (`"variant_id"`, a `gid://shopify/ProductVariant/…` id) reach the client with
// those ids replaced by [REDACTED:credit_card], and an agent's call that names the channel or variant to
// read is refused as carrying a card. A number under a field named as an id, inside a platform's own id
// URI, or after a mention's `<#`/`<@`, is that id: it must pass unchanged both ways.
import { afterAll, describe, expect, it } from "vitest";
import { echoOutcomes, recorderWithResults, toolSession } from "../src/index.js";

// Luhn-valid ids in a card brand's range and length (checked below).
const CHANNEL = "622198451234567897"; // Discord, 18 digits, 62: UnionPay's range
const AUTHOR = "352948203409883139"; // Discord, 18 digits, 3529: JCB's range
const VARIANT = "39345187831841"; // Shopify, 14 digits, 39: Diners Club's range
const IDS = [CHANNEL, AUTHOR, VARIANT];

const MESSAGES = {
  messages: [
    {
      id: AUTHOR,
      channel_id: CHANNEL,
      author: { id: AUTHOR, username: "jane" },
      content: `<@${AUTHOR}> posted the release notes in <#${CHANNEL}>`,
      jump_url: `https://discord.com/channels/${CHANNEL}/${CHANNEL}/${AUTHOR}`,
    },
  ],
};
const VARIANTS = {
  product: {
    id: 6543210987654,
    title: "T-shirt",
    variants: [
      {
        id: Number(VARIANT),
        admin_graphql_api_id: `gid://shopify/ProductVariant/${VARIANT}`,
        sku: "TSHIRT-M",
        price: "19.99",
      },
    ],
  },
};

const { home, log } = recorderWithResults({
  read_messages: { content: [{ type: "text", text: JSON.stringify(MESSAGES) }], structuredContent: MESSAGES },
  get_product: { content: [{ type: "text", text: JSON.stringify(VARIANTS) }], structuredContent: VARIANTS },
});
afterAll(async () => {
  await home.cleanup();
});

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

describe("platform ids that pass a card's checks", () => {
  it("are card-shaped (the set-up holds)", () => {
    expect(IDS.map(luhn)).toEqual([true, true, true]);
  });

  it("in Discord messages and a Shopify product, reach the client unchanged", async () => {
    const results: Record<string, unknown> = {};
    await toolSession(home, async (call) => {
      for (const tool of ["read_messages", "get_product"]) results[tool] = (await call(tool, {})).result;
    });
    expect(results).toEqual({
      read_messages: {
        content: [{ type: "text", text: JSON.stringify(MESSAGES) }],
        structuredContent: MESSAGES,
      },
      get_product: {
        content: [{ type: "text", text: JSON.stringify(VARIANTS) }],
        structuredContent: VARIANTS,
      },
    });
  });

  it("named in a call, reach the server (the same digits called a card do not)", async () => {
    const calls = [
      { channel_id: CHANNEL, limit: 50 },
      { user_id: AUTHOR },
      { url: `https://discord.com/channels/${CHANNEL}/${CHANNEL}` },
      { variant_id: Number(VARIANT), quantity: 2 },
      { id: `gid://shopify/ProductVariant/${VARIANT}` },
    ];
    // The same digits the text calls a card stay one (hard positive).
    const cards = [{ card_number: AUTHOR }, { note: `Paid with Diners Club ${VARIANT}` }];
    const { outcomes, echoed } = await echoOutcomes(home, log, [...calls, ...cards]);
    expect(outcomes).toEqual([...calls.map(() => "forwarded"), ...cards.map(() => "sensitive_data")]);
    expect(echoed).toBe(calls.length);
  });
});
