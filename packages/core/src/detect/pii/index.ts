// The personal-data detectors that need more than a pattern: a phone-number library, card issuer ranges, the
// IBAN registry. E-mail addresses and SSNs stay patterns (see detectors.ts).
export { cardBrand, cardDetector, isCardNumber } from "./card.js";
export { ibanDetector } from "./iban.js";
export { DEFAULT_PHONE_REGIONS, phoneDetector } from "./phone.js";
