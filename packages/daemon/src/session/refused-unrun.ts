// Which of a server's JSON-RPC errors say the call never ran. Passing a call commits something (a charge on
// the day's spend, a person's approval used up) that is given back when the call did not run; an error that
// may come after the work was done must keep it, or an agent retrying a payment whose handler failed late
// pays again under a cap that forgot the first. The SDK's servers answer a handler that throws with -32603,
// after whatever it did, and a server's own codes say nothing either way: only the protocol's refusals of the
// request itself (and the guard's, which use them when a guard stands before the server) say it did not run.

/** Parse error, invalid request, method not found, invalid params: each refuses the request unread. */
const REFUSED_UNREAD = new Set([-32700, -32600, -32601, -32602]);

/** Whether a server's error to a request says the request was not carried out. */
export function refusedUnrun(error: { code: unknown }): boolean {
  return typeof error.code === "number" && REFUSED_UNREAD.has(error.code);
}
