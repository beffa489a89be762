/** An exponential wait: attempt n waits between half and all of `firstMs`·2ⁿ, capped at `maxMs`. */
export interface Backoff {
  firstMs: number;
  maxMs: number;
}

/**
 * "Equal jitter": random enough that many clients do not come back in step, and never
 * shorter than the attempt before (half of a doubled step is the whole of the last one).
 */
export function jittered({ firstMs, maxMs }: Backoff, attempt: number, random: () => number = Math.random): number {
  const step = Math.min(maxMs, firstMs * 2 ** attempt);
  return step / 2 + (random() * step) / 2;
}

export interface BackoffPolicy {
  /** After a connection fails, or drops before it was stable. */
  reconnect: Backoff;
  /** How long an isolated relay stays closed; each isolation of the same relay waits longer. */
  isolation: Backoff;
  /** A connection open this long counts as working: its drop starts the reconnect back-off afresh. */
  stableMs: number;
}

interface RelayState {
  failures: number;
  isolations: number;
  connectedAt?: number;
  isolatedUntil: number;
  /** No connection is opened before this (epoch ms). */
  notBefore: number;
}

/**
 * When each relay may be connected again. Every connection that fails or drops soon after
 * opening (a relay that accepts and closes) doubles the wait; one that lasted resets it.
 * Isolation adds a wait of its own that doubles with each isolation of the relay.
 */
export class RelayBackoff {
  private readonly relays = new Map<string, RelayState>();

  constructor(
    private readonly policy: BackoffPolicy,
    private readonly now: () => number = Date.now,
    private readonly random: () => number = Math.random,
  ) {}

  connected(relay: string): void {
    this.state(relay).connectedAt = this.now();
  }

  /** The relay's socket closed, or never opened: returns when it may be tried again. */
  disconnected(relay: string): number {
    const state = this.state(relay);
    const now = this.now();
    if (state.connectedAt !== undefined && now - state.connectedAt >= this.policy.stableMs) state.failures = 0;
    state.connectedAt = undefined;
    state.notBefore = Math.max(state.notBefore, now + jittered(this.policy.reconnect, state.failures++, this.random));
    return state.notBefore;
  }

  /** Starts an isolation (a relay already isolated keeps its current one); returns when it ends. */
  isolate(relay: string): number {
    const state = this.state(relay);
    if (this.isolatedUntil(relay) !== undefined) return state.isolatedUntil;
    state.isolatedUntil = this.now() + jittered(this.policy.isolation, state.isolations++, this.random);
    state.notBefore = Math.max(state.notBefore, state.isolatedUntil);
    return state.isolatedUntil;
  }

  /** The end of the relay's isolation, or undefined when it is not isolated now. */
  isolatedUntil(relay: string): number | undefined {
    const until = this.relays.get(relay)?.isolatedUntil ?? 0;
    return until > this.now() ? until : undefined;
  }

  /** How long until the relay may be connected; 0 when it may be now. */
  waitMs(relay: string): number {
    return Math.max(0, (this.relays.get(relay)?.notBefore ?? 0) - this.now());
  }

  /** The device got its network back: relays that only failed may be tried at once; isolated ones stay closed. */
  networkBack(): void {
    for (const [relay, state] of this.relays) {
      if (this.isolatedUntil(relay) !== undefined) continue;
      state.failures = 0;
      state.notBefore = 0;
    }
  }

  private state(relay: string): RelayState {
    let state = this.relays.get(relay);
    if (!state) {
      state = { failures: 0, isolations: 0, isolatedUntil: 0, notBefore: 0 };
      this.relays.set(relay, state);
    }
    return state;
  }
}
