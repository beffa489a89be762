/**
 * How a load was answered: `hit` fresh from the database; `stale-served` the cached value
 * while a refresh runs behind it; `refreshed` after waiting for relays; `fallback` the
 * cache because relays did not answer within the bound; `offline` the cache because no
 * relay is connected or the key is backing off.
 */
export type LoadOutcome = 'hit' | 'stale-served' | 'refreshed' | 'fallback' | 'offline';

export interface LatencySummary {
  count: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export interface LoadMetricsSnapshot {
  loads: number;
  outcomes: Record<LoadOutcome, number>;
  /** Loads that found nothing in the database. */
  misses: number;
  /** REQs sent to relays (one per refresh, shared by concurrent loads of a key). */
  networkRequests: number;
  networkFailures: number;
  /** When a relay last answered a refresh (epoch ms): "last sync". */
  lastRelayAnswerAt?: number;
  /** Time to answer, for loads answered from the database (hit, stale-served, offline) and for the rest. */
  cachedLatency: LatencySummary;
  networkLatency: LatencySummary;
}

const SAMPLES = 4_096;
const OUTCOMES: LoadOutcome[] = ['hit', 'stale-served', 'refreshed', 'fallback', 'offline'];

/** Counters and latency samples of every load, for the diagnostics screen and the benchmarks. */
export class LoadMetrics {
  private outcomes = emptyOutcomes();
  private loads = 0;
  private misses = 0;
  private networkRequests = 0;
  private networkFailures = 0;
  private lastRelayAnswerAt: number | undefined;
  private cached = new Ring(SAMPLES);
  private network = new Ring(SAMPLES);

  recordLoad(outcome: LoadOutcome, missed: boolean, ms: number): void {
    this.loads++;
    this.outcomes[outcome]++;
    if (missed) this.misses++;
    (outcome === 'refreshed' || outcome === 'fallback' ? this.network : this.cached).add(ms);
  }

  recordRequest(): void {
    this.networkRequests++;
  }

  recordFailure(): void {
    this.networkFailures++;
  }

  recordAnswer(at: number): void {
    this.lastRelayAnswerAt = at;
  }

  snapshot(): LoadMetricsSnapshot {
    return {
      loads: this.loads,
      outcomes: { ...this.outcomes },
      misses: this.misses,
      networkRequests: this.networkRequests,
      networkFailures: this.networkFailures,
      lastRelayAnswerAt: this.lastRelayAnswerAt,
      cachedLatency: this.cached.summary(),
      networkLatency: this.network.summary(),
    };
  }

  reset(): void {
    this.outcomes = emptyOutcomes();
    this.loads = this.misses = this.networkRequests = this.networkFailures = 0;
    this.cached = new Ring(SAMPLES);
    this.network = new Ring(SAMPLES);
  }
}

function emptyOutcomes(): Record<LoadOutcome, number> {
  return Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<LoadOutcome, number>;
}

/** The newest `size` samples. */
class Ring {
  private readonly values: number[] = [];
  private next = 0;
  private total = 0;

  constructor(private readonly size: number) {}

  add(value: number): void {
    this.total++;
    if (this.values.length < this.size) this.values.push(value);
    else this.values[this.next] = value;
    this.next = (this.next + 1) % this.size;
  }

  summary(): LatencySummary {
    const sorted = [...this.values].sort((a, b) => a - b);
    const at = (q: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
    return { count: this.total, p50Ms: at(0.5), p95Ms: at(0.95), maxMs: round(sorted.at(-1) ?? 0) };
  }
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
