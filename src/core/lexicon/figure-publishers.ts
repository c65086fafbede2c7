// Who published a figure: "according to statistics from The 88 Project", "Defend the Defenders'
// statistics", "the group said". Lower-case.

/** Nouns naming a body of numbers: "statistics from X", "X's latest count". */
export const STAT_NOUNS: ReadonlySet<string> = new Set([
  "statistics",
  "stats",
  "figures",
  "figure",
  "data",
  "count",
  "counts",
  "tally",
  "list",
  "lists",
  "database",
  "report",
  "reports",
  "records",
  "record",
  "estimate",
  "estimates",
  "survey",
  "census",
  "research",
  "tracker",
  "tracking",
  "monitoring",
  "analysis",
  "calculations",
  "documentation",
]);

/** Adjectives allowed before a stat noun: "X's latest statistics", "according to new figures from". */
export const STAT_ADJECTIVES: ReadonlySet<string> = new Set([
  "latest",
  "new",
  "recent",
  "official",
  "updated",
  "own",
  "annual",
  "monthly",
  "preliminary",
  "most",
]);

/** Between a stat noun and its publisher: "statistics from X", "a list compiled by X". */
export const STAT_LINKS: readonly string[] = [
  "compiled by",
  "published by",
  "collected by",
  "released by",
  "gathered by",
  "kept by",
  "maintained by",
  "from",
  "by",
  "of",
];

/**
 * Verbs whose subject published what the sentence says: "Human Rights Watch said". Forms that
 * are also plural nouns ("states", "reports", "counts", "records") are left out: "the March
 * states account for" names no publisher.
 */
export const SOURCE_VERBS: ReadonlySet<string> = new Set([
  "said",
  "says",
  "reported",
  "counted",
  "estimated",
  "recorded",
  "documented",
  "noted",
  "stated",
  "announced",
  "announces",
  "wrote",
  "writes",
  "claimed",
  "added",
  "tallied",
  "listed",
  "confirmed",
  "found",
  "showed",
  "told",
  "tells",
  "cited",
  "cites",
]);

/** Source verbs whose following name is the audience, not the source: "told RFA". */
export const AUDIENCE_VERBS: ReadonlySet<string> = new Set(["told", "tells"]);

/** Head words of an organisation's name: "The 88 Project", "Human Rights Watch". */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  "project",
  "defenders",
  "watch",
  "monitor",
  "international",
  "network",
  "committee",
  "association",
  "organization",
  "organisation",
  "federation",
  "union",
  "council",
  "group",
  "center",
  "centre",
  "institute",
  "foundation",
  "borders",
  "amnesty",
  "initiative",
  "coalition",
  "alliance",
  "ministry",
  "department",
  "office",
  "agency",
  "commission",
  "court",
  "procuracy",
  "police",
  "government",
  "front",
  "party",
  "society",
  "league",
  "movement",
  "campaign",
  "service",
  "bureau",
  "mission",
  "programme",
  "program",
  "forum",
  "reporters",
  "trust",
  "assembly",
  "viasna",
  "memorial",
]);

/**
 * Lower-case heads of a publisher written without a name: "state media reported", "according
 * to police", and the anaphors resolved to the last organisation named ("the group said").
 */
export const SOURCE_HEADS: ReadonlySet<string> = new Set([
  "media",
  "police",
  "authorities",
  "government",
  "officials",
  "ministry",
  "court",
  "procuracy",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "group",
  "groups",
  "organisation",
  "organization",
  "ngo",
  "watchdog",
  "monitor",
  "project",
  "network",
  "committee",
  "association",
  "coalition",
]);

/** Heads that stand for the last organisation named before them: "the group", "his NGO". */
export const ORG_ANAPHORS: ReadonlySet<string> = new Set([
  "group",
  "organisation",
  "organization",
  "ngo",
  "watchdog",
  "monitor",
  "project",
  "network",
  "committee",
  "association",
  "coalition",
]);

/** Words that introduce a proper name without being part of it: "the Paris-based Reporters Without Borders". */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  "of",
  "the",
  "for",
  "and",
  "on",
  "in",
  "without",
  "de",
  "du",
  "des",
  "la",
  "le",
  "van",
  "der",
  "&",
]);

/** Roles a publisher may be named by after the holder was named: "the spokesperson". */
export const SOURCE_ROLES: ReadonlySet<string> = new Set([
  "spokesperson",
  "spokesman",
  "spokeswoman",
]);
