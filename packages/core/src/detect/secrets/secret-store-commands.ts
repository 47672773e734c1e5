// The CLIs that put a secret into a CI system or a secret store name it in one argument and give its value in
// another: `gh secret set NAME --body V`, `drone secret add --name N --data V`, `az keyvault secret set --name
// N --value V`, `doppler secrets set NAME V`, `aws ssm put-parameter --name N --value V`, `netlify env:set NAME
// V`. A store that holds only secrets (GitHub's and Drone's secrets, Key Vault's, Doppler's) makes its value
// one whatever the name; a store of settings (SSM's parameters, Netlify's, GitLab's and Travis's variables,
// Azure Pipelines' variables, Pulumi's config) only where the name says password, secret, token or key, or the
// command marks the value secret (`--type SecureString`, `--secret`). `NAME=value` is read by the assignment
// rules. Each rule starts at the command's name; the value must be a literal under the password bar.
import { ASSIGNED_NAME, COMMAND_VALUE } from "./context-rules.js";
import type { SecretRule } from "./engine.js";
import { passwordName } from "../password-names.js";
import { literalPassword } from "./positional-credentials.js";
import { secretName } from "../secret-names.js";

const BARE = COMMAND_VALUE;
/** An option's value, after `=` or blanks. */
const GIVEN = "(?:=|[ \\t]{1,4})";
/** The command's other options before the value's, bounded. */
const REST = "(?:[ \\t][^\\n]{0,300}?)?[ \\t]";
/** A variable's name as a positional: a word, perhaps a path (/prod/db/password). */
const NAME = "[A-Za-z_/][\\w./:-]{0,127}";
/** Options before a positional name (`--project p`, `-c dev`, `--silent`). */
const OPTIONS = "(?:[ \\t]{1,4}-[^\\s]{1,40}(?:[ \\t]{1,4}(?!-)[^\\s]{1,100})?){0,4}";

/** Whether a variable's name (its last path part: /prod/db/password) says it holds a credential. */
function namesCredential(name: string): boolean {
  const last = name.slice(name.lastIndexOf("/") + 1);
  return passwordName(last) !== undefined || secretName(last) !== undefined || ASSIGNED_NAME.test(last);
}

/** The command's line from its name on, bounded: where `--name` and the marks of a secret stand. */
function commandLine(match: RegExpExecArray): string {
  const end = match.input.indexOf("\n", match.index);
  return match.input.slice(match.index, Math.min(end === -1 ? match.input.length : end, match.index + 800));
}

/** A store of secrets: its value option's value is one. The value is group 2 (its quote group 1). */
function storeRule(keywords: string[], command: string, option: string): SecretRule {
  return {
    type: "secret_assignment",
    generic: true,
    keywords,
    pattern: new RegExp(`${command}${REST}${option}${GIVEN}${BARE}`, "i"),
    group: 2,
    validate: literalPassword,
  };
}

/**
 * A store of settings whose value option is separate from `--name`: the value is a secret when the command
 * marks it so (`marked`) or the name it gives says so. The value is group 2.
 */
function namedOptionRule(keywords: string[], command: string, option: string, marked: RegExp): SecretRule {
  return {
    ...storeRule(keywords, command, option),
    context: (match) => {
      const line = commandLine(match);
      const name = /[ \t]--name(?:=|[ \t]{1,4})["']?([^\s"']{1,128})/i.exec(line)?.[1];
      return marked.test(line) || (name !== undefined && namesCredential(name));
    },
  };
}

/** The positional before a value: the last word of the match before it (its quote is group 1). */
function nameBefore(match: RegExpExecArray): string {
  const before = match[0].slice(0, match[0].length - (match[2] ?? "").length - 2 * (match[1] ?? "").length);
  return before.trimEnd().split(/[ \t]/).pop() ?? "";
}

/** A command whose positionals are a name then its value: the value is group 2 (its quote group 1). */
function positionalRule(keywords: string[], command: string, always: boolean): SecretRule {
  return {
    type: "secret_assignment",
    generic: true,
    keywords,
    pattern: new RegExp(`${command}${OPTIONS}[ \\t]{1,4}${NAME}[ \\t]{1,4}(?!-)${BARE}`, "i"),
    group: 2,
    validate: (value, match) =>
      (always || namesCredential(nameBefore(match)) || /[ \t]--secret\b/.test(commandLine(match))) &&
      literalPassword(value),
  };
}

export const SECRET_STORE_RULES: SecretRule[] = [
  storeRule(["gh secret set"], "gh[ \\t]{1,4}secret[ \\t]{1,4}set", "(?:--body|-b)"),
  storeRule(
    ["drone secret", "drone orgsecret"],
    "drone[ \\t]{1,4}(?:org)?secret[ \\t]{1,4}(?:add|update)",
    "--data",
  ),
  storeRule(["keyvault secret set"], "keyvault[ \\t]{1,4}secret[ \\t]{1,4}set", "--value"),
  positionalRule(["doppler secrets set"], "doppler[ \\t]{1,4}secrets[ \\t]{1,4}set", true),
  namedOptionRule(["ssm put-parameter"], "ssm[ \\t]{1,4}put-parameter", "--value", /SecureString/),
  namedOptionRule(
    ["pipelines variable"],
    "pipelines[ \\t]{1,4}variable(?:-group[ \\t]{1,4}variable)?[ \\t]{1,4}(?:create|update)",
    "--value",
    /[ \t]--secret(?:=|[ \t]{1,4})true/i,
  ),
  {
    ...storeRule(["gh variable set"], "gh[ \\t]{1,4}variable[ \\t]{1,4}set", "(?:--body|-b)"),
    context: (match) => {
      const name = /variable[ \t]{1,4}set[ \t]{1,4}["']?([A-Za-z_][\w]{0,127})/i.exec(
        commandLine(match),
      )?.[1];
      return name !== undefined && namesCredential(name);
    },
  },
  positionalRule(["netlify env:set"], "netlify[ \\t]{1,4}env:set", false),
  positionalRule(["glab variable"], "glab[ \\t]{1,4}variable[ \\t]{1,4}(?:set|create|update)", false),
  positionalRule(["travis env set"], "travis[ \\t]{1,4}env[ \\t]{1,4}set", false),
  positionalRule(["pulumi config set"], "pulumi[ \\t]{1,4}config[ \\t]{1,4}set", false),
];
