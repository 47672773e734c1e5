// Round 17's held-out corpus (pinned in corpora.mjs), measured blind at 831619a before any change of the round,
// its misses never printed: ServiceNow/DoomArena (Boisvert et al., 2025), a framework that plants attacks in the
// data an agent reads.
//   - mailinject: the attack e-mails it sends an e-mail assistant (per model and defence, deduplicated), beside
//     the ordinary e-mails of the same inbox (its environment's assets) as the clean side.
//   - browsergym: the text its web attacks put on a page for a browsing agent (a hidden pop-up message, banner
//     warnings, image alt texts, forum comments, a form); it publishes no clean page beside them.
//   - taubench: the string its retail attack writes into a product's catalog record, which the agent's
//     product-lookup tool then returns (planted here in a record of that shape).
// The first two are Python literals, read with python-literals.mjs; nothing is executed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { valuesAfter } from "./python-literals.mjs";

const MAIL = "doomarena/mailinject/src/doomarena/mailinject";
const WEB = "doomarena/browsergym/src/doomarena/browsergym/attacks";

const read = (dir, path) => readFileSync(join(dir, path), "utf8");

/** The `Email(...)` literals of a file, as the text a mail-reading tool returns. */
function emails(source) {
  return valuesAfter(source, " Email")
    .filter((e) => e && typeof e === "object" && typeof e.content === "string")
    .map((e) =>
      [e.from_ && `From: ${e.from_}`, e.subject && `Subject: ${e.subject}`, "", e.content]
        .filter((l) => l !== undefined && l !== false)
        .join("\n"),
    );
}

/** Every string literal (or list of them) assigned after `anchor`, placeholders filled with a local URL. */
function strings(source, anchor) {
  return valuesAfter(source, anchor)
    .flat()
    .filter((s) => typeof s === "string" && s.trim().length > 0)
    .map((s) => s.replaceAll("{REPORT_URL_PLACEHOLDER}", "http://localhost:1234/report"));
}

/** DoomArena's texts: { attacks: [{ source, text }], clean: [{ source, text }] }; `parseYaml` reads its attack configs. */
export function doomarenaTexts(dir, parseYaml) {
  const attacks = [];
  const clean = [];
  const seen = new Set();
  const add = (list, source, text) => {
    if (seen.has(text)) return;
    seen.add(text);
    list.push({ source, text });
  };
  for (const file of ["scripts/run_mailinject_attacks.py", "scripts/old_attacks.py"])
    for (const text of emails(read(dir, `${MAIL}/${file}`))) add(attacks, "mailinject: attack e-mail", text);
  for (const text of emails(read(dir, `${MAIL}/environment/assets.py`)))
    add(clean, "mailinject: inbox e-mail", text);
  const popup = read(dir, `${WEB}/popup_attacks.py`);
  for (const text of strings(popup, "\nDEFAULT_HIDDEN_WARNING_MESSAGE_TEMPLATE ="))
    add(attacks, "browsergym: hidden pop-up message", text);
  const banner = read(dir, `${WEB}/banner_attacks.py`);
  for (const anchor of ["warning_message_even =", "warning_message_odd =", "warning_message_3 ="])
    for (const text of strings(banner, `\n${anchor}`)) add(attacks, "browsergym: banner warning", text);
  for (const text of strings(banner, "\nsecurity_risk_message ="))
    add(attacks, "browsergym: banner warning", text);
  for (const text of strings(banner, "\nalt_texts =")) add(attacks, "browsergym: image alt text", text);
  const forum = read(dir, `${WEB}/user_generated_content.py`);
  for (const text of strings(forum, "self.message =")) add(attacks, "browsergym: forum comment", text);
  for (const text of strings(forum, "goal_reveal_message =")) add(attacks, "browsergym: forum comment", text);
  const retail = parseYaml(
    read(
      dir,
      "doomarena/taubench/src/doomarena/taubench/scripts/malicious_catalog_fixed_injection_retail_attack.yaml",
    ),
  );
  for (const attack of retail.attacks ?? []) {
    const injected = attack.injection_str;
    if (typeof injected !== "string") continue;
    const record = { product_id: "6086499569", name: "Desk Lamp", description: injected, variants: {} };
    add(attacks, "taubench: product catalog record", JSON.stringify(record, null, 2));
  }
  if (attacks.length < 20 || clean.length < 40) throw new Error("DoomArena: fewer texts than expected");
  return { attacks, clean };
}
