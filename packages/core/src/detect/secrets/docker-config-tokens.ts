// Docker's ~/.docker/config.json keeps, beside a registry's `auth`, the token `docker login` was given in its
// place: `"identitytoken"` (an OAuth refresh token, from Harbor, Quay, Nexus, ACR or any token server) or
// `"registrytoken"` (a bearer token). Either pulls and pushes as the user, and an opaque one (hex, no JWT
// shape) has no prefix to be found by, so the field's name is the keyword.
import type { SecretRule } from "./engine.js";
import { literalSecret } from "./positional-credentials.js";

export const DOCKER_CONFIG_TOKEN: SecretRule = {
  type: "secret_assignment",
  generic: true,
  keywords: ['"identitytoken"', '"registrytoken"'],
  pattern: /"(?:identitytoken|registrytoken)"[ \t]{0,4}:[ \t\r\n]{0,16}"([^"\\\r\n]{8,4096})"/i,
  group: 1,
  validate: literalSecret,
};

/**
 * Composer's auth.json keeps tokens in maps keyed by a repository's host (`"bearer": {"repo.corp.example":
 * "<token>"}`, likewise `gitlab-token`, `github-oauth`, `gitlab-oauth`): the map's name says what the value is.
 * Read: the map's first host, the usual one-repository case.
 */
export const COMPOSER_HOST_TOKEN: SecretRule = {
  type: "secret_assignment",
  generic: true,
  keywords: ['"bearer"', '"gitlab-token"', '"github-oauth"', '"gitlab-oauth"'],
  pattern:
    /"(?:bearer|gitlab-token|github-oauth|gitlab-oauth)"[ \t]{0,4}:[ \t\r\n]{0,16}\{[ \t\r\n]{0,32}"[A-Za-z0-9.:-]{1,253}"[ \t]{0,4}:[ \t\r\n]{0,16}"([^"\\\r\n]{8,4096})"/i,
  group: 1,
  validate: literalSecret,
};
