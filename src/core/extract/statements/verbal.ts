// Is a cue word used as a verb where it stands? "the report" and "its statement" are nouns,
// "officials say" and "the poll found" verbs; "a phenomenon called “…”" names a thing.

import {
  ARTICLES,
  AUXILIARIES,
  IRREGULAR_PAST,
  POLLED_PARTICIPLES,
} from "../../lexicon/function-words.js";
import { ORG_HEADS } from "../../lexicon/organisations.js";
import { CHANNEL_NOUNS, DOCUMENT_NOUNS, RULING_BODIES } from "../../lexicon/speech-cues.js";
import { NUMBER, type Tok, WORD } from "../../text/lex.js";
import { type Cue, isVerbForm, plainCueForm } from "./cues.js";
import { namedAppositive } from "./appositive-subject.js";
import { nameAfterDescription } from "./described-name.js";
import { opensFigure } from "./clause.js";
import { quotesSomeone } from "./quoted-source.js";
import { documentSubject, eventSubject } from "./document-subject.js";
import { setPhrase } from "./set-phrases.js";
import { modifiedPluralSubject } from "./modified-subject.js";
import {
  groupSubject,
  opensComplement,
  pluralAround,
  pluralNoun,
  pluralSubject,
} from "./plural-subject.js";
import {
  COMPOUND_HEADS,
  DETERMINER_BEFORE,
  EN_PARTICIPLES,
  NAMING,
  NOT_NOUN_AFTER,
  NOUN_MARKERS,
  PLURAL_DETERMINERS,
  PRE_CUE,
  SINGULAR_PRONOUNS,
  SUBJECT_PRONOUN_BEFORE,
  VERB_MARKERS,
} from "./verbal-words.js";

/**
 * Whether the cue word at token `i` is used as a verb. Capitalised mid-sentence ("the Department
 * of State"), after a determiner ("its report"), or a base form without a plural or pronoun
 * subject ("American state organisations") it is not.
 */
export function verbal(
  toks: readonly Tok[],
  i: number,
  unitStart: number,
  c: Cue,
  isName: (k: number) => boolean = () => true,
): boolean {
  const t = toks[i]!;
  const f = c.form;
  const prev = i > unitStart ? toks[i - 1]! : null;
  const next = toks[i + 1];
  if (t.cap && prev !== null && !/^[“"‘'(«—–-]$/.test(prev.text)) return false;
  if (setPhrase(toks, i, unitStart, f)) return false;
  const presentS = f.present && !f.base && !f.gerund;
  // "Records show …", "the poll found …": documents as sources.
  if (f.cls === "evidence" && documentSubject(toks, i, unitStart)) return !f.gerund || !t.cap;
  if (f.cls === "evidence" && eventSubject(toks, i, unitStart)) return false;
  // "reports of torture", "the claims of …"; but "says of the decree", "warns of" are verbs.
  if (presentS && next?.lower === "of" && f.nounLike) return false;
  if (prev === null || /^[“"‘'(«—–-]$/.test(prev.text)) return !f.base || !f.nounLike;
  // "the report", "the ruling", "a warning"; but "another says" is a verb after a pronoun.
  if (
    NOUN_MARKERS.has(prev.lower) &&
    !f.past &&
    (f.nounLike || f.gerund || prev.lower !== "another")
  )
    return false;
  // "the only state holding …", "the first question is …": an adjective after an article.
  if (
    !f.past &&
    !f.gerund &&
    /^(only|first|main|same|sole|real)$/.test(prev.lower) &&
    ARTICLES.has(toks[i - 2]?.lower ?? "")
  )
    return false;
  // "both states", "several reports": a plural determiner makes an -s form a noun.
  if (presentS && PLURAL_DETERMINERS.has(prev.lower)) return false;
  const lowerPrev = prev.kind === WORD && !prev.cap;
  // "quote" only with whom it quotes ("quoted the minister as saying …"), not "and I quote".
  if (f.lemma === "quote" && !quotesSomeone(toks, i)) return false;
  // "backed away from the deal", "backed off": a movement, not support.
  if (f.lemma === "back" && /^(away|off|down|out)$/.test(next?.lower ?? "")) return false;
  // "the alleged shooter", "an accused rapist", "an estimated 28,000": a participle after a
  // determiner modifies the noun after it.
  if (f.past && ARTICLES.has(prev.lower)) return false;
  // "the least talked about case", "an awkward but promising start": a participle graded or
  // joined to an adjective after an article is an adjective too.
  const before2 = toks[i - 2]?.lower ?? "";
  // ("the oldest and least talked about case": the grading word joined to another adjective.)
  const graded =
    ARTICLES.has(before2) ||
    (/^(and|but)$/.test(before2) && /(est|er)$/.test(toks[i - 3]?.lower ?? ""));
  if (f.past && /^(least|most|less|more|much)$/.test(prev.lower) && graded) return false;
  if (
    f.gerund &&
    /^(but|and|yet|or)$/.test(prev.lower) &&
    toks[i - 2]?.kind === WORD &&
    !toks[i - 2]!.cap &&
    !/s$/.test(before2) &&
    ARTICLES.has(toks[i - 3]?.lower ?? "") &&
    next?.kind === WORD &&
    !next.cap &&
    !NOT_NOUN_AFTER.has(next.lower)
  )
    return false;
  // "Activists worried by the decree contacted …": a state the agent put them in, not a view.
  if (f.past && f.cls === "cognition" && next?.lower === "by" && !PRE_CUE.has(prev.lower))
    return false;
  // "a phenomenon called “differential nonresponse”", "a book titled “…”": a participle
  // after its noun names a thing; "what he called “…”" and "Trump called …" report.
  if (
    f.past &&
    NAMING.has(f.lemma) &&
    lowerPrev &&
    !SINGULAR_PRONOUNS.has(prev.lower) &&
    !PRE_CUE.has(prev.lower) &&
    !VERB_MARKERS.has(prev.lower) &&
    /^[“"‘'«]$/.test(next?.text ?? "")
  )
    return false;
  // "a collection of poems by Nguyen Chi Thien called “…”": the name ends a phrase that
  // describes the thing named, so the participle names it too.
  if (
    f.past &&
    NAMING.has(f.lemma) &&
    prev.cap &&
    /^[“"‘'«]$/.test(next?.text ?? "") &&
    nameAfterPreposition(toks, i - 1, unitStart)
  )
    return false;
  // "better known as Ko Jimmy", "seen as a threat": a participle naming, not reporting.
  // ("“…,” Lan said as she marched …": "as" and a subject open a clause of time.)
  if (
    f.past &&
    next?.lower === "as" &&
    toks[i + 2]?.lower !== "much" &&
    // ("said as many as 30 farmers were detained": a figure opens the clause.)
    !opensFigure(toks, i + 1) &&
    !PRE_CUE.has(prev.lower) &&
    !SUBJECT_PRONOUN_BEFORE.has(toks[i + 2]?.lower ?? "")
  )
    return false;
  // "six defendants accused of …", "a man charged with …": a participle after its noun (not
  // after a subject pronoun: "he declared in a tweet").
  if (
    f.past &&
    f.frames.has("obj") &&
    /^(of|with|by|in)$/.test(next?.lower ?? "") &&
    !PRE_CUE.has(prev.lower) &&
    !SUBJECT_PRONOUN_BEFORE.has(prev.lower) &&
    !(next?.lower === "in" && thatSoon(toks, i + 2))
  )
    return false;
  // "has given added fuel", "a widely reported claim": a participle used as an adjective.
  // (Not "an official who asked not to be named said": a passive ending a relative clause.)
  if (
    f.past &&
    lowerPrev &&
    (/ed$/.test(prev.lower) || EN_PARTICIPLES.has(prev.lower)) &&
    !PRE_CUE.has(prev.lower) &&
    !/^(be|been)$/.test(before2) &&
    !endsWhoClause(toks, i - 1) &&
    !POLLED_PARTICIPLES.has(prev.lower)
  )
    return false;
  if ((f.base || presentS) && f.nounLike) {
    // "the appeals court rules that …", but "a set of new land rules that could …".
    if (f.lemma === "rule" && RULING_BODIES.has(prev.lower)) return true;
    // "the nine districts that held votes", "reports that track spending": "that" + a verb is
    // a relative clause on the noun, not what anyone said.
    if (next?.lower === "that" && relativeVerb(toks[i + 2])) return false;
    // "the two say that …", not "in three state elections": after a number the word is a
    // verb only before what it reports.
    if (/^(two|three)$/.test(prev.lower) && next?.kind === WORD && !opensComplement(next))
      return false;
    if (VERB_MARKERS.has(prev.lower) || SINGULAR_PRONOUNS.has(prev.lower)) return true;
    // "Trump calls for …" but not "the March states account for …".
    if (presentS && prev.cap && isName(i - 1)) return true;
    // "Le Van Son, a longtime ally of the mayor, calls …": a name, its appositive, the verb.
    if (presentS && prev.text === "," && namedAppositive(toks, i - 1, unitStart, isName))
      return true;
    // "Her lawyer, Tran Van Hieu, calls …": a description, then the name set off after it.
    if (presentS && prev.text === "," && nameAfterDescription(toks, i - 1, unitStart, isName))
      return true;
    // "the paper notes …", "the ministry claims …": a document or an organisation speaking.
    // ("news reports", "press releases" are compounds.)
    if (
      presentS &&
      lowerPrev &&
      !COMPOUND_HEADS.has(prev.lower) &&
      (DOCUMENT_NOUNS.has(prev.lower) || ORG_HEADS.has(prev.lower))
    )
      return true;
    // "officials claim the vote was …", "Democrats plan to …", "a third fear that …": a plural
    // subject, then what is claimed, planned or feared.
    // ("Lawyers point out that …": past the particle the cue needs.)
    const complement = c.tokEnd > i + 1 ? toks[c.tokEnd] : next;
    if (f.base && pluralSubject(prev, toks, i - 1) && opensComplement(complement)) return true;
    // "Hanoi and Beijing call them “criminals”": no noun takes an object pronoun after it.
    if (f.base && !lowerPrev && /^(them|him|us|me)$/.test(next?.lower ?? "")) return true;
    // "Trump tweets: …", not "the 2016 campaign: …" (a number before the noun).
    // ("one simple question: …", "led big states: …": after a lower-case modifier, the noun;
    // "as the group's website notes: …" has a source before it.)
    if (next?.text === ":")
      return (
        prev.kind !== NUMBER &&
        prev.text !== "%" &&
        (!lowerPrev ||
          pluralNoun(prev) ||
          DOCUMENT_NOUNS.has(prev.lower) ||
          CHANNEL_NOUNS.has(prev.lower) ||
          ORG_HEADS.has(prev.lower))
      );
    // "The poll shows that …", not "legal documents that …": a determiner opens the subject.
    if (next?.lower !== "that") return false;
    // "polls show that", "the survey shows that" — not "the fifth state that".
    // ("human rights report that …" is a noun with a relative clause.)
    if (f.base) return f.cls === "evidence" && /[^s]s$/.test(prev.lower);
    return DETERMINER_BEFORE.has(toks[i - 2]?.lower ?? "");
  }
  if (f.base) {
    // "which helps explain why …": a cause helps; nobody explains.
    if (/^help(s|ed|ing)?$/.test(prev.lower)) return false;
    if (VERB_MARKERS.has(prev.lower)) return true;
    // "The Interior Ministry and police say": a name before a base-form speech verb.
    if (prev.cap && prev.kind === WORD) return true;
    // "a third say", "most people say", "one in five say": a share of a group.
    if (groupSubject(toks, i - 1)) return true;
    if (prev.text === "," || (/^[”"’']$/.test(prev.text) && toks[i - 2]?.text === ","))
      return pluralAround(toks, i, unitStart);
    // "officials say", "critics argue", "polls show": a plural noun subject.
    return pluralNoun(prev) || modifiedPluralSubject(toks, i, unitStart);
  }
  return true;
}

/** The verb of a relative clause right after "that" ("that have been", "that held", "that track"). */
function relativeVerb(t: Tok | undefined): boolean {
  if (t === undefined || t.kind !== WORD || t.cap) return false;
  if (AUXILIARIES.has(t.lower)) return true;
  const f = plainCueForm(t.lower);
  if (f !== null && (f.past || f.present) && !f.base) return true;
  return IRREGULAR_PAST.has(t.lower) || (/ed$/.test(t.lower) && t.lower.length > 4);
}

/**
 * "announced in a statement that …": a "that" (or a quoted clause) a few words on, with no verb
 * before it.
 */
function thatSoon(toks: readonly Tok[], k: number): boolean {
  for (let j = k; j < Math.min(toks.length, k + 8); j++) {
    const t = toks[j]!;
    if (t.kind !== WORD) {
      // "acknowledged in an interview on Sunday “we may lose …”": a quoted clause.
      const next = toks[j + 1];
      if (/^[“"]$/.test(t.text) && next?.kind === WORD && !next.cap && j > k) return true;
      if (t.text !== "," && t.text !== "’s" && t.text !== "'s") return false;
      continue;
    }
    if (t.lower === "that") return true;
    if (!t.cap && isVerbForm(t.lower)) return false;
  }
  return false;
}

/**
 * The name ending at `k` is the object of "by", "from" or "of" after a common noun ("poems by
 * Nguyen Chi Thien", "a report from the lawyer Tran Van Minh").
 */
function nameAfterPreposition(toks: readonly Tok[], k: number, unitStart: number): boolean {
  let j = k;
  while (j > unitStart && k - j < 6 && toks[j]!.kind === WORD && !isVerbForm(toks[j]!.lower)) {
    const t = toks[j]!;
    if (!t.cap && /^(by|from|of)$/.test(t.lower)) {
      const noun = toks[j - 1];
      return j - 1 >= unitStart && noun !== undefined && noun.kind === WORD && !noun.cap;
    }
    j--;
  }
  return false;
}

/**
 * "A lawyer who resigned said", "a guard who was hired told": the participle at `k` ends a
 * "who" clause (right after "who", or after one auxiliary), so the cue after it is the verb of
 * the clause's noun, not a participle used as an adjective.
 */
function endsWhoClause(toks: readonly Tok[], k: number): boolean {
  const b1 = toks[k - 1]?.lower;
  if (b1 === "who") return true;
  return /^(was|were|had|has|have)$/.test(b1 ?? "") && toks[k - 2]?.lower === "who";
}
