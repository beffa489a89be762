import { createHash, randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';
import type { NostrEvent } from '../domain/nostr-event';
import { exerciseTags, newAuthor } from './sign';

/**
 * How the relay misbehaves:
 * - `malformed`: answers every REQ with frames that are not NIP-01 (bad JSON, wrong arity, wrong types, binary), then EOSE;
 * - `forged`: answers every REQ with `forgedPerReq` events that match it but whose signature is wrong, then EOSE;
 * - `flood`: answers the first REQ of a socket with forged events at `eventsPerSecond`, never sends EOSE and
 *   ignores CLOSE: the flood goes on until the client closes the socket;
 * - `silent`: takes every REQ and never answers (no EOSE);
 * - `close-loop`: accepts each connection and closes it after `closeAfterMs`.
 */
export type HostileMode = 'malformed' | 'forged' | 'flood' | 'silent' | 'close-loop';

export interface HostileRelayOptions {
  mode: HostileMode;
  eventsPerSecond?: number;
  forgedPerReq?: number;
  closeAfterMs?: number;
}

/** One WebSocket connection the relay took. */
export interface HostileConnection {
  openedAt: number;
  closedAt?: number;
  /** True when the client closed it (isolation), false when the relay did (close-loop). */
  closedByClient?: boolean;
  /** When this socket's flood started (its first forged event). */
  floodStartedAt?: number;
}

export interface HostileRelay {
  url: string;
  connections: HostileConnection[];
  /** Forged events sent over all connections. */
  eventsSent(): number;
  openSockets(): number;
  stop(): Promise<void>;
}

const TICK_MS = 10;
/** A client that stops reading must not make this process buffer without bound. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

/** A hostile Nostr relay on a free loopback port, for tests of the relay layer's defences. */
export async function startHostileRelay(options: HostileRelayOptions): Promise<HostileRelay> {
  const { mode, eventsPerSecond = 1_000, forgedPerReq = 50, closeAfterMs = 100 } = options;
  const forger = forgery();
  const connections: HostileConnection[] = [];
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  let sent = 0;

  server.on('connection', (socket) => {
    const connection: HostileConnection = { openedAt: Date.now() };
    connections.push(connection);
    let closing = false;
    let flood: ReturnType<typeof setInterval> | undefined;
    socket.on('close', () => {
      clearInterval(flood);
      connection.closedAt = Date.now();
      connection.closedByClient = !closing;
    });
    if (mode === 'close-loop') {
      setTimeout(() => {
        closing = true;
        socket.close();
      }, closeAfterMs);
      return;
    }
    socket.on('message', (data) => {
      const request = parseRequest(String(data));
      if (!request || mode === 'silent') return;
      const [subId, asked] = request;
      if (mode === 'malformed') {
        for (const frame of MALFORMED_FRAMES(subId)) socket.send(frame);
        socket.send(JSON.stringify(['EOSE', subId]));
      } else if (mode === 'forged') {
        for (let i = 0; i < forgedPerReq; i++) socket.send(JSON.stringify(['EVENT', subId, forger(asked)]));
        sent += forgedPerReq;
        socket.send(JSON.stringify(['EOSE', subId]));
      } else if (!flood) {
        connection.floodStartedAt = Date.now();
        const perTick = Math.max(1, Math.round((eventsPerSecond * TICK_MS) / 1000));
        flood = setInterval(() => {
          if (socket.readyState !== WebSocket.OPEN || socket.bufferedAmount > MAX_BUFFERED_BYTES) return;
          for (let i = 0; i < perTick; i++) socket.send(JSON.stringify(['EVENT', subId, forger(asked)]));
          sent += perTick;
        }, TICK_MS);
      }
    });
  });
  await new Promise((resolve) => server.once('listening', resolve));

  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connections,
    eventsSent: () => sent,
    openSockets: () => connections.filter((connection) => connection.closedAt === undefined).length,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of server.clients) socket.terminate();
        server.close(() => resolve());
      }),
  };
}

/** What a REQ's first filter asks for first: the events forged for it match it, so the client cannot drop them as unasked. */
interface Asked {
  kind?: number;
  author?: string;
  d?: string;
}

/** The subscription id of a REQ and what it asks for; undefined for anything else. */
function parseRequest(text: string): [string, Asked] | undefined {
  try {
    const message = JSON.parse(text) as unknown[];
    if (message[0] !== 'REQ' || typeof message[1] !== 'string') return undefined;
    const filter = (message[2] ?? {}) as { kinds?: unknown[]; authors?: unknown[]; '#d'?: unknown[] };
    const [kind] = filter.kinds ?? [];
    const [author] = filter.authors ?? [];
    const [d] = filter['#d'] ?? [];
    const asString = (value: unknown) => (typeof value === 'string' ? value : undefined);
    return [message[1], { kind: typeof kind === 'number' ? kind : undefined, author: asString(author), d: asString(d) }];
  } catch {
    return undefined;
  }
}

/** Frames a relay must never send: each must cost the client little and change nothing. */
const MALFORMED_FRAMES = (subId: string): Array<string | Buffer> => [
  '{"this is": not json',
  '["EVENT"',
  JSON.stringify(['EVENT']),
  JSON.stringify(['EVENT', subId]),
  JSON.stringify(['EVENT', subId, 'not an event']),
  JSON.stringify(['EVENT', subId, { id: 42, kind: 'x', tags: 'no' }]),
  JSON.stringify(['EVENT', subId, null]),
  JSON.stringify(['EOSE']),
  JSON.stringify(['OK', 'no-such-event', 'yes']),
  JSON.stringify([1, 2, 3]),
  JSON.stringify({ EVENT: subId }),
  'null',
  Buffer.from([0xff, 0xfe, 0x00, 0x01]),
];

/**
 * Events with a correct id and a wrong signature, each different (a flood of repeats would
 * be cheaper to drop than a real one), of the asked kind, author and d: well formed, so
 * only the signature check can tell. Exercises unless another kind is asked.
 */
function forgery(): (asked: Asked) => NostrEvent {
  const fallbackAuthor = newAuthor().pubkey;
  let n = 0;
  return ({ kind = 33401, author = fallbackAuthor, d }) => {
    n++;
    const tags = kind === 33401 ? exerciseTags(d ?? `forged-${n}`, `Forged ${n}`) : [['d', d ?? `forged-${n}`]];
    const content = kind === 0 ? JSON.stringify({ name: `Forged ${n}` }) : `forged ${n}`;
    const draft = { pubkey: author, created_at: Math.floor(Date.now() / 1000), kind, tags, content };
    const id = createHash('sha256')
      .update(JSON.stringify([0, draft.pubkey, draft.created_at, draft.kind, draft.tags, draft.content]))
      .digest('hex');
    return { ...draft, id, sig: randomBytes(64).toString('hex') };
  };
}
