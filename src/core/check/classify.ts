// Claim typing: every claim type whose triggers fire, ranked, with the features found. The types
// are data (src/core/lexicon/claim-types.ts); callers may pass their own list to extend it.

import { CLAIM_TYPES, OTHER_CLAIM_TYPE, type ClaimTypeDef } from "../lexicon/claim-types.js";
import { CLAIM_WORD_CLASSES } from "../lexicon/claim-words.js";
import { ClaimTypeInvalid } from "../../errors.js";
import {
  toClaim,
  type Claim,
  type ClaimInput,
  type ClaimTypeMatch,
  type TypedClaim,
} from "./claim.js";
import { claimFeatures, hasNegation, negatedAround } from "./claim-features.js";
import { claimNumbers, type ClaimNumber } from "./claim-numbers.js";
import { claimTokens, type ClaimToken } from "./claim-tokens.js";
import {
  compilePattern,
  matchPattern,
  type PatternMatch,
  type TokenPattern,
  type WordClasses,
} from "./token-pattern.js";

export interface ClassifyOptions {
  /** The claim types to recognise; defaults to CLAIM_TYPES. */
  types?: readonly ClaimTypeDef[];
  /** Word classes the patterns name; defaults to CLAIM_WORD_CLASSES. */
  classes?: WordClasses;
}

type Condition = { feature: string } | { pattern: TokenPattern };

interface CompiledTrigger {
  id: string;
  all: Condition[];
  none: Condition[];
  weight: number;
  polarity: "positive" | "negative" | null;
}

interface CompiledType {
  def: ClaimTypeDef;
  triggers: CompiledTrigger[];
}

/**
 * The features trigger conditions read, each worked out when first asked: typing the statements
 * of every stored document (src/core/check/document-facts.ts) needs no more than these.
 */
interface FeatureView {
  numbers(): readonly ClaimNumber[];
  negated(): boolean;
}

const FEATURES: Readonly<Record<string, (f: FeatureView) => boolean>> = {
  // A number that counts something ("36 people", "more than 72 percent"), not a whole of a part.
  number: (f) => f.numbers().some((n) => !n.partitive && (n.counted !== null || n.family !== null)),
  // A number whose quantity Vigil knows ("36 people in detention", "45 prisoners of conscience").
  "quantity-number": (f) => f.numbers().some((n) => !n.partitive && n.quantity !== null),
  negation: (f) => f.negated(),
};

const compiledCache = new WeakMap<readonly ClaimTypeDef[], Map<WordClasses, CompiledType[]>>();

function compileCondition(src: string, classes: WordClasses, owner: string): Condition {
  if (src.startsWith("feature:")) {
    const feature = src.slice("feature:".length);
    if (!FEATURES[feature]) throw new ClaimTypeInvalid(owner, `unknown feature ${feature}`);
    return { feature };
  }
  return { pattern: compilePattern(src, classes, owner) };
}

/** Compiles claim types once; throws VIGIL_ERR_CLAIM_TYPE on a malformed definition. */
export function compileClaimTypes(
  types: readonly ClaimTypeDef[],
  classes: WordClasses = CLAIM_WORD_CLASSES,
): CompiledType[] {
  let byClasses = compiledCache.get(types);
  if (!byClasses) compiledCache.set(types, (byClasses = new Map()));
  const cached = byClasses.get(classes);
  if (cached) return cached;
  const seen = new Set<string>();
  const out = types.map((def) => {
    if (!def.id || seen.has(def.id))
      throw new ClaimTypeInvalid(def.id || "?", "missing or duplicate id");
    seen.add(def.id);
    return {
      def,
      triggers: def.triggers.map((t) => {
        if (t.all.length === 0)
          throw new ClaimTypeInvalid(def.id, `trigger ${t.id} has no conditions`);
        return {
          id: t.id,
          all: t.all.map((s) => compileCondition(s, classes, def.id)),
          none: (t.none ?? []).map((s) => compileCondition(s, classes, def.id)),
          weight: t.weight,
          polarity: t.polarity ?? null,
        };
      }),
    };
  });
  byClasses.set(classes, out);
  return out;
}

function test(
  c: Condition,
  tokens: readonly ClaimToken[],
  features: FeatureView,
): PatternMatch | boolean {
  if ("feature" in c) return FEATURES[c.feature]!(features);
  return matchPattern(c.pattern, tokens) ?? false;
}

function fire(
  t: CompiledTrigger,
  tokens: readonly ClaimToken[],
  features: FeatureView,
): PatternMatch[] | null {
  const matches: PatternMatch[] = [];
  for (const c of t.all) {
    const m = test(c, tokens, features);
    if (m === false) return null;
    if (m !== true) matches.push(m);
  }
  for (const c of t.none) if (test(c, tokens, features) !== false) return null;
  return matches;
}

/** A claim typed, with every feature found in it (what the check shows a reviewer). */
export function classifyClaim(
  input: ClaimInput | string,
  options: ClassifyOptions = {},
): TypedClaim {
  const claim = toClaim(input);
  const tokens = claimTokens(claim.text);
  const features = claimFeatures(claim.text, tokens, claim.date);
  const view: FeatureView = {
    numbers: () => features.numbers,
    negated: () => features.negations.length > 0,
  };
  return { claim, features, types: typesOf(claim, tokens, view, options) };
}

/** The claim's types as `classifyClaim` gives them, reading only the features a trigger asks. */
export function claimTypes(
  input: ClaimInput | string,
  options: ClassifyOptions = {},
): ClaimTypeMatch[] {
  const claim = toClaim(input);
  const tokens = claimTokens(claim.text);
  let numbers: ClaimNumber[] | undefined;
  const view: FeatureView = {
    numbers: () => (numbers ??= claimNumbers(claim.text, tokens, claim.date)),
    negated: () => hasNegation(tokens),
  };
  return typesOf(claim, tokens, view, options);
}

function typesOf(
  claim: Claim,
  tokens: readonly ClaimToken[],
  features: FeatureView,
  options: ClassifyOptions,
): ClaimTypeMatch[] {
  const compiled = compileClaimTypes(
    options.types ?? CLAIM_TYPES,
    options.classes ?? CLAIM_WORD_CLASSES,
  );
  const found: { match: ClaimTypeMatch; order: number }[] = [];
  compiled.forEach((ct, order) => {
    const fired: { t: CompiledTrigger; matches: PatternMatch[] }[] = [];
    for (const t of ct.triggers) {
      const matches = fire(t, tokens, features);
      if (matches) fired.push({ t, matches });
    }
    if (fired.length === 0) return;
    fired.sort((a, b) => b.t.weight - a.t.weight);
    const best = fired[0]!;
    const polarity =
      best.t.polarity ??
      (best.matches.some((m) => negatedAround(tokens, m.start, m.end)) ? "negative" : "positive");
    found.push({
      order,
      match: {
        type: ct.def.id,
        label: ct.def.label,
        score: best.t.weight + 0.1 * (fired.length - 1),
        polarity,
        triggers: fired.map((f) => f.t.id),
        matched: best.matches.map((m) =>
          claim.text.slice(tokens[m.start]!.start, tokens[m.end - 1]!.end),
        ),
        evidenceRules: ct.def.evidenceRules,
        verdictRule: ct.def.verdictRule,
      },
    });
  });
  found.sort((a, b) => b.match.score - a.match.score || a.order - b.order);
  const types = found.map((f) => f.match);
  if (types.length === 0)
    types.push({
      type: OTHER_CLAIM_TYPE.id,
      label: OTHER_CLAIM_TYPE.label,
      score: 0,
      polarity: features.negated() ? "negative" : "positive",
      triggers: [],
      matched: [],
      evidenceRules: OTHER_CLAIM_TYPE.evidenceRules,
      verdictRule: OTHER_CLAIM_TYPE.verdictRule,
    });
  return types;
}
