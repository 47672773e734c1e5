// A word with a number between braces under a password's name is the password unless the word is a slot's
// name (braced-values.ts). A chosen word that only holds a slot word ("key" in Monkey, "port" in Portland) is
// the password; a name made of slot words alone ("username") is a slot (review of round 51: the first six passed).
import { describe, expect, it } from "vitest";
import { Scanner, builtInDetectors } from "../../src/index.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0, disabled: new Set() });

describe("a chosen password between braces that only holds a slot word", () => {
  it.each(["Monkey12", "Portland2023", "Barcelona1", "Keyboard1", "Arrow2024", "Columbia1"])(
    'password: "{%s}" is read',
    (pw) =>
      expect(scanner.scan(`password: "{${pw}}"`, "$").findings.map((f) => f.type)).toContain(
        "secret_assignment",
      ),
  );
  it.each(["param1", "value2", "host1", "pw2", "password1", "username1", "apikey2"])(
    'password: "{%s}" stays a slot',
    (slot) => expect(scanner.scan(`password: "{${slot}}"`, "$").findings).toEqual([]),
  );
});
