import type { NDKRelay, NostrEvent as NdkRawEvent } from '@nostr-dev-kit/ndk';

/** The gateway's decisions for one relay. */
export interface RelayControl {
  /** Whether the relay may open a connection now (not isolated, not backing off). */
  mayConnect(relay: NDKRelay): boolean;
  /** Whether an EVENT from the relay goes on to its subscription; false drops it. */
  admitEvent(relay: NDKRelay): boolean;
}

const controlled = new WeakSet<NDKRelay>();

/**
 * Puts one NDK relay under the gateway's policy. NDK 3.0.3 reconnects by itself from
 * several places, none of which takes a policy: its per-relay timer after a drop (1 s
 * again after every drop, so a relay that accepts and closes is dialled about once a
 * second), the pool's flapping and "system-wide disconnection" handlers, pool.connect and
 * NDKRelaySet.fromRelayUrls. Each ends in relay.connect or in the connectivity's
 * handleReconnection timer: the first is gated here, the second switched off, and the
 * gateway schedules reconnections itself. EVENT frames go through NDK's protocol-handler
 * hook, so an event over budget is dropped before NDK builds an event object from it.
 */
export function controlRelay(relay: NDKRelay, control: RelayControl): void {
  if (controlled.has(relay)) return;
  controlled.add(relay);
  (relay.connectivity as unknown as { handleReconnection(): void }).handleReconnection = () => undefined;
  const connect = relay.connect.bind(relay);
  relay.connect = async (...args) => {
    if (control.mayConnect(relay)) await connect(...args);
  };
  relay.registerProtocolHandler('EVENT', (_, [, subId, event]) => {
    // NDK's own EVENT handling, once admitted: an event for a closed subscription is dropped.
    if (control.admitEvent(relay)) relay.connectivity.openSubs.get(String(subId))?.onevent(event as NdkRawEvent);
  });
}
