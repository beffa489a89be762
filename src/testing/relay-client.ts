import type { Filter } from 'nostr-tools/filter';
import WebSocket from 'ws';
import type { NostrEvent } from '../domain/nostr-event';

/** A bare NIP-01 client over `ws` for tests that check what a relay really does. */
export interface RelayClient {
  /** Sends EVENT and resolves with the relay's OK. */
  publish(event: NostrEvent): Promise<OkResult>;
  /** Sends REQ, collects the stored events until EOSE, then sends CLOSE. */
  query(...filters: Filter[]): Promise<NostrEvent[]>;
  /** Sends REQ and keeps the subscription open until `close()`. */
  subscribe(...filters: Filter[]): Subscription;
  /** NOTICE messages received so far. */
  notices: string[];
  disconnect(): Promise<void>;
}

export interface OkResult {
  accepted: boolean;
  message: string;
}

export interface Subscription {
  /** Every event received on this subscription, stored and live, in arrival order. */
  events: NostrEvent[];
  /** Resolves at EOSE; rejects on CLOSED. */
  eose: Promise<void>;
  /** Resolves with the first event received (before or after this call) that matches. */
  next(match: (event: NostrEvent) => boolean): Promise<NostrEvent>;
  /** Sends CLOSE; events arriving later are no longer recorded. */
  close(): void;
}

type RelayMessage =
  ['EVENT', string, NostrEvent] | ['OK', string, boolean, string] | ['EOSE', string] | ['CLOSED', string, string] | ['NOTICE', string];

interface SubscriptionState {
  onEvent(event: NostrEvent): void;
  onEose(): void;
  onClosed(reason: string): void;
}

const WAIT_MS = 5_000;
let subscriptionCounter = 0;

export async function connectRelay(url: string): Promise<RelayClient> {
  const ws = new WebSocket(url);
  await withTimeout(
    new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    }),
    `connecting to ${url}`,
  );

  const pendingOks = new Map<string, (result: OkResult) => void>();
  const subscriptions = new Map<string, SubscriptionState>();
  const notices: string[] = [];

  ws.on('message', (data) => {
    const message = parseRelayMessage(String(data));
    if (!message) return;
    switch (message[0]) {
      case 'EVENT':
        subscriptions.get(message[1])?.onEvent(message[2]);
        break;
      case 'EOSE':
        subscriptions.get(message[1])?.onEose();
        break;
      case 'CLOSED':
        subscriptions.get(message[1])?.onClosed(message[2]);
        break;
      case 'OK':
        pendingOks.get(message[1])?.({ accepted: message[2], message: message[3] });
        pendingOks.delete(message[1]);
        break;
      case 'NOTICE':
        notices.push(message[1]);
        break;
    }
  });

  const send = (message: unknown[]) => ws.send(JSON.stringify(message));

  const subscribe = (...filters: Filter[]): Subscription => {
    const id = `sub-${++subscriptionCounter}`;
    const events: NostrEvent[] = [];
    const waiters: Array<{ match: (event: NostrEvent) => boolean; resolve: (event: NostrEvent) => void }> = [];
    let settleEose: { resolve: () => void; reject: (error: Error) => void } | undefined;
    const eose = new Promise<void>((resolve, reject) => {
      settleEose = { resolve, reject };
    });
    subscriptions.set(id, {
      onEvent(event) {
        events.push(event);
        for (const waiter of waiters.filter((w) => w.match(event))) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(event);
        }
      },
      onEose: () => settleEose?.resolve(),
      onClosed: (reason) => settleEose?.reject(new Error(`subscription ${id} CLOSED: ${reason}`)),
    });
    send(['REQ', id, ...filters]);
    return {
      events,
      eose: withTimeout(eose, `EOSE for ${id}`),
      next(match) {
        const seen = events.find(match);
        if (seen) return Promise.resolve(seen);
        return withTimeout(new Promise((resolve) => waiters.push({ match, resolve })), `an event on ${id}`);
      },
      close() {
        subscriptions.delete(id);
        send(['CLOSE', id]);
      },
    };
  };

  return {
    notices,
    subscribe,
    publish(event) {
      const ok = new Promise<OkResult>((resolve) => pendingOks.set(event.id, resolve));
      send(['EVENT', event]);
      return withTimeout(ok, `OK for ${event.id}`);
    },
    async query(...filters) {
      const subscription = subscribe(...filters);
      await subscription.eose;
      subscription.close();
      return [...subscription.events];
    },
    disconnect() {
      if (ws.readyState === WebSocket.CLOSED) return Promise.resolve();
      return new Promise((resolve) => {
        ws.once('close', () => resolve());
        ws.close();
      });
    },
  };
}

function parseRelayMessage(text: string): RelayMessage | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const known = ['EVENT', 'OK', 'EOSE', 'CLOSED', 'NOTICE'];
  return Array.isArray(value) && known.includes(value[0]) ? (value as RelayMessage) : undefined;
}

/** Rejects with what was awaited, so a silent relay fails the test instead of hanging it. */
function withTimeout<T>(promise: Promise<T>, what: string, ms = WAIT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
