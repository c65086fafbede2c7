import { RateLimited } from "../../errors.js";

// Failed logins are counted per user name and per client address over a sliding window; past the
// limit, logins are refused with 429 before the password is even checked (a correct password does
// not get through either). A success clears its user name's count. Counts live in this process:
// one server, one set of counts (a restart forgets them).

export interface LimiterOptions {
  perName: number;
  perAddress: number;
  windowMs: number;
}

export const LOGIN_LIMITS: LimiterOptions = {
  perName: 5,
  perAddress: 20,
  windowMs: 15 * 60 * 1000,
};

export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly now: () => number,
    private readonly opts: LimiterOptions = LOGIN_LIMITS,
  ) {}

  private recent(key: string): number[] {
    const since = this.now() - this.opts.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (kept.length) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }

  private keys(name: string, address: string): [string, number][] {
    return [
      [`name:${name.normalize("NFC").toLowerCase()}`, this.opts.perName],
      [`addr:${address}`, this.opts.perAddress],
    ];
  }

  /** Throws VIGIL_ERR_RATE_LIMITED when the name or the address is over its limit. */
  check(name: string, address: string): void {
    for (const [key, limit] of this.keys(name, address)) {
      const times = this.recent(key);
      if (times.length >= limit) {
        const wait = Math.ceil((times[0]! + this.opts.windowMs - this.now()) / 1000);
        throw new RateLimited(
          key.startsWith("name:")
            ? "too many failed logins for this user name"
            : "too many failed logins from this address",
          Math.max(1, wait),
        );
      }
    }
  }

  fail(name: string, address: string): void {
    for (const [key] of this.keys(name, address))
      this.failures.set(key, [...this.recent(key), this.now()]);
    if (this.failures.size > 100_000) this.failures.clear(); // bounded memory under a flood
  }

  succeed(name: string): void {
    this.failures.delete(this.keys(name, "")[0]![0]);
  }
}
