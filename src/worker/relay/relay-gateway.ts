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

export interface PublishResult {
  relay: string;
  ok: boolean;
  message?: string;
}

export type RelayConnectionState = 'connecting' | 'connected' | 'disconnected';

/**
 * What Plates needs from relays, independent of the library behind it. Events come
 * back as plain NIP-01 objects and go through the ingest pipeline like any other.
 */
export interface RelayGateway {
  readonly relayUrls: readonly string[];
  /** Resolves when at least one relay answered or the timeout passed; never rejects. */
  connect(timeoutMs: number): Promise<void>;
  /**
   * Collects events until every relay sent EOSE or the timeout passed. `relays` adds
   * relays to ask beyond the configured ones (relay hints, an author's write relays).
   */
  fetch(filters: RelayFilter[], options: { timeoutMs: number; relays?: readonly string[] }): Promise<NostrEvent[]>;
  publish(event: NostrEvent, options: { timeoutMs: number }): Promise<PublishResult[]>;
  connectionStates(): Record<string, RelayConnectionState>;
  close(): Promise<void>;
}
