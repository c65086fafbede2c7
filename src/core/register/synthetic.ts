// Seeded, made-up registers for property tests and benchmarks: plausible stories (at risk,
// arrested, tried, sentenced, released...) with partial dates, late recording, corrections,
// retractions and some contradictory data. The same seed gives the same register. The people
// are "Person 000042"; nothing here describes anyone.

import { addDays, addMonths } from "./partial-date.js";
import { caseEvent, caseRecord } from "./records.js";
import type { CaseEvent, CaseEventType, Register, ReleaseReason } from "./types.js";

export interface SyntheticOptions {
  seed: number;
  cases: number;
  /** Share of events given to the month or the year (default 0.25). */
  partialShare?: number;
  /** Share of events that get a correction or a retraction later (default 0.06). */
  correctionShare?: number;
  /** Share of cases with an event of a random kind thrown in (default 0.05). */
  noiseShare?: number;
  /** First and last day stories may start. */
  from?: string;
  to?: string;
  /**
   * Number of the first person (default 0): a large register is made in parts, each its own seed,
   * with ids that carry on from the part before.
   */
  first?: number;
  /** Digits of the numbers in ids (default: those of `first + cases`). */
  idDigits?: number;
  /**
   * Mean number of further at-risk records per person (summons, searches, travel bans) in the two
   * years before their story starts (default 0: none, and no random numbers drawn for them).
   */
  incidents?: number;
}

/** mulberry32: small, fast, good enough to make test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GENDERS = ["female", "male", "male", null] as const;
const ETHNICITIES = ["Kinh", "Kinh", "Kinh", "Hmong", "Ede", "Khmer", "Jarai", null] as const;
const RELIGIONS = [
  "none",
  "Catholic",
  "Buddhist",
  "Protestant",
  "Hoa Hao",
  "Cao Dai",
  null,
] as const;
const PROVINCES = [
  "Hanoi",
  "Ho Chi Minh City",
  "Nghe An",
  "Dak Lak",
  "Thai Binh",
  "An Giang",
  null,
];
const PROFESSIONS = ["blogger", "journalist", "farmer", "teacher", "lawyer", "pastor", null];
const CHARGES = [
  "vn/criminal-code-2015/117",
  "vn/criminal-code-2015/331",
  "vn/criminal-code-2015/109",
  "vn/criminal-code-2015/118",
  "vn/criminal-code-2015/318",
  "vn/penal-code-1999/88",
  "vn/penal-code-1999/79",
  "vn/penal-code-1999/258",
];
const REASONS: ReleaseReason[] = ["served", "amnesty", "early", "exile-condition"];
const KINDS: CaseEventType[] = [
  "at-risk",
  "arrested",
  "held-pending-trial",
  "indicted",
  "tried",
  "sentenced",
  "appeal",
  "released",
  "exiled",
  "deceased",
];

export function syntheticRegister(options: SyntheticOptions): Register {
  const random = prng(options.seed);
  const chance = (p: number) => random() < p;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const partial = options.partialShare ?? 0.25;
  const corrections = options.correctionShare ?? 0.06;
  const noise = options.noiseShare ?? 0.05;
  const start = options.from ?? "2005-01-01";
  const span = Math.round((Date.parse(options.to ?? "2023-12-31") - Date.parse(start)) / 864e5);
  const first = options.first ?? 0;
  const width = options.idDigits ?? String(first + options.cases).length;
  const incidents = options.incidents ?? 0;

  const register: Register = { cases: [], events: [] };
  for (let n = first; n < first + options.cases; n++) {
    const id = `P-${String(n + 1).padStart(width, "0")}`;
    register.cases.push(
      caseRecord({
        id,
        name: `Person ${String(n + 1).padStart(6, "0")}`,
        gender: pick(GENDERS),
        ethnicity: pick(ETHNICITIES),
        religion: pick(RELIGIONS),
        province: pick(PROVINCES),
        profession: pick(PROFESSIONS),
        birthYear: chance(0.8) ? int(1940, 2002) : null,
        confidential: chance(0.05),
      }),
    );
    const story: [CaseEventType, string, Partial<CaseEvent>][] = [];
    let day = addDays(start, int(0, span));
    if (incidents > 0)
      for (let i = Math.floor(random() * (2 * incidents + 1)); i > 0; i--)
        story.push(["at-risk", addDays(day, -int(1, 730)), {}]);
    const charges = chance(0.9) ? [pick(CHARGES), ...(chance(0.2) ? [pick(CHARGES)] : [])] : [];
    if (chance(0.4)) {
      story.push(["at-risk", day, {}]);
      day = addDays(day, int(30, 900));
    }
    const arrested = chance(0.88);
    if (arrested) {
      story.push([chance(0.9) ? "arrested" : "held-pending-trial", day, { charges }]);
      day = addDays(day, int(60, 700));
    }
    let months = 0;
    let house = 0;
    if (chance(arrested ? 0.75 : 0.5)) {
      if (chance(0.7)) story.push(["tried", day, {}]);
      months = int(6, 180);
      house = chance(0.2) ? int(12, 60) : 0;
      const suspended = chance(0.08);
      story.push([
        "sentenced",
        day,
        {
          sentenceMonths: months,
          houseArrestMonths: house || null,
          probationMonths: chance(0.3) ? int(12, 60) : null,
          suspended,
          charges: arrested ? [] : charges,
        },
      ]);
      if (chance(0.15)) story.push(["appeal", addDays(day, int(60, 200)), {}]);
      if (suspended) months = 0;
    }
    if (months > 0 && chance(0.55)) {
      const reason = pick(REASONS);
      const served = reason === "served" ? months : int(1, months);
      story.push(["released", addMonths(day, served), { releaseReason: reason }]);
      if (chance(0.05)) story.push(["arrested", addMonths(day, served + int(2, 30)), { charges }]);
    }
    if (chance(0.03)) story.push(["deceased", addDays(day, int(0, 3000)), {}]);
    if (chance(noise)) story.push([pick(KINDS), addDays(start, int(0, span)), {}]);

    let k = 0;
    for (const [type, happened, extra] of story) {
      const precision = random();
      const date =
        precision < partial * 0.7
          ? happened.slice(0, 7)
          : precision < partial
            ? happened.slice(0, 4)
            : happened;
      const recordedAt = `${addDays(happened, int(0, 400))}T${String(int(0, 23)).padStart(2, "0")}:00:00Z`;
      const event = caseEvent({ id: `${id}/${++k}`, caseId: id, type, date, recordedAt, ...extra });
      register.events.push(event);
      if (chance(corrections)) {
        const later = `${addDays(recordedAt.slice(0, 10), int(1, 200))}T12:00:00Z`;
        const retract = chance(0.3);
        register.events.push({
          ...event,
          id: `${id}/${++k}`,
          date: retract ? event.date : addDays(happened, int(-20, 20)),
          recordedAt: later,
          supersedes: event.id,
          retracted: retract,
        });
      }
    }
  }
  return register;
}
