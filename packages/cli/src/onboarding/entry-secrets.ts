// One client entry's secrets, taken out of every string init copies into mcp-guard.yaml (command, args, cwd,
// url, env of any name). Each becomes a ${VAR} in place of just the secret, so the rest of the string stays
// readable; a session fills it from the secrets file and the server gets the string as the client wrote it.
import { isCredentialName } from "@mcp-guard/core/detectors";
import { isReference, secretSpans, type SecretSpan } from "./secret-values.js";

/** A valid variable name from any text: `GITHUB-TOKEN` -> GITHUB_TOKEN, `1password` -> SECRET_1PASSWORD. */
export const variableName = (text: string): string => {
  const name = text
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  return /^[A-Z]/.test(name) ? name : `SECRET_${name}`.replace(/_$/, "");
};

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export class EntrySecrets {
  /** Variable name -> secret value, for the secrets file. */
  readonly values: Record<string, string> = {};
  /** Names the entry reads from its client's environment: a secret filed under one would shadow it. */
  private readonly reserved: Set<string>;

  constructor(
    entry: unknown,
    /** The server's name as a variable prefix: SERVER_PASSWORD, SERVER_API_KEY. */
    private readonly prefix: string,
    /** Names the client sets for the bridge besides the entry's ${…}s (VS Code's envFile). */
    clientNames: readonly string[] = [],
  ) {
    const names = JSON.stringify(entry).matchAll(/\$\{(?:env:)?([A-Za-z_][A-Za-z0-9_]*)/g);
    this.reserved = new Set([...[...names].map((m) => m[1]!), ...clientNames]);
  }

  /** Files a value under `name` (or name_2, name_3… when taken) and returns its ${VAR}. */
  file(value: string, name: string): string {
    let chosen = name;
    const taken = (n: string) =>
      this.reserved.has(n) || (Object.hasOwn(this.values, n) && this.values[n] !== value);
    for (let i = 2; taken(chosen); i++) chosen = `${name}_${i}`;
    this.values[chosen] = value;
    return `\${${chosen}}`;
  }

  /** An env value whose name or content says it is a secret. */
  fileEnv(key: string, value: string): string {
    // A variable the server reads by a name no ${…} can spell (GITHUB-TOKEN) keeps that name in its env; only
    // the secret gets a variable, prefixed with the server so that it is not a name the shell exports.
    const name = IDENTIFIER.test(key) ? key : `${this.prefix}_${variableName(key)}`;
    // A value that also holds a client reference is filed in pieces around it: the client fills the reference.
    return value.includes("${") ? this.withoutSecrets(value) : this.file(value, name);
  }

  /** The value after a flag named as a credential (`--api-key <key>`), filed whole. */
  fileFlagValue(flag: string, value: string): string {
    return value.includes("${")
      ? this.withoutSecrets(value)
      : this.file(value, `${this.prefix}_${variableName(flag)}`);
  }

  /** A string with each secret the detectors or the URL rules find replaced by its ${VAR}. */
  withoutSecrets(text: string): string {
    let out = "";
    let at = 0;
    for (const span of merged(secretSpans(text))) {
      const value = text.slice(span.start, span.end);
      out += text.slice(at, span.start) + this.file(value, `${this.prefix}_${variableName(span.label)}`);
      at = span.end;
    }
    return out + text.slice(at);
  }
}

/** `--pwd`, `--pw`: a password's short name, a credential as a flag (as an env name it is a directory). */
const PASSWORD_FLAG = /^(?:pwd|pw)$/i;

/** A flag whose next argument is its value and a credential: `--api-key`, `-token`, `--password`. */
export function credentialFlag(arg: string | undefined, next: string): string | undefined {
  const flag = /^--?([A-Za-z][A-Za-z0-9_.-]*)$/.exec(arg ?? "")?.[1];
  return flag &&
    (isCredentialName(flag) || PASSWORD_FLAG.test(flag)) &&
    next.length > 0 &&
    !next.startsWith("-") &&
    !isReference(next)
    ? flag
    : undefined;
}

/** Overlapping spans as one (the first one's label), in order: every character any rule flagged is covered. */
function merged(spans: SecretSpan[]): SecretSpan[] {
  const out: SecretSpan[] = [];
  for (const span of spans) {
    const overlapping = out.filter((o) => o.start < span.end && span.start < o.end);
    const kept = out.filter((o) => !overlapping.includes(o));
    const first = overlapping[0] ?? span;
    kept.push({
      ...first,
      start: Math.min(span.start, ...overlapping.map((o) => o.start)),
      end: Math.max(span.end, ...overlapping.map((o) => o.end)),
    });
    out.splice(0, out.length, ...kept);
  }
  return out.sort((a, b) => a.start - b.start);
}
