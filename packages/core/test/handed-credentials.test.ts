// The credentials the guard handed a server, withheld from what the server sends the client
// (interceptors/handed-credentials.ts): where they stand alone, and only those too particular to be words.
import { describe, expect, it } from "vitest";
import {
  credentialsToWithhold,
  HANDED_CREDENTIAL_MARK,
  withholdCredentials,
  withoutCredentials,
} from "../src/interceptors/handed-credentials.js";

describe("credentialsToWithhold", () => {
  it("keeps particular values, longest first, and leaves plain words and short numbers", () => {
    expect(
      credentialsToWithhold([
        "postgres",
        "changeme",
        "123456",
        "Zk8pQ2",
        "correct horse battery staple",
        "abc1",
      ]),
    ).toEqual(["correct horse battery staple", "Zk8pQ2"]);
  });
});

describe("withoutCredentials", () => {
  const values = credentialsToWithhold(["7d1f0c2a9e4b", "Zk8pQ2"]);
  it("withholds a value standing alone, however often", () => {
    expect(withoutCredentials('{"CRM_KEY": "7d1f0c2a9e4b"} key=7d1f0c2a9e4b', values)).toBe(
      `{"CRM_KEY": "${HANDED_CREDENTIAL_MARK}"} key=${HANDED_CREDENTIAL_MARK}`,
    );
  });
  it("leaves a value inside a longer word or number", () => {
    const text = "commit a7d1f0c2a9e4b0 and Zk8pQ2x";
    expect(withoutCredentials(text, values)).toBe(text);
  });
});

describe("withholdCredentials", () => {
  it("copies only what held one, and names its path", () => {
    const result = {
      content: [
        { type: "text", text: "key Zk8pQ2" },
        { type: "text", text: "ok" },
      ],
    };
    const found: string[] = [];
    const out = withholdCredentials(result, "result", ["Zk8pQ2"], found) as typeof result;
    expect(found).toEqual(["result.content[0].text"]);
    expect(out.content[0]?.text).toBe(`key ${HANDED_CREDENTIAL_MARK}`);
    expect(out.content[1]).toBe(result.content[1]);
    expect(result.content[0]?.text).toBe("key Zk8pQ2");
  });
});
