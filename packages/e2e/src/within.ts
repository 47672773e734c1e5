// Waiting on what a test expects instead of sleeping for it: a fixed sleep costs its whole length on every
// run, while the event it stands for usually comes within milliseconds. The bound stays what the sleep was,
// so a test that failed after the sleep still fails after the bound.

/** True as soon as `check` holds, false when it still does not after `ms` (checked every 20 ms). */
export async function within(check: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
}
