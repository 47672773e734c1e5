// A started daemon runs without V8's optimising compiler (TurboFan) until traffic needs it.
// Its V8 flags (DAEMON_NODE_FLAGS in the CLI) hold the top tier at the baseline compiler (`--max-opt=1`), and
// this lets TurboFan in once the daemon has recorded OPTIMISE_AFTER_EVENTS audit events. Why: start-up runs hot
// loops once (module resolution, the keyword automaton, the signal tables), and the first function TurboFan
// compiles pages in about 4 MB of the node binary's compiler code and leaves optimised code and compiler zones
// behind. Measured with 10 fresh sessions: 83 MB resident with TurboFan from the start, 77 MB without; under
// a stream of calls, without TurboFan at all, a call costs twice the CPU (docs/benchmarks.md: memory). A
// daemon serving a few editors never reaches the threshold; one carrying a stream of calls passes it within
// a second and runs optimised code from then on.
// V8 reads these flags at each tier-up decision, so setting them at run time takes effect (node's own
// --expose-gc is set the same way by the idle collector); the test spawns node with the started daemon's
// flag and checks that a hot function is optimised after the call. A daemon started without the flag (`serve`
// in a container) has TurboFan from the start, and setting it again changes nothing.
import { setFlagsFromString } from "node:v8";
import type { AuditListener } from "./audit-writer.js";

export const OPTIMISE_AFTER_EVENTS = 1000;

/** Lets V8 compile hot functions with TurboFan from now on, and keep that code across full collections. */
export function allowOptimisingCompiler(): void {
  setFlagsFromString("--max-opt=999");
  setFlagsFromString("--turbofan");
  keepShapesAcrossCollections();
}

/**
 * The started daemon's --optimize-for-size makes every full collection V8 starts on its own one that reduces
 * memory, and such a collection keeps no map (an object's shape) that no object holds at that moment, not even
 * one that optimised code was built for: that code is thrown away and compiled again. Under a stream of calls
 * each full collection dropped the shapes of the scan's short-lived objects and about 25 optimised functions
 * with them (bench:daemon-cpu: 302 such deoptimisations and 665 TurboFan compilations over 65,000 calls;
 * 0 and 327 with this). Without the flag V8 keeps the maps optimised code refers to (--retain-maps-for-n-gc).
 * What else the flag set stays: the young generation's 1 MB semi-spaces are fixed at start-up, and the old
 * generation grows by 10 % between full collections as after a collection that reduces memory.
 */
function keepShapesAcrossCollections(): void {
  setFlagsFromString("--no-optimize-for-size");
  setFlagsFromString("--heap-growing-percent=10");
}

/** Calls `allow` once, after `after` audit events; stops listening then. */
export function optimiseWhenBusy(
  subscribe: (listener: AuditListener) => () => void,
  after = OPTIMISE_AFTER_EVENTS,
  allow: () => void = allowOptimisingCompiler,
): void {
  let seen = 0;
  const unsubscribe = subscribe(() => {
    if (++seen !== after) return;
    unsubscribe();
    allow();
  });
}
