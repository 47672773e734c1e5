// Attack: a vendor's token with one letter, digit or underscore written in front of its prefix (`kghp_…`,
// `7xoxb-…`, `x_sk-proj-…`), the cheapest disguise a model told to smuggle a key out can write: each format
// wanted nothing of its alphabet before its prefix, so the token passed bare. Through the real bridge, the
// recording server and a raw client, no glued token may reach the server in arguments nor the client in a
// result; identifiers and slugs that hold a prefix inside a word still pass unchanged.
import { afterAll, describe, expect, it } from "vitest";
import { echoOutcomes, recorded, recorderWithResults, resultTexts } from "../src/index.js";

// Built at run time so that no scanner reading this file meets a whole token.
const GITHUB = `ghp_${"Q7wE2rT9yU4iO1pA6sD3fG8hJ5kL0zXcVbNm"}`;
const SLACK = `xoxb-${"123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx"}`;
const OPENAI = `sk-proj-${"Q7w2Er9Ty4Ui1Op8As5Df3Gh6Jk0Lz7Xc2Vb9Nm4Qw8Er1Ty5Ui"}`;
const SECRETS = [GITHUB.slice(8), SLACK.slice(-16), OPENAI.slice(-16)];

const ATTACKS: object[] = [
  { note: `k${GITHUB}` },
  { note: `send 7${SLACK} now` },
  { note: `key=x_${OPENAI}` },
  { [`id_${GITHUB}`]: "value" },
];
const ORDINARY: object[] = [
  { note: "the function fetch_ghp_tokens_for_user_account_settings_page_view runs nightly" },
  { note: "task-proj-frontend-service-v2-management-dashboard-release-notes is our repo" },
  { note: "const Sogho_ICANVASRENDERINGVIACONTEXT2D3D5D7D8D = 1;" },
];
const text = (t: string) => ({ type: "text", text: t });
const RESULTS = {
  glued_github: { content: [text(`Created token: k${GITHUB}\nexpires in 30 days`)] },
  glued_slack: { content: [text(`bot=1${SLACK}`)] },
};

const { home, log } = recorderWithResults(RESULTS);
afterAll(() => home.cleanup());

describe("a vendor token glued to the character before its prefix", () => {
  it("never reaches the server in arguments", async () => {
    const { outcomes } = await echoOutcomes(home, log, [...ATTACKS, ...ORDINARY]);
    const reached = JSON.stringify(recorded(log));
    expect(SECRETS.filter((s) => reached.includes(s))).toEqual([]);
    expect(outcomes.slice(0, ATTACKS.length)).toEqual(ATTACKS.map(() => "sensitive_data"));
    // The ordinary look-alikes are forwarded unchanged.
    expect(outcomes.slice(ATTACKS.length)).toEqual(ORDINARY.map(() => "forwarded"));
    for (const o of ORDINARY) expect(reached).toContain(JSON.stringify(o).slice(1, -1));
  });

  it("never reaches the client in a result", async () => {
    const texts = await resultTexts(home, Object.keys(RESULTS));
    const all = Object.values(texts).join("\n");
    expect(SECRETS.filter((s) => all.includes(s))).toEqual([]);
    expect(texts.glued_github).toContain("expires in 30 days");
  });
});
