// A Postman collection (schema v2.1, as Postman exports it and its API returns it) keeps each auth method as
// a list of {key, value, type} triples under the method's name. Most triples are named for what they hold
// (`password`, `token`, `clientSecret`) and are read by name; an API key's triple is named "value", beside
// "key" (the header's name) and "in". So the apikey list is the keyword and its "value" triple the key.
import type { SecretRule } from "./engine.js";
import { literalSecret } from "./positional-credentials.js";

export const POSTMAN_API_KEY: SecretRule = {
  type: "secret_assignment",
  generic: true,
  keywords: ['"apikey"'],
  pattern:
    /"apikey"[ \t]{0,4}:[ \t\r\n]{0,16}\[[^\]]{0,600}?\{[ \t\r\n]{0,32}"key"[ \t]{0,4}:[ \t]{0,4}"value"[ \t]{0,4},[ \t\r\n]{0,32}"value"[ \t]{0,4}:[ \t]{0,4}"([^"\\\r\n]{8,4096})"/i,
  group: 1,
  validate: literalSecret,
};
