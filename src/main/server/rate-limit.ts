/** A token bucket: `capacity` at once, refilled at `perSecond`. */
export class TokenBucket {
  private tokens: number;
  private last: number;
  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = capacity;
    this.last = now();
  }
  take(): boolean {
    const t = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((t - this.last) / 1000) * this.perSecond);
    this.last = t;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/**
 * Attempts per key (e.g. a client address) in a sliding window. Only the key
 * that exceeds it is slowed down: the rest of the room is never locked out.
 */
export class AttemptLimiter {
  private readonly attempts = new Map<string, number[]>();
  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = () => Date.now(),
  ) {}
  /** Count one attempt for `key`; false once it has made `max` in the window (that attempt is not counted). */
  allow(key: string): boolean {
    if (!this.check(key)) return false;
    this.record(key);
    return true;
  }
  /** Whether `key` is still under its limit, without counting anything. */
  check(key: string): boolean {
    return this.recent(key).length < this.max;
  }
  /** Count one attempt for `key` (e.g. only once it succeeded, or only when it was wrong). */
  record(key: string): void {
    const recent = this.recent(key);
    recent.push(this.now());
    this.attempts.set(key, recent);
    if (this.attempts.size > 10_000) this.attempts.delete(this.attempts.keys().next().value!);
  }
  private recent(key: string): number[] {
    const t = this.now();
    const recent = (this.attempts.get(key) ?? []).filter((at) => t - at < this.windowMs);
    if (recent.length) this.attempts.set(key, recent);
    else this.attempts.delete(key);
    return recent;
  }
}

/** How many things (e.g. open sockets) each key holds right now, with a cap per key. */
export class CountPerKey {
  private readonly counts = new Map<string, number>();
  constructor(private readonly max: number) {}
  /** Take a slot for `key`; false (and nothing taken) when it already holds `max`. */
  take(key: string): boolean {
    const n = this.counts.get(key) ?? 0;
    if (n >= this.max) return false;
    this.counts.set(key, n + 1);
    return true;
  }
  release(key: string): void {
    const n = (this.counts.get(key) ?? 0) - 1;
    if (n > 0) this.counts.set(key, n);
    else this.counts.delete(key);
  }
}

/**
 * The key for a client address. IPv4 seen through an IPv6 socket (::ffff:a.b.c.d) is the
 * IPv4 address. IPv6 addresses are kept whole, not grouped by /64: every phone on one
 * Wi-Fi shares the network's /64, so grouping would put the whole room under one cap.
 */
export function clientKey(address: string | undefined): string {
  if (!address) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return (mapped ? mapped[1]! : address).toLowerCase();
}
