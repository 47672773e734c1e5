// Only the poisoned- and real-definitions part of `pnpm bench:integrity` (public corpora): quick to rerun
// while the definition signals change. Needs `pnpm build` first, like the full bench.
import { definitionsSection } from "./public/integrity.mjs";

definitionsSection();
