// An object keyed by region codes maps each country to its figure: libphonenumber's example numbers, a price or
// a population per country, a dialling table. "PW" there is Palau, not a password's name, so its value is no
// password. Only where every key is a region code (ISO 3166-1 alpha-2, and the codes phone numbering adds for
// Ascension, Tristan da Cunha and Kosovo) and there are enough of them to make a map: beside one other key
// (USER, HOST) PW is still a password's name.

/** Fewer keys than this are no map of countries. */
const MIN_REGIONS = 4;

const REGION_CODES = new Set(
  (
    "AC AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV " +
    "BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET " +
    "FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM " +
    "IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD " +
    "ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE " +
    "PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST " +
    "SV SX SY SZ TA TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF " +
    "WS XK YE YT ZA ZM ZW"
  ).split(" "),
);

/** Whether `key` is Palau's code among an object's keys that are all region codes. */
export function palauInRegionMap(key: string, keys: readonly string[]): boolean {
  if (key !== "PW" || keys.length < MIN_REGIONS) return false;
  for (const k of keys) if (!REGION_CODES.has(k)) return false;
  return true;
}
