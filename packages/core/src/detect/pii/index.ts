// The personal-data detectors: e-mail addresses, phone numbers (through a phone-number library), card
// numbers (issuer ranges), SSNs, other national identity numbers (their check digits) and IBANs (the registry), with the words around a number that say what it is.
export { cardBrand, cardDetector, isCardNumber } from "./card.js";
export { emailDetector } from "./email.js";
export { ibanDetector } from "./iban.js";
export { DEFAULT_PHONE_REGIONS, phoneDetector } from "./phone.js";
export { labelledCodesDetector } from "./european-ids.js";
export { machineReadableZoneDetector } from "./machine-readable-zones.js";
export { nationalIdDetector } from "./national-id.js";
export { ssnDetector } from "./ssn.js";
