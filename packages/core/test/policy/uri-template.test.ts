import { describe, expect, it } from "vitest";
import { expandTemplate, fillTemplate } from "../../src/policy/uri-template.js";

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

describe("fillTemplate", () => {
  it.each([
    ["file:///secret/{name}", "file:///secret/x"],
    ["file:///secret{/name}", "file:///secret/x"],
    ["file:///secret{/dir,name}", "file:///secret/x/x"],
    ["file:///secret{/list*}{.ext}", "file:///secret/x.x"],
    ["file:///{+path}#{frag}{#f}", "file:///x#x#x"],
    ["db://{table}{;id}{?limit,offset}{&more}", "db://x;id=x?limit=x&offset=x&more=x"],
    ["x://{name:3}", "x://x"],
  ])("%s is %s", (template, expected) => {
    expect(fillTemplate(template, "x")).toBe(expected);
  });
});
