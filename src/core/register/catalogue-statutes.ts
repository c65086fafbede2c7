// The register's view of the statute catalogue (src/core/lexicon/statutes/): which charge ids are
// known, and the article in force for a repealed one. Codes the catalogue does not carry yet
// (`mm/penal-code-1861/505`) cannot be checked and are accepted as written; an article missing
// from a code it does carry (`vn/criminal-code-2015/999`) is an error.

import { CODES, statuteById, toCurrent } from "../lexicon/statutes/index.js";
import type { StatuteLookup } from "./charges.js";

const CATALOGUED = new Set(CODES.map((c) => `${c.jurisdiction.toLowerCase()}/${c.key}`));

export const CATALOGUE_STATUTES: StatuteLookup = {
  defaultCode: "vn/criminal-code-2015",
  has: (id) => statuteById(id) !== null || !CATALOGUED.has(id.slice(0, id.lastIndexOf("/"))),
  toCurrent: (id) => toCurrent(id) ?? id,
};
