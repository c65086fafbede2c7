// Prints the top hits of the store benchmark's searches on one store as JSON lines (query, then
// each hit's kind, document, statement, place and score), to compare two builds' results on the
// same data: `diff` the outputs of the two.
//   node --import tsx scripts/search-hits.ts DIR [LIMIT] [OFFSET]
import { QUERIES } from "../bench/store-bench.js";
import { loadConfig } from "../src/config.js";
import { openStore } from "../src/store/open-store.js";

const [dir, limitArg, offsetArg] = process.argv.slice(2);
if (!dir) throw new Error("usage: search-hits.ts DIR [LIMIT] [OFFSET]");
const store = await openStore({ ...loadConfig(), db: dir }, { command: "search-hits" });
try {
  for (const q of QUERIES) {
    const { hits } = await store.search({
      ...q,
      limit: Number(limitArg ?? 20),
      offset: Number(offsetArg ?? 0),
    });
    console.log(JSON.stringify(q));
    for (const h of hits)
      console.log(
        `  ${h.type} d${h.document.id} s${h.statement?.id ?? "-"} ${h.field}:${h.start ?? "-"} ${h.score}`,
      );
  }
} finally {
  await store.close();
}
