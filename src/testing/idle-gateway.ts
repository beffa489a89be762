import type { RelayGateway } from '../worker/relay/relay-gateway';

/** A relay gateway that reaches no relay (unit tests): its relay list is read, outbox rows stay pending. */
export function idleGateway(urls: readonly string[]): RelayGateway {
  return {
    relayUrls: urls,
    connect: async () => undefined,
    fetch: async () => ({ events: [], asked: [], answered: [], sourceOf: {}, capped: false }),
    publishTo: async () => ({ status: 'unreachable', message: 'idle' }),
    connectionStates: () => ({}),
    onStatusChange: () => () => undefined,
    openSubscriptions: () => 0,
    // Nothing is connected, so nothing stays out for a while: isolated until now.
    isolate: () => Date.now(),
    close: async () => undefined,
  };
}
