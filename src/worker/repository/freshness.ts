/** The kinds of data Plates loads, each with its own freshness (the design's table). */
export type DataClass = 'event' | 'profile' | 'contacts' | 'relayList' | 'library' | 'webOfTrust';

/**
 * What a stale load does: `background` returns the cached value at once and refreshes
 * behind it; `refresh-then-fallback` waits for the relays up to a bound, then serves
 * the cache.
 */
export type StaleBehaviour = 'background' | 'refresh-then-fallback';

export interface ClassPolicy {
  freshForMs: number;
  whenStale: StaleBehaviour;
}

export interface FreshnessPolicy {
  classes: Record<DataClass, ClassPolicy>;
  /** Longest a refresh-then-fallback load waits for relays before serving the cache. */
  maxWaitMs: number;
  /** How long one relay request may run (it goes on in the background after maxWaitMs). */
  fetchTimeoutMs: number;
  /** First retry delay after a failed refresh; doubles per failure up to maxBackoffMs. */
  backoffMs: number;
  maxBackoffMs: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const DEFAULT_POLICY: FreshnessPolicy = {
  classes: {
    event: { freshForMs: 5 * MINUTE, whenStale: 'refresh-then-fallback' },
    profile: { freshForMs: HOUR, whenStale: 'background' },
    contacts: { freshForMs: 6 * HOUR, whenStale: 'refresh-then-fallback' },
    relayList: { freshForMs: 12 * HOUR, whenStale: 'refresh-then-fallback' },
    library: { freshForMs: HOUR, whenStale: 'background' },
    webOfTrust: { freshForMs: 24 * HOUR, whenStale: 'background' },
  },
  maxWaitMs: 1_500,
  fetchTimeoutMs: 5_000,
  backoffMs: 5_000,
  maxBackoffMs: 10 * MINUTE,
};

/** Whose data a key is: what refreshes first when relays come back. */
export type RefreshPriority = 'own' | 'library' | 'feed';

export const PRIORITY_ORDER: Record<RefreshPriority, number> = { own: 0, library: 1, feed: 2 };

export function backoffDelay(policy: FreshnessPolicy, failures: number): number {
  return Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** Math.max(0, failures - 1));
}
