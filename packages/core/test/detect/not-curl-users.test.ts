// `-u` pairs in public scripts that are not curl's user and password (issue 12, false positives): date's UTC
// switch before its format (elastic/examples' coffeePressHandler.sh), locust's user count as a shell default
// (GoogleCloudPlatform/microservices-demo's loadgenerator Dockerfile) and a variable closed by its command
// substitution (elastic/examples' reset_job.sh). A password given to curl so stays found.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const secretsIn = (text: string) => scanner.spans(text).filter((s) => s.category === "secret");

describe("a -u pair that is no curl login", () => {
  it.each([
    ["date's format", 'ts=$(date -u "+%Y-%m-%dT%H:%M:%SZ")'],
    ["date's format, unquoted", "stamp=$(date -u +%Y-%m-%dT%H:%M:%S)"],
    ["a shell default", 'CMD locust --headless -u "${USERS:-10}" -r "${RATE:-1}" 2>&1'],
    ["a variable in a command substitution", "out=$(curl -s -X POST ${JOBS}/_open -u $USERNAME:$PASSWORD)"],
  ])("%s", (_what, line) => {
    expect(secretsIn(line)).toEqual([]);
  });

  it.each([
    ["curl -u admin:Tr9vX2mQ8zLpK4wN https://api.acme.io/", "Tr9vX2mQ8zLpK4wN"],
    ['curl -u "admin:Tr9vX2mQ8zLpK4wN" https://api.acme.io/', "Tr9vX2mQ8zLpK4wN"],
    ["out=$(curl -s -u admin:Tr9vX2mQ8zLp%4wN)", "Tr9vX2mQ8zLp%4wN"],
    ["curl --user ci:Tr9v%X2mQ8z https://x", "Tr9v%X2mQ8z"],
  ])("still finds the password in %j", (line, password) => {
    const found = secretsIn(line);
    expect(found.some((s) => line.slice(s.start, s.end).includes(password))).toBe(true);
  });
});
