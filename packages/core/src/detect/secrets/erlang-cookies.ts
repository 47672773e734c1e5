// An Erlang distribution cookie is the one secret the nodes of an Erlang or Elixir cluster share: whoever holds
// it connects as a node and runs any code on every node (RabbitMQ's clustering guide calls it a shared
// secret; CouchDB and ejabberd use it alike). It is set by name: Bitnami's Helm value `auth.erlangCookie`,
// RabbitMQ's `RABBITMQ_ERLANG_COOKIE`, Elixir releases' `RELEASE_COOKIE`, `erl -setcookie …`, `rabbitmqctl
// --erlang-cookie …`, and in code `erlang:set_cookie(Node, 'cookie')`. The file's path
// (`RABBITMQ_ERLANG_COOKIE_FILE`) is no cookie: the name must end where the assignment starts.
import type { SecretRule } from "./engine.js";
import { isWords } from "./placeholders.js";
import { literalPassword } from "./positional-credentials.js";

/**
 * The value: Erlang writes a cookie of 20 capital letters when none is given, so the password bar (not the
 * secret bar, which wants two kinds of character) judges it. After a blank rather than `=` or `:` (an
 * option's value), prose may follow the name ("the --erlang-cookie argument"): a lower-case word is no cookie.
 */
function cookie(value: string, match: RegExpExecArray): boolean {
  if (match[1] === undefined && isWords(value)) return false;
  return literalPassword(value);
}

export const ERLANG_COOKIE: SecretRule = {
  type: "secret_assignment",
  generic: true,
  keywords: ["erlangcookie", "erlang_cookie", "erlang-cookie", "release_cookie", "setcookie"],
  // A name assigned (group 1 holds its sign), or erl's and rabbitmqctl's option after its dash (no group 1):
  // JavaScript's `setCookie = …` is no option.
  pattern:
    /(?:(?:erlang[_-]?cookie|release_cookie)["']?[ \t]{0,4}([:=])|(?<=-)(?:setcookie|erlang-cookie)(?:[ \t]{1,4}|=))[ \t]{0,4}["']?([^\s"'`,;]{6,256})/i,
  group: 2,
  validate: cookie,
};

/** erlang:set_cookie(Node, 'cookie') or erlang:set_cookie('cookie'): the atom is the cookie. */
export const ERLANG_SET_COOKIE: SecretRule = {
  type: "secret_assignment",
  generic: true,
  keywords: ["erlang:set_cookie("],
  pattern: /erlang:set_cookie\((?:[ \t]{0,4}[^,\n]{1,64},)?[ \t]{0,4}'([^'\r\n]{6,256})'[ \t]{0,4}\)/,
  group: 1,
  validate: literalPassword,
};
