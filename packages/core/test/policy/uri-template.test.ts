import { describe, expect, it } from "vitest";
import { expandTemplate } from "../../src/policy/uri-template.js";

describe("expandTemplate", () => {
  it.each([
    ["file:///{path}", { path: "secret/plan.txt" }, "file:///secret/plan.txt"],
    ["file:///{+path}", { path: "a/b" }, "file:///a/b"],
    ["repo://{owner}/{repo}/blob{/path}", { owner: "o", repo: "r", path: "x" }, "repo://o/r/blob/x"],
    ["db://{table}{?limit,offset}", { table: "users", limit: "5" }, "db://users?limit=5"],
    ["notes://{id}#{section}", { id: "7" }, "notes://7#"],
    ["x://{a,b}", { a: "1", b: "2" }, "x://1,2"],
    ["x://{name:3}/{list*}", { name: "abcdef", list: "q" }, "x://abcdef/q"],
  ])("%s with %j is %s", (template, values, expected) => {
    expect(expandTemplate(template, values)).toBe(expected);
  });
});
