// A short name's appositive ("Vinh, 58, an engineer, was arrested") gives the person it joins a role.

import type { Tok } from "../../text/lex.js";
import { appositiveAfter, type OrgRuns } from "./roles.js";
import type { Mention } from "./types.js";

/**
 * After a short name, only an appositive that opens with an article and whose role is the head of
 * its phrase counts: "Vinh, 58, an engineer," but not "Sanders, telling voters" or "Trump, a
 * majority of likely voters".
 */
function shortAppositive(toks: readonly Tok[], nameEnd: number): boolean {
  let k = nameEnd + 1;
  if (/^\d{1,3}$/.test(toks[k]?.text ?? "") && toks[k + 1]?.text === ",") k += 2;
  const t = toks[k];
  return t !== undefined && (t.lower === "a" || t.lower === "an" || t.lower === "the");
}

/** Sets the role of the short name `m` ending at token `nameEnd` from its appositive, if any. */
export function shortNameRole(
  toks: readonly Tok[],
  nameEnd: number,
  limit: number,
  orgs: OrgRuns,
  m: Mention,
): void {
  const app = appositiveAfter(toks, nameEnd, limit, orgs);
  if (app?.role == null || !shortAppositive(toks, nameEnd) || / (?:of|in|on|at) /.test(app.role))
    return;
  m.role = app.role;
  m.roles = [app.role];
}
