import type { NostrEvent } from '../../domain/nostr-event';

/** A NIP-01 filter, as plain data. */
export interface RelayFilter {
  ids?: string[];
  authors?: string[];
  kinds?: number[];
  since?: number;
  until?: number;
  limit?: number;
  [tag: `#${string}`]: string[] | undefined;
}

export type RelayConnectionState = 'connecting' | 'connected' | 'disconnected';

export interface FetchOptions {
  timeoutMs: number;
  relays?: readonly string[];
  exclude?: readonly string[];
  maxEvents?: number;
}

/** What came back from one fetch. */
export interface FetchResult {
  events: NostrEvent[];
  /** Relays the request went to. */
  asked: string[];
  /** Relays that finished their answer (EOSE) before the deadline. */
  answered: string[];
  /** The relay each event first came from, by event id (to count a relay's bad events). */
  sourceOf: Record<string, string>;
  /** True when the fetch stopped at its event cap (a relay flooding, or a filter too wide). */
  capped: boolean;
  /**
   * Relays that went over their budget while the fetch ran (such an answer is incomplete, so
   * that relay is not in `answered`): the events dropped from it unchecked so far, and when
   * it stayed over its budget, the end of its isolation.
   */
  overBudget?: Record<string, { dropped: number; isolatedUntil?: number }>;
}

/** A relay's answer to one EVENT. */
export type RelayPublishOutcome =
  /** OK true (including "duplicate:", which means the relay has it). */
  | { status: 'accepted'; message: string }
  /** OK false: the relay will not take this event; sending it again will not help. */
  | { status: 'refused'; message: string }
  /** No connection or no OK in time: worth trying again later. */
  | { status: 'unreachable'; message: string };

/**
 * What Plates needs from relays, independent of the library behind it. Events come
 * back as plain NIP-01 objects and go through the ingest pipeline like any other.
 */
export interface RelayGateway {
  readonly relayUrls: readonly string[];
  /** Resolves when at least one relay answered or the timeout passed; never rejects. */
  connect(timeoutMs: number): Promise<void>;
  /**
   * Collects events until every relay sent EOSE, the timeout passed or `maxEvents` came.
   * `relays` adds relays to ask beyond the configured ones (relay hints, an author's write
   * relays) and `exclude` leaves some out; isolated relays are never asked. Never rejects;
   * its subscription is closed when it returns.
   */
  fetch(filters: RelayFilter[], options: FetchOptions): Promise<FetchResult>;
  /**
   * Closes the relay's socket and keeps it closed (no reads, no publishes, no reconnection)
   * for a back-off that grows with each isolation; returns when it ends (epoch ms).
   */
  isolate(relay: string): number;
  /** Sends one event to one relay and reports its OK (connecting first when needed). */
  publishTo(relay: string, event: NostrEvent, options: { timeoutMs: number }): Promise<RelayPublishOutcome>;
  connectionStates(): Record<string, RelayConnectionState>;
  /** Calls `listener` with every relay's state whenever one connects or disconnects. */
  onStatusChange(listener: (states: Record<string, RelayConnectionState>) => void): () => void;
  /** Subscriptions currently open on relays (for leak checks and diagnostics). */
  openSubscriptions(): number;
  close(): Promise<void>;
}
