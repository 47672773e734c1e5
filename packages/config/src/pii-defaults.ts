// The parts of the personal-data settings the running daemon needs as plain values. They live apart from
// the schema so that the daemon can use them without loading zod (the schema re-exports them; a config test
// keeps DEFAULT_PII_CONFIG equal to what the schema gives an empty section).
import type { PiiConfig } from "./schema.js";

/** m0lz.03's type names that cover several of ours. */
export const PII_ALIASES: Record<string, string[]> = {
  aws_key: ["aws_access_key_id", "aws_secret_access_key"],
};

/** Core's default list too (a daemon test keeps the two equal): where mcp-guard's users most often are. */
export const DEFAULT_PHONE_REGIONS = [
  "US",
  "GB",
  "DE",
  "FR",
  "ES",
  "IT",
  "NL",
  "BE",
  "CH",
  "AT",
  "SE",
  "DK",
  "NO",
  "FI",
  "PL",
  "PT",
  "IE",
  "AU",
  "IN",
  "BR",
  "MX",
  "JP",
  "CN",
  "ZA",
];

/** `pii:` when the config leaves it out: what the schema's defaults make of an empty section. */
export function defaultPiiConfig(): PiiConfig {
  return {
    enabled: true,
    confidence_threshold: 0.8,
    actions: {},
    disabled_types: ["ip_address"],
    phone_regions: [...DEFAULT_PHONE_REGIONS],
    custom_types: {},
  };
}
