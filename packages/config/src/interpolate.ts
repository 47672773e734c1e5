// ${VAR} and ${VAR:-default} in string values, after YAML parsing: a value can never inject YAML structure,
// and comments are never touched. $${ escapes a literal "${".
export interface InterpolationError {
  path: (string | number)[];
  message: string;
  /** The variable that was not set. */
  variable: string;
}

const PATTERN = /\$\$\{|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

export function interpolate(
  value: unknown,
  env: NodeJS.ProcessEnv,
  errors: InterpolationError[],
  path: (string | number)[] = [],
): unknown {
  if (typeof value === "string") {
    return value.replace(PATTERN, (match, name: string | undefined, fallback: string | undefined) => {
      if (match === "$${") return "${";
      const found = env[name!];
      if (found !== undefined && found !== "") return found;
      if (fallback !== undefined) return fallback;
      errors.push({
        path,
        variable: name!,
        message: `environment variable ${name} is not set (use \${${name}:-default} for a default)`,
      });
      return match;
    });
  }
  if (Array.isArray(value)) return value.map((item, i) => interpolate(item, env, errors, [...path, i]));
  if (typeof value === "object" && value !== null) {
    // Entries, not assignments: `out["__proto__"] = …` would set the object's prototype, and a key written
    // `__proto__:` would then pass the schema as an inherited second spelling of the keys beneath it
    // (`daemon: {__proto__: {home: …}}` as daemon.home); as an entry it is an unknown key, refused.
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, interpolate(item, env, errors, [...path, key])]),
    );
  }
  return value;
}
