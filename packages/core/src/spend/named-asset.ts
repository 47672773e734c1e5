// The asset a costed call names for itself, beside the currency it may name (named-currency.ts). Wallet and
// exchange tools name what they move otherwise: Coinbase AgentKit's `transfer {amount, assetId: "btc"}`, a
// swap's `fromAssetId` or `tokenIn`, a wallet's `tokenAddress: "0x…"`. Until round 45 only a member named
// for a currency counted, so a transfer of 3 BTC was booked as 3 USD under a cap in dollars.
// An `asset` or `coin` member of a costed call is what it moves, so any value but the server's currency makes
// the call uncountable, save a file name or a URL (an `asset` that is an image). A bare `token` is left out:
// in a payment tool it is more often a card token (`tok_visa`), a credential or a pagination cursor, and a
// short cursor cannot be told from a ticker; a token member that says which (`tokenSymbol`, `tokenAddress`)
// or which side of a swap (`fromToken`, `tokenOut`) counts.
import { firstMemberAnswer } from "./argument-members.js";

/** A member's name as a case- and separator-insensitive decoder reads it. */
const folded = (name: string): string => name.toLowerCase().replace(/[_\s-]/g, "");
/** The two sides of a swap or transfer: `fromAssetId`, `toToken`, `sellCoin`, `tokenIn`, `assetOut`. */
const SIDE =
  /^(?:from|to|source|src|target|destination|dest|sell|buy|input|output|base|quote|pay|receive)(?=asset|coin|token)/;
const DIRECTION = /(?<=asset|coin|token)(?:in|out)$/;
// `denom`: the Cosmos SDK's coin is `{ denom: "uatom", amount }`.
const ASSET = /^(?:(?:asset|coin)(?:id|code|symbol|ticker|address|contract)?|cointype|denom)$/;
const TOKEN = /^token(?:id|symbol|ticker|code|address|contract|mint)$/;
/** The members of an asset given as an object that say which one it is. */
const CODE_MEMBERS = new Set(["id", "code", "symbol", "ticker", "address", "contract", "assetid"]);
/** A file name (an extension of two to five characters) or a URL: not a unit of account. */
const FILE_LIKE = /\.[A-Za-z][A-Za-z0-9]{1,4}$|^[A-Za-z][A-Za-z0-9+.-]*:\/\//;

/** Why the call cannot be costed in `currency`: it moves another asset; undefined when it names none. */
export function otherAsset(args: unknown, currency: string): string | undefined {
  const wanted = currency.trim().toUpperCase();
  return firstMemberAnswer(args, (name, value) =>
    namesAsset(name) && movesOther(value, wanted)
      ? `the argument "${name}" names the asset the call moves; this server's costs and caps are in ${wanted}, and the guard converts no currency`
      : undefined,
  );
}

/** Whether a member of this name says which asset the call moves. */
function namesAsset(name: string): boolean {
  const key = folded(name);
  if (!/asset|coin|token|denom/.test(key)) return false;
  const bare = key.replace(SIDE, "").replace(DIRECTION, "");
  return ASSET.test(bare) || TOKEN.test(bare) || (bare === "token" && bare !== key);
}

/** Whether an asset member's value is another asset than `wanted`. */
function movesOther(value: unknown, wanted: string): boolean {
  if (value === null || value === undefined || typeof value === "boolean") return false;
  // A number is an asset's id (Algorand numbers its assets).
  if (typeof value === "number") return true;
  if (typeof value === "string") {
    const named = value.trim();
    return named.toUpperCase() !== wanted && !FILE_LIKE.test(named);
  }
  if (Array.isArray(value)) return value.some((item) => typeof item !== "object" && movesOther(item, wanted));
  // An asset given as an object ({symbol: "BTC"}) is read through the members that say which one it is.
  return Object.entries(value).some(
    ([member, held]) =>
      CODE_MEMBERS.has(folded(member)) && typeof held !== "object" && movesOther(held, wanted),
  );
}
