// How values read on the page.

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** 96 → "8 years"; 30 → "2 years 6 months". */
export function months(m: number | null | undefined): string {
  if (m === null || m === undefined) return "—";
  const y = Math.floor(m / 12);
  const r = m % 12;
  const parts = [y ? plural(y, "year") : "", r ? plural(r, "month") : ""].filter(Boolean);
  return parts.length ? parts.join(" ") : "0 months";
}

const BOUNDS: Record<string, string> = {
  eq: "exactly",
  gt: "more than",
  gte: "at least",
  lt: "fewer than",
  lte: "at most",
  approx: "about",
};

export function bound(b: string | null | undefined): string {
  return b ? (BOUNDS[b] ?? b) : "—";
}

const STATUTE_ID = /^([a-z]{2})\/([a-z-]+)-(\d{4})\/(.+)$/;

/** `vn/criminal-code-2015/117` → "Art. 117 (Criminal Code 2015, VN)". */
export function statuteLabel(id: string): string {
  const m = STATUTE_ID.exec(id);
  if (!m) return id;
  const code = m[2]!
    .split("-")
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(" ");
  return `Art. ${m[4]} (${code} ${m[3]}, ${m[1]!.toUpperCase()})`;
}

/** `vn/criminal-code-2015/117` → "Art. 117 CC 2015 (VN)": short enough for a chart's axis. */
export function statuteShort(id: string): string {
  const m = STATUTE_ID.exec(id);
  if (!m) return id;
  const initials = m[2]!
    .split("-")
    .map((w) => w[0]!.toUpperCase())
    .join("");
  return `Art. ${m[4]} ${initials} ${m[3]} (${m[1]!.toUpperCase()})`;
}

export function dash(v: unknown): string {
  return v === null || v === undefined || v === "" ? "—" : String(v);
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A day `years` before `day` (YYYY-MM-DD). */
export function yearsBefore(day: string, years: number): string {
  const y = Number(day.slice(0, 4)) - years;
  return `${String(y).padStart(4, "0")}${day.slice(4)}`;
}

export function docLabel(d: {
  title: string | null;
  path: string;
  outlet?: string | null;
}): string {
  return d.title || d.path;
}
