import { UsageError } from "../../errors.js";
import { MAX_INTERVAL_SECONDS, MIN_INTERVAL_SECONDS } from "../../store/feeds/feed-types.js";

const UNITS = { d: 86_400, h: 3_600, m: 60, s: 1 } as const;

/**
 * An interval as users write it, in seconds: `30s`, `15m`, `1h`, `1d`, or units together
 * (`1h30m`). From 10 seconds to 366 days.
 */
export function parseEvery(text: string): number {
  const t = text.trim().toLowerCase();
  const bad = (why: string): never => {
    throw new UsageError(`--every ${text}: ${why} (e.g. 30s, 15m, 1h, 1d)`);
  };
  if (!/^(\d+[dhms])+$/.test(t)) return bad("not an interval");
  let seconds = 0;
  for (const [, n, unit] of t.matchAll(/(\d+)([dhms])/g))
    seconds += Number(n) * UNITS[unit as keyof typeof UNITS];
  if (seconds < MIN_INTERVAL_SECONDS) return bad(`shorter than ${MIN_INTERVAL_SECONDS}s`);
  if (seconds > MAX_INTERVAL_SECONDS) return bad("longer than 366 days");
  return seconds;
}

/** Seconds the way `--every` takes them: 900 → `15m`, 5400 → `1h30m`. */
export function formatInterval(seconds: number): string {
  let rest = Math.max(0, Math.round(seconds));
  if (rest === 0) return "0s";
  let out = "";
  for (const [unit, size] of Object.entries(UNITS)) {
    const n = Math.floor(rest / size);
    if (n > 0) out += `${n}${unit}`;
    rest -= n * size;
  }
  return out;
}
