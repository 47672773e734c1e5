// The members of a call's arguments at every depth, for the checks that look for a unit of account wherever a
// server could read one (named-currency.ts, named-asset.ts).

/**
 * The first answer `judge` gives for a member (its name and value) anywhere in `args`; undefined when it gives
 * none. Iterative: the arguments may be as deep as the session lets a message be.
 */
export function firstMemberAnswer(
  args: unknown,
  judge: (name: string, value: unknown) => string | undefined,
): string | undefined {
  const pending: unknown[] = [args];
  while (pending.length > 0) {
    const node = pending.pop();
    if (typeof node !== "object" || node === null) continue;
    if (Array.isArray(node)) {
      pending.push(...(node as unknown[]));
      continue;
    }
    for (const [name, value] of Object.entries(node)) {
      pending.push(value);
      const answer = judge(name, value);
      if (answer !== undefined) return answer;
    }
  }
  return undefined;
}
