import NDK, {
  NDKRelaySet,
  NDKRelayStatus,
  NDKSubscriptionCacheUsage,
  normalizeRelayUrl,
  type NDKEvent,
  type NDKFilter,
  type NDKRelay,
} from '@nostr-dev-kit/ndk';
import type { NostrEvent } from '../../domain/nostr-event';
import { controlRelay, type RelayControl } from './ndk-relay-control';
import { RelayBackoff, type BackoffPolicy } from './relay-backoff';
import { RelayBudget, type BudgetLimits } from './relay-budget';
import type { FetchOptions, FetchResult, RelayConnectionState, RelayFilter, RelayGateway, RelayPublishOutcome } from './relay-gateway';

/** More events than any view needs from one fetch: beyond it, a relay is flooding. */
const DEFAULT_MAX_EVENTS = 20_000;
const RETRY_CONNECT_TIMEOUT_MS = 5_000;

export interface GatewayPolicy extends BackoffPolicy {
  budget: BudgetLimits;
}

export const DEFAULT_GATEWAY_POLICY: GatewayPolicy = {
  // A relay that accepts and closes is dialled after about 1, 2, 4, 8… s: a handful of times in its first minute, then rarely.
  reconnect: { firstMs: 1_000, maxMs: 5 * 60_000 },
  isolation: { firstMs: 5 * 60_000, maxMs: 2 * 3_600_000 },
  stableMs: 30_000,
  // Well under what the pipeline stores (about 2,000 events/s on two cores), with a burst that
  // takes a large library (the 873-exercise starter pack is ~1,000 events, 1.5 MB) in one answer.
  budget: { eventsPerSecond: 250, bytesPerSecond: 256 * 1024, burstSeconds: 8, isolateAfterMs: 2_000 },
};

/**
 * RelayGateway over NDK. Plates owns the relay choice: no outbox-model discovery and no
 * automatic connection to user relays (NDK 3 would otherwise dial public relays and
 * stall offline), and NDK keeps no cache of its own: the Dexie database is the cache.
 * Plates also owns reconnection (per relay, exponential with jitter), each relay's budget
 * of events and bytes, and isolation: an isolated relay's socket is closed.
 * Relays are keyed by NDK's normalised URL inside, and reported as Plates configured them.
 */
export class NdkGateway implements RelayGateway {
  private readonly ndk: NDK;
  private readonly statusListeners = new Set<(states: Record<string, RelayConnectionState>) => void>();
  private readonly backoff: RelayBackoff;
  private readonly budget: RelayBudget;
  private readonly control: RelayControl;
  private readonly reconnectTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private closed = false;
  private readonly networkBack = () => {
    // The device got its network back: try the relays now rather than at their next back-off step.
    this.backoff.networkBack();
    for (const relay of this.ndk.pool.relays.values()) this.reconnectLater(relay);
  };

  constructor(
    readonly relayUrls: readonly string[],
    policy: Partial<GatewayPolicy> = {},
  ) {
    const { budget, ...backoff } = { ...DEFAULT_GATEWAY_POLICY, ...policy };
    this.backoff = new RelayBackoff(backoff);
    this.budget = new RelayBudget(budget, (relay) => this.isolateRelay(relay));
    this.control = {
      mayConnect: (relay) => !this.closed && this.backoff.waitMs(relay.url) === 0,
      admitEvent: (relay) => this.budget.admitEvent(relay.url),
    };
    this.ndk = new NDK({
      explicitRelayUrls: [...relayUrls],
      enableOutboxModel: false,
      autoConnectUserRelays: false,
      // NDK's hook on every frame received, before it is parsed: where the byte budget is charged.
      netDebug: (message, relay, direction) => {
        if (direction === 'recv') this.budget.frame(relay.url, frameBytes(message));
      },
    });
    for (const relay of this.ndk.pool.relays.values()) controlRelay(relay, this.control);
    // NDK announces a relay it adds (a hint, an author's relay) just before connecting it.
    this.ndk.pool.on('relay:connecting', (relay) => controlRelay(relay, this.control));
    const changed = () => {
      const states = this.connectionStates();
      for (const listener of this.statusListeners) listener(states);
    };
    this.ndk.pool.on('relay:connect', (relay) => {
      this.backoff.connected(relay.url);
      changed();
    });
    this.ndk.pool.on('relay:disconnect', (relay) => {
      // A failed attempt and a drop alike: the relay waits its back-off before it is dialled again.
      this.backoff.disconnected(relay.url);
      this.reconnectLater(relay);
      changed();
    });
    globalThis.addEventListener?.('online', this.networkBack);
  }

  async connect(timeoutMs: number): Promise<void> {
    try {
      await this.ndk.connect(timeoutMs);
    } catch {
      // Unreachable relays are reported through connectionStates(); connecting never fails a caller.
    }
  }

  isolate(url: string): number {
    return this.isolateRelay(normalizeRelayUrl(url));
  }

  /** The whole call, connecting included, stays within `timeoutMs`. */
  async fetch(
    filters: RelayFilter[],
    { timeoutMs, relays = [], exclude = [], maxEvents = DEFAULT_MAX_EVENTS }: FetchOptions,
  ): Promise<FetchResult> {
    const deadline = Date.now() + timeoutMs;
    const asked = [...new Set([...this.relayUrls, ...relays])].filter(
      (url) => !exclude.includes(url) && this.backoff.isolatedUntil(normalizeRelayUrl(url)) === undefined,
    );
    if (asked.length === 0) return { events: [], asked, answered: [], sourceOf: {}, capped: false };
    const droppedBefore = asked.map((url) => this.budget.dropped(normalizeRelayUrl(url)));
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
        const overBudget = this.overBudgetSince(asked, droppedBefore);
        const answered = [...subscription.eosesSeen].map((relay) => this.configuredUrl(relay.url)).filter((url) => !overBudget[url]);
        resolve({ events: [...events.values()], asked, answered, sourceOf, capped, overBudget });
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
    const isolatedUntil = this.backoff.isolatedUntil(relay.url);
    if (isolatedUntil !== undefined) return { status: 'unreachable', message: `isolated until ${new Date(isolatedUntil).toISOString()}` };
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
    for (const timer of this.reconnectTimers.values()) clearTimeout(timer);
    globalThis.removeEventListener?.('online', this.networkBack);
    this.statusListeners.clear();
    for (const relay of this.ndk.pool.relays.values()) relay.disconnect();
  }

  /** Closes the relay's socket; it stays closed until its isolation ends. */
  private isolateRelay(ndkUrl: string): number {
    const until = this.backoff.isolate(ndkUrl);
    const relay = this.ndk.pool.relays.get(ndkUrl);
    if (relay) {
      relay.disconnect();
      this.reconnectLater(relay);
    }
    return until;
  }

  /**
   * Dials a disconnected relay once its back-off has passed (NDK would give up on one whose
   * first connection failed, or redial a closing one every second), while it is in the pool:
   * a relay NDK dropped (an unused hint) is not kept alive.
   */
  private reconnectLater(relay: NDKRelay): void {
    if (this.closed) return;
    clearTimeout(this.reconnectTimers.get(relay.url));
    const timer = setTimeout(() => {
      this.reconnectTimers.delete(relay.url);
      if (this.ndk.pool.relays.get(relay.url) !== relay || relay.status !== NDKRelayStatus.DISCONNECTED) return;
      if (this.backoff.waitMs(relay.url) > 0) return this.reconnectLater(relay); // isolated meanwhile
      void relay.connect(RETRY_CONNECT_TIMEOUT_MS).catch(() => undefined);
    }, this.backoff.waitMs(relay.url));
    this.reconnectTimers.set(relay.url, timer);
  }

  /** The asked relays that dropped events since `before` (their counts then), with their counts now and the end of their isolation. */
  private overBudgetSince(asked: readonly string[], before: readonly number[]): NonNullable<FetchResult['overBudget']> {
    const over: NonNullable<FetchResult['overBudget']> = {};
    asked.forEach((url, i) => {
      const ndkUrl = normalizeRelayUrl(url);
      const dropped = this.budget.dropped(ndkUrl);
      if (dropped > (before[i] ?? 0)) over[url] = { dropped, isolatedUntil: this.backoff.isolatedUntil(ndkUrl) };
    });
    return over;
  }

  /** Starts connecting when idle and waits until the relay is connected, fails, or `deadline` passes; at once while it backs off. */
  private async ensureConnected(relay: NDKRelay, deadline: number): Promise<void> {
    if (relay.status >= NDKRelayStatus.CONNECTED) return;
    controlRelay(relay, this.control);
    if (this.backoff.waitMs(relay.url) > 0) return;
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

/** A frame's size: a text frame's length (UTF-16 units, near enough to bytes for JSON), or a binary frame's bytes. */
function frameBytes(data: unknown): number {
  if (typeof data === 'string') return data.length;
  const binary = data as { size?: number; byteLength?: number };
  return binary.size ?? binary.byteLength ?? 0;
}
