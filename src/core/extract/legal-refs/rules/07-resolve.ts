import {
  CODES,
  statuteInCode,
  type CodeInfo,
  type Statute,
} from "../../../lexicon/statutes/index.js";
import { codeInForce, resolveCodeOf } from "../code-cache.js";
import type { ArticleItem } from "./02-article-numbers.js";
import type { LawMention } from "./04-law-name.js";

// An article of a named or implied law, to a catalogue entry:
//   "Article 117 of the Criminal Code 2015"      → vn/criminal-code-2015/117
//   "Article 88 of the 1999 Penal Code"          → vn/penal-code-1999/88
//   "Article 88 of the Criminal Code" (in 2020)  → vn/penal-code-1999/88: no year given and 88 is
//                                                   not a political article of the 2015 code, so
//                                                   the number is read in the code it replaced
//   "under Article 117" in a Vietnamese report   → the code in force at the report's date
//   "Article 19 of the ICCPR"                    → INTL, ICCPR, no statute
//   "Article 25 of the 2013 Constitution"        → Constitution 2013, no statute

export interface Resolution {
  jurisdiction: string | null;
  law: string | null;
  statute: Statute | null;
}

const titleCase = (s: string): string =>
  s.replace(/(^|\s)(\p{L})/gu, (_, sp: string, c: string) => sp + c.toUpperCase());

function lookup(
  code: CodeInfo,
  item: ArticleItem,
  yearGiven: boolean,
): { code: CodeInfo; statute: Statute | null } {
  const hit = statuteInCode(code, item.article, item.clause);
  if (hit || yearGiven) return { code, statute: hit };
  const older = CODES.find((c) => c.replacedBy === code.key);
  const old = older ? statuteInCode(older, item.article, item.clause) : null;
  return old ? { code: older!, statute: old } : { code, statute: null };
}

export function resolveItem(
  item: ArticleItem,
  law: LawMention | null,
  jurisdiction: string | null,
  date: string | null,
): Resolution {
  if (law?.kind === "treaty") return { jurisdiction: "INTL", law: law.treaty, statute: null };
  if (law?.kind === "constitution")
    return {
      jurisdiction,
      law: law.year ? `Constitution ${law.year}` : "Constitution",
      statute: null,
    };
  if (law) {
    const code = resolveCodeOf(law.base, jurisdiction, law.year, date);
    if (!code)
      return {
        jurisdiction,
        law: titleCase(`${law.base}${law.year ? ` ${law.year}` : ""}`),
        statute: null,
      };
    const found = lookup(code, item, law.year !== null);
    return { jurisdiction: code.jurisdiction, law: found.code.name, statute: found.statute };
  }
  if (!jurisdiction || jurisdiction === "INTL") return { jurisdiction, law: null, statute: null };
  const code = codeInForce(jurisdiction, date);
  if (!code) return { jurisdiction, law: null, statute: null };
  const found = lookup(code, item, false);
  return found.statute
    ? { jurisdiction, law: found.code.name, statute: found.statute }
    : { jurisdiction, law: null, statute: null };
}
