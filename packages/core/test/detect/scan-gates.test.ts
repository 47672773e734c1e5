// The engine's cheap gates (scan14) must say exactly what the slower check they replace says: each is
// compared with that check over every input of the shapes it is asked about.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";
import {
  CONFIG_LINE_GATE,
  LISTED_PAIR_BACK,
  LISTED_PAIR_GATE,
  LineBreaks,
  NAME_THEN_BLANK_GATE,
  NAMED_PAIR_GATE,
  QUOTED_VALUE_GATE,
} from "../../src/detect/secrets/gates.js";
import { SECRET_RULES } from "../../src/detect/secrets/index.js";
import { isSeparatorAt, SEPARATORS } from "../../src/detect/secrets/split-prefixes.js";

describe("a cut's separator, read in place", () => {
  // Every character the keyword pass reads in a trigger's separator place (a blank-like one, the dash), and
  // a few it never reports there, in every pair.
  const seen = [" ", "\t", "\r", "\n", ",", ";", "-", ".", "a", "_", "\u00a0", ":"];
  it("agrees with the list of separators for one and two characters", () => {
    let compared = 0;
    for (const a of seen) {
      const text = `x${a}yz`;
      expect(isSeparatorAt(text, 1, 1), JSON.stringify(a)).toBe(SEPARATORS.includes(a));
      compared++;
      for (const b of seen) {
        const two = `x${a}${b}yz`;
        expect(isSeparatorAt(two, 1, 2), JSON.stringify(a + b)).toBe(SEPARATORS.includes(a + b));
        compared++;
      }
    }
    expect(compared).toBe(seen.length * (seen.length + 1));
  });
  it("holds nothing of another width, and nothing past the end of the text", () => {
    expect(isSeparatorAt("x yz", 1, 0)).toBe(false);
    expect(isSeparatorAt("x   z", 1, 3)).toBe(false);
    expect(isSeparatorAt("x,", 1, 2)).toBe(false);
    expect(isSeparatorAt("x", 1, 1)).toBe(false);
  });
});

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });

describe("a run of digits alone, judged by the short path of the phone detector", () => {
  const phones = (text: string) =>
    scanner
      .spans(text)
      .filter((s) => s.type === "phone")
      .map((s) => text.slice(s.start, s.end));
  it.each([
    ["call 4155550132", ["4155550132"]],
    ["Phone: 00442079460958", ["00442079460958"]],
    ["see 01144207946095", ["01144207946095"]],
    ["fax: 20231301", ["20231301"]],
  ])("finds %j", (text, found) => {
    expect(phones(text)).toEqual(found);
  });
  it.each([
    // hard negatives: a count in a loop, and runs that only a label could make a phone number
    "for (let i = 0; i < 1000000; i++) total += values[i];",
    "see 4155550132",
    "see 00442079460958",
    // called something else, or a date written without separators
    "order no. 4155550132",
    "phone order no. 4155550132",
    "call ref 00442079460958",
    "invoice 01144207946095",
    "fax: 20230301",
  ])("lets %j go", (text) => {
    expect(phones(text)).toEqual([]);
  });
});

describe("a rule's gate never turns away a place where its pattern matches", () => {
  const gated = SECRET_RULES.filter((rule) => rule.gate !== undefined);
  // Pieces of what follows a credential's name in configuration files, code and prose, with the characters
  // each gate reads (blanks, tabs, line breaks of both kinds, other \s, the marks of code, quotes).
  const PIECES = [
    " ",
    "  ",
    "\t",
    "=",
    ":",
    ":=",
    " = ",
    ": ",
    "\n",
    "\r\n",
    "\r",
    "\u00a0",
    "\u2003",
    ";",
    ",",
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    "<",
    ">",
    "&",
    "|",
    "`",
    "\\",
    "'",
    '"',
    "x",
    "Tr0ub4dor",
    "s3cr3t",
    "9",
    "abc",
    "Q",
    "_",
    "-",
    ".",
    "/",
    "#",
    "$",
    "@",
    "word",
    "wd",
    "phrase",
    "_hash",
    "2",
    " is ",
    " was ",
    " changed to ",
    "ſ",
    "phraſe",
    "Kx9#mQ2v",
    "and more",
    "é",
    " ".repeat(16),
    " ".repeat(17),
    "z".repeat(250),
  ];
  const NAME_ENDS = ["", "word", "wd", "phrase", "phraſe", "e", "code", "wort"];
  const SUFFIXES = ["", "_plaintext", "2", "_hash", ".enc", "-value", "_b64"];
  const OPERATORS = [" ", "\t", "  ", "", "'", '"]', " = ", ": ", "=", ":=", " is ", " was ", " changed to "];
  const VALUES = [
    "'Tr0ub4dor &3'",
    '"s3cr3t value"',
    "`a b c`",
    "Kx9#mQ2v",
    "Xk29f&q!7;Lm",
    "correct horse 42",
    "my pass phrase 42!",
  ];
  let seed = 20261123;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;

  it("holds for every gated rule over generated lines", () => {
    expect(gated.length).toBeGreaterThanOrEqual(2);
    let matched = 0;
    let turnedAway = 0;
    for (const rule of gated) {
      const sticky = new RegExp(rule.pattern.source, `${rule.pattern.flags.replace(/[gy]/g, "")}y`);
      for (let i = 0; i < 4000; i++) {
        const keyword = pick(rule.keywords);
        const written = next() < 0.3 ? keyword.toUpperCase() : keyword;
        let rest = "";
        if (i % 2 === 0) {
          const pieces = 1 + Math.floor(next() * 8);
          for (let p = 0; p < pieces; p++) rest += pick(PIECES);
        } else {
          // Half the lines as the rules write them: a name, a suffix, an operator or a verb, a value.
          rest = pick(NAME_ENDS) + pick(SUFFIXES) + pick(OPERATORS) + pick(VALUES);
          if (next() < 0.5) rest += pick(PIECES);
        }
        const before = pick(["", "db_", "export ", "  ", "x\n", "a = 1; "]);
        const text = `${before}${written}${rest}${pick(["", "\n", "\r\n", " \n", "\nnext = 1"])}`;
        const at = before.length;
        sticky.lastIndex = at;
        const match = sticky.exec(text);
        const gate = rule.gate as NonNullable<typeof rule.gate>;
        const open = gate(text, at, new LineBreaks(text));
        if (match !== null) matched++;
        if (!open) turnedAway++;
        if (!open) expect(match, JSON.stringify(text)).toBeNull();
      }
    }
    // Not vacuous: the patterns match some of these lines, and the gates turn many others away.
    expect(matched).toBeGreaterThan(100);
    expect(turnedAway).toBeGreaterThan(1000);
  });

  it("turns away the lines of code where the configuration-line rules cannot match (hard negatives)", () => {
    const configLine = SECRET_RULES.find((r) => r.gate === CONFIG_LINE_GATE);
    expect(configLine).toBeDefined();
    const text = "password = os.environ['DB_PASSWORD']\nconst apiKey = process.env.OPENAI_API_KEY;\n";
    expect(CONFIG_LINE_GATE(text, 0, new LineBreaks(text))).toBe(false);
    expect(CONFIG_LINE_GATE(text, text.indexOf("Key ="), new LineBreaks(text))).toBe(false);
    // …and lets the configuration line through, where the rule finds the value.
    const line = "DB_PASS=Xk29f&q!7;Lm\n";
    expect(CONFIG_LINE_GATE(line, 3, new LineBreaks(line))).toBe(true);
    expect(scanner.spans(line).some((s) => s.category === "secret")).toBe(true);
  });
});

describe("the gates of the rules that source code's names reach most (scan16)", () => {
  const secretsIn = (text: string) =>
    scanner
      .spans(text)
      .filter((s) => s.category === "secret")
      .map((s) => text.slice(s.start, s.end));
  const open = (gate: typeof NAMED_PAIR_GATE, text: string, keyword: string) =>
    gate(text, text.toLowerCase().indexOf(keyword), new LineBreaks(text));

  it("let through the places where the rules find a value", () => {
    for (const text of [
      "pwd Tr0ub4dor&3x",
      "My password is Tr0ub4dor&3",
      "the WiFi passwort lautet Kx9#mQ2v!",
      "contraseña es Kx9#mQ2v!",
      "DB_PASSWORD_hash\tKx9#mQ2v!",
    ])
      expect(
        open(NAME_THEN_BLANK_GATE, text, /contrase|pwd|pass/.exec(text.toLowerCase())?.[0] ?? ""),
        text,
      ).toBe(true);
    expect(secretsIn("My password is Tr0ub4dor&3")).toEqual(["Tr0ub4dor&3"]);
    const pairs = [
      '{"Key": "db_password", "Value": "Xk29fq7Lm2Pw"}',
      "name: DB_PASSWORD\nvalue: Xk29fq7Lm2Pw",
    ];
    for (const text of pairs) {
      expect(open(NAMED_PAIR_GATE, text, /name|key/i.exec(text)?.[0].toLowerCase() ?? ""), text).toBe(true);
      expect(secretsIn(text), text).toEqual(["Xk29fq7Lm2Pw"]);
    }
  });

  it("never turn away a name-and-value pair the rule's pattern matches (generated pairs)", () => {
    const rule = SECRET_RULES.find((r) => r.gate === NAMED_PAIR_GATE);
    expect(rule).toBeDefined();
    const pattern = (rule as NonNullable<typeof rule>).pattern;
    const sticky = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, "")}y`);
    const PARTS = [
      '"',
      "'",
      " ",
      "  ",
      "\t",
      ":",
      "=",
      ",",
      "\n",
      "db_password",
      "value",
      "Value",
      "Xk29fq7Lm2Pw",
      "x",
      "_",
      "-",
    ];
    let seed = 16;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    let matched = 0;
    let turnedAway = 0;
    for (let i = 0; i < 20_000; i++) {
      const before = ["", "x", "_", "-", " ", '{"', "9"][Math.floor(next() * 7)] as string;
      const word = ["name", "key", "Key", "NAME", "Name"][Math.floor(next() * 5)] as string;
      const part = () => PARTS[Math.floor(next() * PARTS.length)] as string;
      const maybe = (piece: string) => (next() < 0.5 ? piece : "");
      let rest = "";
      if (i % 2 === 0) for (let p = Math.floor(next() * 12); p > 0; p--) rest += part();
      else {
        // Half as pairs are written, each piece perhaps left out or another put in its place.
        const pieces = [
          maybe('"'),
          maybe(" "),
          ":",
          " ",
          '"db_password"',
          maybe(","),
          maybe("\n"),
          '"value"',
          ": ",
          "Xk29fq7Lm2Pw",
        ];
        for (const piece of pieces) rest += next() < 0.1 ? part() : piece;
      }
      const text = before + word + rest;
      sticky.lastIndex = before.length;
      const match = sticky.exec(text);
      const gateOpen = NAMED_PAIR_GATE(text, before.length, new LineBreaks(text));
      if (match !== null) matched++;
      if (!gateOpen) turnedAway++;
      if (!gateOpen) expect(match, JSON.stringify(text)).toBeNull();
    }
    expect(matched).toBeGreaterThan(20);
    expect(turnedAway).toBeGreaterThan(5000);
  });

  it("never turn away a quoted value after a password's name the rule's pattern matches (generated lines)", () => {
    const rules = SECRET_RULES.filter((r) => r.gate === QUOTED_VALUE_GATE);
    expect(rules.length).toBeGreaterThan(0);
    // Every operator the pattern knows, escaped quotes, brackets and runs of blanks at their bounds and past them.
    const PARTS = [
      "word",
      "wd",
      "phrase",
      "_hash",
      "-value",
      "2",
      "\\",
      '\\"',
      '"',
      "'",
      "]",
      "`",
      " ",
      "\t",
      " ".repeat(16),
      " ".repeat(17),
      "=",
      ":",
      ":=",
      "=>",
      "->",
      "-",
      ">",
      "Kx9 mQ2 v",
      "x",
      "\n",
    ];
    let seed = 1616;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const part = () => PARTS[Math.floor(next() * PARTS.length)] as string;
    let matched = 0;
    let turnedAway = 0;
    for (const rule of rules) {
      const sticky = new RegExp(rule.pattern.source, `${rule.pattern.flags.replace(/[gy]/g, "")}y`);
      for (let i = 0; i < 10_000; i++) {
        const keyword = rule.keywords[0] as string;
        let rest = "";
        if (i % 2 === 0) for (let p = 1 + Math.floor(next() * 8); p > 0; p--) rest += part();
        else {
          const quote = ['"', "'", "`"][Math.floor(next() * 3)] as string;
          const pieces = [
            "word",
            next() < 0.3 ? '\\"' : "",
            " ",
            ["=", ":", ":=", "=>", "->"][Math.floor(next() * 5)] as string,
            " ",
            next() < 0.2 ? "\\" : "",
            quote,
            "Kx9 mQ2 v",
            quote,
          ];
          for (const piece of pieces) rest += next() < 0.1 ? part() : piece;
        }
        const text = `x ${next() < 0.3 ? keyword.toUpperCase() : keyword}${rest}`;
        sticky.lastIndex = 2;
        const match = sticky.exec(text);
        const gateOpen = QUOTED_VALUE_GATE(text, 2, new LineBreaks(text));
        if (match !== null) matched++;
        if (!gateOpen) turnedAway++;
        if (!gateOpen) expect(match, JSON.stringify(text)).toBeNull();
      }
    }
    expect(matched).toBeGreaterThan(1000);
    expect(turnedAway).toBeGreaterThan(1000);
  });

  it("turn away names followed by code (hard negatives)", () => {
    expect(open(NAME_THEN_BLANK_GATE, "def connect(host, port=5432, password=None):", "pass")).toBe(false);
    expect(open(NAME_THEN_BLANK_GATE, "password: changeme", "pass")).toBe(false);
    expect(open(NAME_THEN_BLANK_GATE, "os.environ['DB_PASSWORD']", "pass")).toBe(false);
    // A name longer than any the rules write is no name of theirs, whatever follows it.
    expect(open(NAME_THEN_BLANK_GATE, `pass${"x".repeat(40)} is Tr0ub4dor&3`, "pass")).toBe(false);
    expect(open(NAMED_PAIR_GATE, "const apiKey = process.env.OPENAI_API_KEY;", "key")).toBe(false);
    expect(open(NAMED_PAIR_GATE, "export const API_KEY_HEADER = 'x-api-key';", "key")).toBe(false);
    expect(open(NAMED_PAIR_GATE, "key     = value", "key")).toBe(false);
    expect(open(NAMED_PAIR_GATE, "name(x)", "name")).toBe(false);
    expect(open(QUOTED_VALUE_GATE, "password: string", "pass")).toBe(false);
    expect(open(QUOTED_VALUE_GATE, "password = os.environ['DB_PASSWORD']", "pass")).toBe(false);
    expect(open(QUOTED_VALUE_GATE, 'password = "correct horse 42"', "pass")).toBe(true);
  });
});

describe("a cut prefix's left piece, let go early by its last characters", () => {
  const BODY = "R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
  const FINE_GRAINED = "11ABCDEFG0123456789abc_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVW";
  const UUID = "8f14e45f-ceea-467f-a0e5-6a2b9c1d3e4f";
  const secrets = (text: string) =>
    scanner
      .spans(text)
      .filter((s) => s.category === "secret")
      .map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
  it("still finds a cut after a UUID, and the longest left piece (github_pa t_…)", () => {
    expect(secrets(`request_id=${UUID} g hp_${BODY}`)).toEqual([`github_token:g hp_${BODY}`]);
    expect(secrets(`github_pa t_${FINE_GRAINED}`)).toEqual([`github_token:github_pa t_${FINE_GRAINED}`]);
  });
  it("finds nothing in UUIDs, hex ids and identifiers cut by dashes and blanks (hard negatives)", () => {
    expect(secrets(`${UUID} 7b2c-a9d1-ea-a0 ab_cd ef-gh request_id=${UUID}`)).toEqual([]);
    // A left piece glued to a longer word is no piece.
    expect(secrets(`x_github_pa t_${FINE_GRAINED}`)).toEqual([]);
  });
});

describe("the gate of a session's pair in a cookie list, which may start before its keyword", () => {
  const rule = SECRET_RULES.find((r) => r.gate === LISTED_PAIR_GATE);
  // Names, values, separators and code around them, with runs at the pattern's bounds (40 name characters
  // before and after the keyword, 16 value characters) and past them.
  const PARTS = [
    "; ",
    ";",
    " ",
    "\t",
    "\n",
    "=",
    "==",
    " = ",
    "PHPSESSID",
    "session",
    "connect.sid",
    "_sid",
    "sid",
    "authorId",
    "auth",
    "token",
    "jwt",
    "login",
    "remember_me",
    "logged_in_",
    "Identity",
    ".AspNetCore.Cookies",
    "wordpress_",
    "sec_",
    "5c3a8f1e9b7d2c4a6e0f8b1d3c5e7a9f",
    "_59ba36addc2b2f9401580f014c7f58ea4e30989d",
    "_t",
    "idx",
    "i_like_",
    "gitea_incredible",
    "__Secure-1PSID",
    "ſess",
    "x",
    "-",
    ".",
    "n".repeat(39),
    "n".repeat(40),
    "n".repeat(41),
    "Xk29fq7Lm2PwQr8s",
    "Xk29fq7Lm2PwQr8",
    "Xk29fq7Lm2PwQr8sTu4vWx5y",
    "None):",
    "'",
    '"',
    "&",
    ",",
    "(",
  ];

  it("never turns away a keyword from which, or up to its look-back before which, the pattern matches", () => {
    expect(rule).toBeDefined();
    const { pattern, keywords, back } = rule as NonNullable<typeof rule>;
    expect(back).toBe(LISTED_PAIR_BACK);
    const sticky = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, "")}y`);
    let seed = 3838;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const part = () => PARTS[Math.floor(next() * PARTS.length)] as string;
    const pick = (list: readonly string[]) => list[Math.floor(next() * list.length)] as string;
    let matched = 0;
    let turnedAway = 0;
    for (let i = 0; i < 6000; i++) {
      let text = "";
      if (i % 2 === 0) for (let p = 1 + Math.floor(next() * 10); p > 0; p--) text += part();
      else {
        // Half as cookie lists are written: pairs joined by semicolons, each piece perhaps another.
        const names = ["PHPSESSID", "connect.sid", "_ga", "auth_token", "n".repeat(38) + "_sid", "jwt"];
        names.push("wordpress_sec_5c3a8f1e9b7d2c4a6e0f8b1d3c5e7a9f", `${"n".repeat(40)}.AspNetCore.Cookies`);
        // Round 40: a name longest with its digest, and sign-ins named by their framework alone.
        names.push(
          `${"n".repeat(40)}remember${"n".repeat(40)}_${"5c3a8f1e".repeat(8)}`,
          "_t",
          "idx",
          "i_like_gitea",
        );
        const values = ["Xk29fq7Lm2PwQr8sTu4v", "Xk29fq7Lm2PwQr8", "dark", "GA1.2.3"];
        const pieces: string[] = [];
        for (let p = 1 + Math.floor(next() * 4); p > 0; p--)
          pieces.push(pick(names), "=", pick(values), pick(["; ", ";", " ; ", ""]));
        for (const piece of pieces) text += next() < 0.1 ? part() : piece;
      }
      const lower = text.toLowerCase();
      for (const keyword of keywords)
        for (let at = lower.indexOf(keyword); at >= 0; at = lower.indexOf(keyword, at + 1)) {
          let match: RegExpExecArray | null = null;
          for (let start = Math.max(0, at - LISTED_PAIR_BACK); start <= at && match === null; start++) {
            sticky.lastIndex = start;
            match = sticky.exec(text);
          }
          const open = LISTED_PAIR_GATE(text, at, new LineBreaks(text));
          if (match !== null) matched++;
          if (!open) turnedAway++;
          if (!open) expect(match, `${JSON.stringify(text)} at ${at}`).toBeNull();
        }
    }
    // Not vacuous: the pattern matches at many of these keywords, and the gate turns many others away.
    expect(matched).toBeGreaterThan(500);
    expect(turnedAway).toBeGreaterThan(1000);
  });

  it("turns away source code's tokens and logins, and lets a cookie list's pairs through", () => {
    const code =
      "connect(host, port=5432, password=None):\nif (token === undefined) throw new Error('no token');";
    for (const keyword of ["token", "no token"])
      expect(LISTED_PAIR_GATE(code, code.indexOf(keyword), new LineBreaks(code))).toBe(false);
    const list = "_ga=GA1.2.3; PHPSESSID=Xk29fq7Lm2PwQr8sTu4v; theme=dark";
    expect(LISTED_PAIR_GATE(list, list.indexOf("SESS"), new LineBreaks(list))).toBe(true);
    // The name ended before the keyword: its "=" stands behind it, a value after that.
    const after = "sid=Xk29fq7Lm2PwQr8sTu4vtoken; a=b";
    expect(LISTED_PAIR_GATE(after, after.indexOf("token"), new LineBreaks(after))).toBe(true);
  });
});
