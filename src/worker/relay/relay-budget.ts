/** What one relay may send: a sustained rate with a burst, and how long it may stay over it. */
export interface BudgetLimits {
  eventsPerSecond: number;
  bytesPerSecond: number;
  /** Seconds of each rate a relay may send at once (a large answer arrives at network speed). */
  burstSeconds: number;
  /** A relay over its budget this long, without a second's pause, is reported to be isolated. */
  isolateAfterMs: number;
}

/** A relay that stays within its budget this long has ended its stretch over it. */
const PAUSE_MS = 1_000;

interface Bucket {
  tokens: number;
  at: number;
}

interface RelayAccount {
  events: Bucket;
  bytes: Bucket;
  dropped: number;
  overSince?: number;
  lastOverAt?: number;
}

/**
 * Per-relay token buckets for events and bytes, charged before a frame is parsed into an
 * event and long before its signature is checked or it is stored: what a relay sends
 * beyond its budget costs a JSON parse and a count, never verification or a write.
 */
export class RelayBudget {
  private readonly accounts = new Map<string, RelayAccount>();

  constructor(
    private readonly limits: BudgetLimits,
    private readonly onPersistent: (relay: string) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** Every frame the relay sends, before it is parsed. Bytes may overdraw: the next events are dropped until they are paid for. */
  frame(relay: string, bytes: number): void {
    const account = this.account(relay);
    this.refill(account.bytes, this.limits.bytesPerSecond);
    account.bytes.tokens -= bytes;
    if (account.bytes.tokens < 0) this.over(relay, account);
  }

  /** Every EVENT the relay sends: true to pass it on, false to drop it (counted). */
  admitEvent(relay: string): boolean {
    const account = this.account(relay);
    this.refill(account.events, this.limits.eventsPerSecond);
    if (account.events.tokens >= 1 && account.bytes.tokens >= 0) {
      account.events.tokens -= 1;
      return true;
    }
    account.dropped++;
    this.over(relay, account);
    return false;
  }

  /** Events dropped from this relay so far. */
  dropped(relay: string): number {
    return this.accounts.get(relay)?.dropped ?? 0;
  }

  private over(relay: string, account: RelayAccount): void {
    const now = this.now();
    if (account.lastOverAt === undefined || now - account.lastOverAt > PAUSE_MS) account.overSince = now;
    account.lastOverAt = now;
    if (now - (account.overSince ?? now) < this.limits.isolateAfterMs) return;
    account.overSince = undefined;
    account.lastOverAt = undefined;
    this.onPersistent(relay);
  }

  private refill(bucket: Bucket, perSecond: number): void {
    const now = this.now();
    bucket.tokens = Math.min(perSecond * this.limits.burstSeconds, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
    bucket.at = now;
  }

  private account(relay: string): RelayAccount {
    let account = this.accounts.get(relay);
    if (!account) {
      const now = this.now();
      const full = (perSecond: number) => ({ tokens: perSecond * this.limits.burstSeconds, at: now });
      account = { events: full(this.limits.eventsPerSecond), bytes: full(this.limits.bytesPerSecond), dropped: 0 };
      this.accounts.set(relay, account);
    }
    return account;
  }
}
