import NDK, { NDKEvent, NDKRelaySet, NDKRelayStatus, NDKSubscriptionCacheUsage, type NDKFilter } from '@nostr-dev-kit/ndk';
import type { NostrEvent } from '../../domain/nostr-event';
import type { PublishResult, RelayConnectionState, RelayFilter, RelayGateway } from './relay-gateway';

/**
 * RelayGateway over NDK. Plates owns the relay choice: no outbox-model discovery and no
 * automatic connection to user relays (NDK 3 would otherwise dial public relays and
 * stall offline), and NDK keeps no cache of its own: the Dexie database is the cache.
 */
export class NdkGateway implements RelayGateway {
  private readonly ndk: NDK;

  constructor(readonly relayUrls: readonly string[]) {
    this.ndk = new NDK({
      explicitRelayUrls: [...relayUrls],
      enableOutboxModel: false,
      autoConnectUserRelays: false,
    });
  }

  async connect(timeoutMs: number): Promise<void> {
    try {
      await this.ndk.connect(timeoutMs);
    } catch {
      // Unreachable relays are reported through connectionStates(); connecting never fails a caller.
    }
  }

  /** The whole call, connecting included, stays within `timeoutMs`. */
  async fetch(filters: RelayFilter[], { timeoutMs, relays = [] }: { timeoutMs: number; relays?: readonly string[] }): Promise<NostrEvent[]> {
    const deadline = Date.now() + timeoutMs;
    const relaySet = NDKRelaySet.fromRelayUrls([...new Set([...this.relayUrls, ...relays])], this.ndk);
    // Relays outside the pool (hints, authors' relays) start connecting only now; a REQ sent first would miss them.
    await Promise.all(
      [...relaySet.relays].map((relay) =>
        relay.status >= NDKRelayStatus.CONNECTED ? undefined : relay.connect(Math.max(1, deadline - Date.now())).catch(() => undefined),
      ),
    );
    return new Promise((resolve) => {
      const events = new Map<string, NostrEvent>();
      let settled = false;
      const finish = () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        subscription.stop();
        resolve([...events.values()]);
      };
      const timer = setTimeout(finish, Math.max(0, deadline - Date.now()));
      const subscription = this.ndk.subscribe(filters as NDKFilter[], {
        closeOnEose: true,
        cacheUsage: NDKSubscriptionCacheUsage.ONLY_RELAY,
        groupable: false,
        relaySet,
        onEvent: (event: NDKEvent) => {
          const raw = event.rawEvent() as NostrEvent;
          events.set(raw.id, raw);
        },
        onEose: finish,
      });
    });
  }

  async publish(event: NostrEvent, { timeoutMs }: { timeoutMs: number }): Promise<PublishResult[]> {
    const relaySet = NDKRelaySet.fromRelayUrls(this.relayUrls, this.ndk);
    const ndkEvent = new NDKEvent(this.ndk, event);
    let accepted = new Set<string>();
    let failure: string | undefined;
    try {
      const relays = await relaySet.publish(ndkEvent, timeoutMs, 1);
      accepted = new Set([...relays].map((relay) => relay.url));
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    return [...relaySet.relays].map((relay) =>
      accepted.has(relay.url)
        ? { relay: this.configuredUrl(relay.url), ok: true }
        : { relay: this.configuredUrl(relay.url), ok: false, message: failure ?? 'not accepted' },
    );
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

  /** NDK normalises URLs (a trailing slash); report them as Plates configured them. */
  private configuredUrl(ndkUrl: string): string {
    const bare = ndkUrl.replace(/\/$/, '');
    return this.relayUrls.find((url) => url.replace(/\/$/, '') === bare) ?? ndkUrl;
  }

  async close(): Promise<void> {
    for (const relay of this.ndk.pool.relays.values()) relay.disconnect();
  }
}
