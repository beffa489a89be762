import NDK, {
  NDKRelaySet,
  NDKRelayStatus,
  NDKSubscriptionCacheUsage,
  type NDKEvent,
  type NDKFilter,
  type NDKRelay,
} from '@nostr-dev-kit/ndk';
import type { NostrEvent } from '../../domain/nostr-event';
import type { FetchOptions, FetchResult, RelayConnectionState, RelayFilter, RelayGateway, RelayPublishOutcome } from './relay-gateway';

/** More events than any view needs from one fetch: beyond it, a relay is flooding. */
const DEFAULT_MAX_EVENTS = 20_000;
/** Relays that are down are tried again after this, doubling up to the maximum while none comes back. */
const MIN_RETRY_MS = 2_000;
const MAX_RETRY_MS = 60_000;
const RETRY_CONNECT_TIMEOUT_MS = 5_000;

/**
 * RelayGateway over NDK. Plates owns the relay choice: no outbox-model discovery and no
 * automatic connection to user relays (NDK 3 would otherwise dial public relays and
 * stall offline), and NDK keeps no cache of its own: the Dexie database is the cache.
 */
export class NdkGateway implements RelayGateway {
  private readonly ndk: NDK;
  private readonly statusListeners = new Set<(states: Record<string, RelayConnectionState>) => void>();
  private retryDelay = MIN_RETRY_MS;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;
  private readonly retryNow = () => {
    this.retryDelay = MIN_RETRY_MS;
    this.retryDownRelays();
  };

  constructor(readonly relayUrls: readonly string[]) {
    this.ndk = new NDK({
      explicitRelayUrls: [...relayUrls],
      enableOutboxModel: false,
      autoConnectUserRelays: false,
    });
    const changed = () => {
      const states = this.connectionStates();
      for (const listener of this.statusListeners) listener(states);
    };
    this.ndk.pool.on('relay:connect', () => {
      if (!Object.values(this.connectionStates()).includes('disconnected')) this.retryDelay = MIN_RETRY_MS;
      changed();
    });
    this.ndk.pool.on('relay:disconnect', () => {
      this.scheduleRetry();
      changed();
    });
    // The device got its network back: try the relays now rather than at the next backoff step.
    globalThis.addEventListener?.('online', this.retryNow);
  }

  async connect(timeoutMs: number): Promise<void> {
    try {
      await this.ndk.connect(timeoutMs);
    } catch {
      // Unreachable relays are reported through connectionStates(); connecting never fails a caller.
    }
    if (Object.values(this.connectionStates()).includes('disconnected')) this.scheduleRetry();
  }

  /** The whole call, connecting included, stays within `timeoutMs`. */
  async fetch(
    filters: RelayFilter[],
    { timeoutMs, relays = [], exclude = [], maxEvents = DEFAULT_MAX_EVENTS }: FetchOptions,
  ): Promise<FetchResult> {
    const deadline = Date.now() + timeoutMs;
    const asked = [...new Set([...this.relayUrls, ...relays])].filter((url) => !exclude.includes(url));
    if (asked.length === 0) return { events: [], asked, answered: [], sourceOf: {}, capped: false };
    const relaySet = NDKRelaySet.fromRelayUrls(asked, this.ndk);
    // Relays outside the pool (hints, authors' relays) start connecting only now; a REQ sent first would miss them.
    await Promise.all([...relaySet.relays].map((relay) => this.ensureConnected(relay, deadline)));
    return new Promise((resolve) => {
      const events = new Map<string, NostrEvent>();
      const sourceOf: Record<string, string> = {};
      let settled = false;
      const finish = (capped: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        subscription.stop();
        const answered = [...subscription.eosesSeen].map((relay) => this.configuredUrl(relay.url));
        resolve({ events: [...events.values()], asked, answered, sourceOf, capped });
      };
      const timer = setTimeout(() => finish(false), Math.max(0, deadline - Date.now()));
      const subscription = this.ndk.subscribe(filters as NDKFilter[], {
        closeOnEose: true,
        cacheUsage: NDKSubscriptionCacheUsage.ONLY_RELAY,
        groupable: false,
        // The ingest pipeline checks every event (wasm, off this thread); NDK checking too would
        // only double the cost and hide a relay's bad events from its health count.
        skipVerification: true,
        skipValidation: true,
        relaySet,
        onEvent: (event: NDKEvent, relay?: NDKRelay) => {
          const raw = event.rawEvent() as NostrEvent;
          if (events.has(raw.id)) return;
          events.set(raw.id, raw);
          if (relay) sourceOf[raw.id] = this.configuredUrl(relay.url);
          if (events.size >= maxEvents) finish(true);
        },
        onEose: () => finish(false),
      });
    });
  }

  async publishTo(url: string, event: NostrEvent, { timeoutMs }: { timeoutMs: number }): Promise<RelayPublishOutcome> {
    const deadline = Date.now() + timeoutMs;
    const relay = this.ndk.pool.getRelay(url, false);
    await this.ensureConnected(relay, deadline);
    if (relay.status < NDKRelayStatus.CONNECTED) return { status: 'unreachable', message: 'could not connect' };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<RelayPublishOutcome>((resolve) => {
      timer = setTimeout(() => resolve({ status: 'unreachable', message: 'no answer in time' }), Math.max(1, deadline - Date.now()));
    });
    const answer = relay.connectivity.publish(event).then(
      (message): RelayPublishOutcome => ({ status: 'accepted', message: message ?? '' }),
      (error: unknown): RelayPublishOutcome => ({ status: 'refused', message: error instanceof Error ? error.message : String(error) }),
    );
    try {
      return await Promise.race([answer, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  connectionStates(): Record<string, RelayConnectionState> {
    const states: Record<string, RelayConnectionState> = {};
    for (const relay of this.ndk.pool.relays.values()) {
      states[this.configuredUrl(relay.url)] =
        relay.status >= NDKRelayStatus.CONNECTED
          ? 'connected'
          : relay.status === NDKRelayStatus.CONNECTING || relay.status === NDKRelayStatus.RECONNECTING
            ? 'connecting'
            : 'disconnected';
    }
    return states;
  }

  onStatusChange(listener: (states: Record<string, RelayConnectionState>) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  openSubscriptions(): number {
    return this.ndk.subManager.subscriptions.size;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    globalThis.removeEventListener?.('online', this.retryNow);
    this.statusListeners.clear();
    for (const relay of this.ndk.pool.relays.values()) relay.disconnect();
  }

  /**
   * NDK gives up on a relay whose first connection failed; Plates keeps trying (with
   * backoff), so a relay that comes back is used again without a reload.
   */
  private scheduleRetry(): void {
    if (this.closed || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.retryDownRelays();
    }, this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, MAX_RETRY_MS);
  }

  private retryDownRelays(): void {
    const down = [...this.ndk.pool.relays.values()].filter((relay) => relay.status === NDKRelayStatus.DISCONNECTED);
    for (const relay of down) void relay.connect(RETRY_CONNECT_TIMEOUT_MS).catch(() => undefined);
    if (down.length > 0) this.scheduleRetry();
  }

  /** Starts connecting when idle and waits until the relay is connected, fails, or `deadline` passes. */
  private async ensureConnected(relay: NDKRelay, deadline: number): Promise<void> {
    if (relay.status >= NDKRelayStatus.CONNECTED) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        relay.off('connect', done);
        relay.off('disconnect', done);
        resolve();
      };
      const timer = setTimeout(done, Math.max(1, deadline - Date.now()));
      relay.on('connect', done);
      relay.on('disconnect', done);
      // NDKRelay.connect returns before the socket opens; the events above tell when it did.
      void relay.connect(Math.max(1, deadline - Date.now())).catch(done);
    });
  }

  /** NDK normalises URLs (a trailing slash); report them as Plates configured them. */
  private configuredUrl(ndkUrl: string): string {
    const bare = ndkUrl.replace(/\/$/, '');
    return this.relayUrls.find((url) => url.replace(/\/$/, '') === bare) ?? bare;
  }
}
