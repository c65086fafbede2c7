// The register's side of the evidence questions, from the stored register (migration 0003): who
// is held on a day and under which articles, and the register's own counts. The same questions
// the core answers in memory (src/core/check/register-queries.ts), by the same rules:
//   held on D    the current status history (`case_history`, default variant, as known now) has
//                the person pending trial or serving a sentence on D: counted from the count
//                rollup, listed longest held first by a nearest-neighbour scan (migration 0015);
//   at risk on D the `not-exiled-or-deceased` aggregate, counted from the rollup;
//   in year Y    arrests, sentences, releases, deaths in custody: the records the core places in Y
//                (`case_placed`, migration 0016), counted as the core's `countEvents` counts.
// A person counts for a country unless their charges name another country's articles (people
// never charged count everywhere, as the core counts them).

import { MAX_CASE_IDS, type RegisterCountResult } from "../../core/check/evidence.js";
import { splitQuantityKey } from "../../core/check/quantity.js";
import { YEARLY } from "../../core/check/register-queries.js";
import type { Orm } from "../db.js";
import { stockCount } from "./stock-count.js";
import { yearlyCount } from "./yearly-count.js";

export { casesDetainedAsOf } from "./held-evidence.js";

export async function registerCount(
  orm: Orm,
  date: string,
  quantity: string,
  jurisdiction?: string | null,
  maxIds = MAX_CASE_IDS,
): Promise<RegisterCountResult | null> {
  const { family } = splitQuantityKey(quantity);
  const j = jurisdiction ?? null;
  if (family === "detained" || family === "at-risk")
    return stockCount(orm, date, quantity, j, maxIds);
  if (!YEARLY[family]) return null;
  return yearlyCount(orm, date.slice(0, 4), quantity, j, maxIds);
}
