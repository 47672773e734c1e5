// The name an object's other members give a value: a [name, value] pair, { "name": …, "value": … } as
// settings stores, env lists and cookie jars write them. The scanner judges the value under that name.
import { namesValue } from "./field-names.js";
import { sessionCookieName } from "./secrets/split-rules.js";

/**
 * Keys that hold a value a sibling names: their last word is "value", "val" or "v" (value, Value, VALUE,
 * ParameterValue, val, v: Kubernetes env lists, HAR headers, settings stores, CloudFormation parameters).
 */
const VALUE_KEY = /(?:^|[^A-Za-z])(?:[vV](?:al(?:ue)?)?|VAL(?:UE)?)$|[a-z0-9]V(?:al(?:ue)?)?$/;
/** In a larger object, the sibling keys that name it, in the order asked. */
const NAME_KEYS = ["name", "Name", "key", "Key", "header", "Header"];
/** keyName, KeyName, ParameterName, key_name: a member that names the object it stands in. */
const NAMING_KEY = /(?:^|[^A-Za-z]|[a-z0-9])(?:[nN]ame|NAME)$/;
/** The sibling keys that say what kind of value the object holds. */
const TYPE_KEYS = ["type", "Type"];
/**
 * A kind that says the value is a secret's (AWS SSM's SecureString, an ARM template's securestring, a
 * password manager's concealed field, a form's password input): the value is read under that secret's name.
 */
const SECRET_KINDS: Readonly<Record<string, string>> = {
  securestring: "secret",
  secret: "secret",
  concealed: "secret",
  password: "password",
};
/** A pair is an object of this many members at most: a name, a value, and one more (a type, a comment). */
const MAX_PAIR_MEMBERS = 3;
/** A longer string names no field. */
const MAX_SIBLING_NAME = 64;

/**
 * The name a sibling gives the value under `key` ({ "name": "DB_PASSWORD", "value": "…" }, { "k": "password",
 * "v": "…" }, { "ParameterKey": "DbPassword", "ParameterValue": "…" }, { "label": "Password", "value": "…" }):
 * the pair is read as the assignment `DB_PASSWORD = "…"`, as the text scan reads it written out and as an
 * `<entry name="…">` is. In a pair (MAX_PAIR_MEMBERS members at most) whatever sibling's short string names
 * something does, whatever its key; in a larger object, a NAME_KEYS or NAMING_KEY member ({ "keyName": "key1",
 * "value": "…" }). Failing those, a sibling type that says the value is a secret's ({ "Name": "/prod/billing",
 * "Type": "SecureString", "Value": "…" }) names it so. Undefined when `key` holds no such value.
 */
export function siblingName(obj: Record<string, unknown>, key: string): string | undefined {
  if (!VALUE_KEY.test(key)) return undefined;
  const keys = Object.keys(obj);
  const siblings =
    keys.length <= MAX_PAIR_MEMBERS
      ? keys
      : [...NAME_KEYS.filter((k) => Object.hasOwn(obj, k)), ...keys.filter((k) => NAMING_KEY.test(k))];
  for (const nameKey of siblings) {
    const name = obj[nameKey];
    if (nameKey !== key && typeof name === "string" && name.length <= MAX_SIBLING_NAME && namesValue(name))
      return name;
  }
  for (const typeKey of TYPE_KEYS) {
    const kind = obj[typeKey];
    if (typeof kind === "string" && kind.length <= MAX_SIBLING_NAME) {
      const name = SECRET_KINDS[kind.toLowerCase()];
      if (name !== undefined) return name;
    }
  }
  return undefined;
}

/** The name of a session's cookie whose value is under `key` ({ "name": "connect.sid", "value": "…", … }). */
export function cookieName(obj: Record<string, unknown>, key: string): string | undefined {
  if (key !== "value" && key !== "Value") return undefined;
  const name = obj.name ?? obj.Name;
  return typeof name === "string" && name.length <= MAX_SIBLING_NAME && sessionCookieName(name)
    ? name
    : undefined;
}

/** The name of a [name, value] pair (a header list, a form's entries as URLSearchParams gives them). */
export function pairName(list: readonly unknown[]): string | undefined {
  const [name, value] = list;
  if (list.length !== 2 || typeof name !== "string" || name.length > MAX_SIBLING_NAME) return undefined;
  return typeof value === "string" || typeof value === "number" ? name : undefined;
}
