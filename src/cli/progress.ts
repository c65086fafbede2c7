import type { Writable } from "node:stream";

/**
 * A one-line progress display for standard error on a terminal: counts, rate, percentage and ETA
 * (when the total is known), redrawn at most ten times a second. No dependency: `\r` and
 * "erase line" are all a terminal needs.
 */
export interface ProgressLine {
  update(state: ProgressState): void;
  /** Clears the line so a message can be printed; the next update redraws it. */
  clear(): void;
  done(): void;
}

export interface ProgressState {
  label: string;
  /** Items done, and the parts shown after the count ("1,200 new, 3 failed"). */
  count: number;
  detail: string;
  /** Units of progress done / expected (bytes), for percentage and ETA; total 0 = unknown. */
  done: number;
  total: number;
}

export function progressLine(
  stream: Writable & { isTTY?: boolean; columns?: number },
): ProgressLine {
  if (!stream.isTTY) return { update() {}, clear() {}, done() {} };
  const started = Date.now();
  let last = 0;
  let shown = false;
  let latest: ProgressState | null = null;
  const draw = (): void => {
    if (!latest) return;
    const s = latest;
    const secs = (Date.now() - started) / 1000;
    const rate = secs > 0 ? s.count / secs : 0;
    const parts = [
      `${s.label} ${s.count.toLocaleString("en-US")} (${s.detail})`,
      `${rate.toFixed(0)}/s`,
    ];
    if (s.total > 0) {
      const frac = Math.min(1, s.done / s.total);
      const width = 20;
      const filled = Math.round(frac * width);
      parts.unshift(
        `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${(frac * 100).toFixed(0).padStart(3)}%`,
      );
      parts.push(`${(s.done / 1024 / 1024 / Math.max(secs, 0.001)).toFixed(1)} MB/s`);
      if (frac > 0.01 && frac < 1) parts.push(`ETA ${clock((secs / frac) * (1 - frac))}`);
    }
    const line = parts.join("  ").slice(0, Math.max(20, (stream.columns ?? 100) - 1));
    stream.write(`\r\x1b[2K${line}`);
    shown = true;
  };
  return {
    update(state) {
      latest = state;
      const now = Date.now();
      if (now - last >= 100) {
        last = now;
        draw();
      }
    },
    clear() {
      if (shown) stream.write("\r\x1b[2K");
      shown = false;
      last = 0;
    },
    done() {
      if (shown) stream.write("\r\x1b[2K");
      shown = false;
    },
  };
}

export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}
