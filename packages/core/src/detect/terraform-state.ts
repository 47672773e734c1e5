// Terraform's state (terraform.tfstate, format version 4) and `terraform show -json` keep the credentials
// Terraform made or was given, in the clear, under the resource that holds them: random_password.db's
// `result`, aws_iam_access_key's `secret`, a Key Vault secret's `value`. The key says nothing ("result",
// "value"), the resource's type says what it is, so each such attribute is found here with the name a
// password has, and judged as a password's field is (Scanner.namedValue), as a result set's cell is judged
// under its column's name (named-rows.ts). So is any attribute the state itself marks sensitive
// (`sensitive_attributes` in a state, `sensitive_values` in `show -json`). Other resources' attributes, and
// a credential resource's settings (length, special), are left to the walk.
//
// Linear: the state's own members are read, from its root or a tool result's structuredContent only (a state
// is a document, not a field of one); modules nest at most MAX_MODULE_DEPTH deep.
import { namesCredential } from "./field-names.js";
import type { NamedRowCell, Step } from "./named-rows.js";

/** The name each credential is judged under. */
const CREDENTIAL_NAME = "password";
/** A resource type that makes or keeps a credential: random_password, aws_iam_access_key, *_secret(_version). */
const CREDENTIAL_RESOURCE =
  /^random_password$|(?:^|_)(?:password|secret|token|credential|access_key|private_key|api_key|key)s?(?:_|$)/;
/** The attributes of such a resource that hold the credential itself. */
const CREDENTIAL_ATTRIBUTES = new Set([
  ...["result", "bcrypt_hash", "password", "secret", "value", "token", "key", "api_key", "secret_key"],
  ...["private_key", "private_key_pem", "private_key_pem_pkcs8", "private_key_openssh", "secret_string"],
  ...["ses_smtp_password_v4", "client_secret", "primary_key", "secondary_key", "key_material"],
]);
/**
 * The random provider's resources whose value is made to be used as it is: a random_string, random_id,
 * random_bytes or random_uuid is a credential when its name says one (`resource "random_string" "db_password"`,
 * random_id.session_secret, random_bytes.jwt_secret), read as a key's name is. Their type says nothing, and
 * the state marks none of their values sensitive.
 */
const RANDOM_VALUE_RESOURCE = /^random_(?:string|id|bytes|uuid)$/;
/** Where such a resource keeps its value, in each encoding it gives (random_string's id is its result too). */
const RANDOM_VALUE_ATTRIBUTES = new Set(["result", "id", "hex", "dec", "base64", "b64_std", "b64_url"]);
/** Where `show -json` puts the modules: a state's values, a plan's planned and prior values. */
const MODULE_ROOTS: readonly (readonly string[])[] = [
  ["values", "root_module"],
  ["planned_values", "root_module"],
  ["prior_state", "values", "root_module"],
];
/** The members a document is read from: a state's resources, and the first step to each module root. */
const DOCUMENT_MEMBERS: readonly string[] = [
  "resources",
  ...new Set(MODULE_ROOTS.map((steps) => steps[0] as string)),
];
const MAX_MODULE_DEPTH = 8;
/** A sensitive attribute's path is followed this many steps into the attributes. */
const MAX_PATH_STEPS = 4;

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Each credential in a Terraform state or `show -json` document, with the name it is judged under: the value
 * itself, or a tool result's structuredContent (a tool that runs `terraform show -json` returns it there).
 */
export function stateSecretCells(value: unknown): NamedRowCell[] {
  const cells: NamedRowCell[] = [];
  if (!isObject(value)) return cells;
  documentCells(value, [], cells);
  if (isObject(value.structuredContent)) documentCells(value.structuredContent, ["structuredContent"], cells);
  return cells;
}

function documentCells(value: Obj, at: readonly Step[], cells: NamedRowCell[]): void {
  // Neither a state nor a `show -json` document (every other value scanned, each message's params and result):
  // let go before the module roots are followed, by a counted loop (no iterator made per message).
  let member = 0;
  while (member < DOCUMENT_MEMBERS.length && value[DOCUMENT_MEMBERS[member] as string] === undefined)
    member++;
  if (member === DOCUMENT_MEMBERS.length) return;
  // A state: resources[].instances[].attributes (and sensitive_attributes beside them).
  if (Array.isArray(value.resources) && ("terraform_version" in value || "lineage" in value)) {
    value.resources.forEach((resource, r) => {
      if (!isObject(resource) || !Array.isArray(resource.instances)) return;
      resource.instances.forEach((instance, i) => {
        if (!isObject(instance) || !isObject(instance.attributes)) return;
        const route = [...at, "resources", r, "instances", i, "attributes"];
        const marked = markedPaths(instance.sensitive_attributes);
        attributeCells(resource, instance.attributes, marked, route, cells);
      });
    });
  }
  for (const steps of MODULE_ROOTS) {
    let module: unknown = value;
    for (const step of steps) module = isObject(module) ? module[step] : undefined;
    if (isObject(module)) moduleCells(module, [...at, ...steps], cells, 0);
  }
}

/** `show -json`'s module: resources[].values (with sensitive_values beside), and its child modules. */
function moduleCells(module: Obj, route: Step[], cells: NamedRowCell[], depth: number): void {
  if (Array.isArray(module.resources))
    module.resources.forEach((resource, r) => {
      if (!isObject(resource) || !isObject(resource.values)) return;
      const marked = isObject(resource.sensitive_values)
        ? Object.keys(resource.sensitive_values)
            .filter((k) => (resource.sensitive_values as Obj)[k] === true)
            .map((k) => [k])
        : [];
      attributeCells(resource, resource.values, marked, [...route, "resources", r, "values"], cells);
    });
  if (depth >= MAX_MODULE_DEPTH || !Array.isArray(module.child_modules)) return;
  module.child_modules.forEach((child, c) => {
    if (isObject(child)) moduleCells(child, [...route, "child_modules", c], cells, depth + 1);
  });
}

/** A resource's credential attributes and the attributes marked sensitive, as cells. */
function attributeCells(
  resource: Obj,
  attributes: Obj,
  marked: readonly Step[][],
  route: readonly Step[],
  cells: NamedRowCell[],
): void {
  const { type, name } = resource;
  const credential = typeof type === "string" && CREDENTIAL_RESOURCE.test(type);
  // A random value named as a credential (random_string.db_password): its value in each encoding.
  const namedRandom =
    typeof type === "string" &&
    RANDOM_VALUE_RESOURCE.test(type) &&
    typeof name === "string" &&
    namesCredential(name);
  const named = new Set<string>();
  if (credential || namedRandom)
    for (const key of Object.keys(attributes))
      if (
        (credential ? CREDENTIAL_ATTRIBUTES : RANDOM_VALUE_ATTRIBUTES).has(key) &&
        typeof attributes[key] === "string"
      ) {
        named.add(key);
        cells.push({ name: CREDENTIAL_NAME, route: [...route, key] });
      }
  for (const path of marked) {
    if (path.length === 1 && named.has(path[0] as string)) continue;
    let at: unknown = attributes;
    for (const step of path) at = at !== null && typeof at === "object" ? (at as Obj)[step] : undefined;
    if (typeof at === "string") cells.push({ name: CREDENTIAL_NAME, route: [...route, ...path] });
    // A map marked whole (a Kubernetes secret's data): each of its strings.
    else if (isObject(at))
      for (const key of Object.keys(at))
        if (typeof at[key] === "string")
          cells.push({ name: CREDENTIAL_NAME, route: [...route, ...path, key] });
  }
}

/**
 * The paths a state's `sensitive_attributes` marks: each a list of steps, `{ type: "get_attr", value: name }`
 * or `{ type: "index", value: { value: key } }`; a path past MAX_PATH_STEPS, or of another step, is left out.
 */
function markedPaths(list: unknown): Step[][] {
  if (!Array.isArray(list)) return [];
  const paths: Step[][] = [];
  for (const path of list) {
    if (!Array.isArray(path) || path.length === 0 || path.length > MAX_PATH_STEPS) continue;
    const steps: Step[] = [];
    for (const step of path) {
      if (!isObject(step)) break;
      const v = step.value;
      if (step.type === "get_attr" && typeof v === "string") steps.push(v);
      else if (
        step.type === "index" &&
        isObject(v) &&
        (typeof v.value === "string" || typeof v.value === "number")
      )
        steps.push(v.value);
      else break;
    }
    if (steps.length === path.length) paths.push(steps);
  }
  return paths;
}
