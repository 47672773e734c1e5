// The client's roots are read as the server reads them; a root the guard cannot read never reaches the server.
import { describe, expect, it } from "vitest";
import { clientRoots } from "../../src/policy/client-roots.js";

const root = (uri: unknown) => ({ uri, name: "r" });

describe("clientRoots", () => {
  it("reads plain file roots as canonical paths and keeps the answer as it is", () => {
    expect(clientRoots([root("file:///work/project"), root("file:///work/other/")])).toEqual({
      paths: ["/work/project", "/work/other"],
      readable: undefined,
    });
  });

  it.each([
    ["file:///work/x/../home", "/work/home"],
    ["file:///work/x/%2e%2e/home", "/work/home"],
    ["file:///work/./x/.%2E/home", "/work/home"],
  ])("resolves %s as the URL parser does, to %s", (uri, path) => {
    expect(clientRoots([root(uri)])).toEqual({ paths: [path], readable: undefined });
  });

  it("also reads a root with a real % in a name where the server's parser puts it (decoded once)", () => {
    expect(clientRoots([root("file:///work/x%2541")]).paths).toEqual(["/work/x%41", "/work/xA"]);
  });

  it("takes out of the answer a root neither reading accepts", () => {
    // Decoded twice it climbs; the server's parser reads a directory literally named %2e%2e.
    const unreadable = [root("file:///work/%252e%252e/home"), root(42), root("file:///work/\u200bhidden")];
    const plain = root("file:///work/project");
    expect(clientRoots([plain, ...unreadable])).toEqual({ paths: ["/work/project"], readable: [plain] });
  });

  it("keeps a readable root of another scheme without taking it as a place", () => {
    expect(clientRoots([root("https://example.com/repo")])).toEqual({ paths: [], readable: undefined });
  });
});
