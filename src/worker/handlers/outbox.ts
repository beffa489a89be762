import type { NostrEvent } from '../../domain/nostr-event';
import type { WorkerContext } from '../context';
import type { OutboxRow } from '../db/rows';
import { queueForPublishing, type QueuedPublish } from '../repository/outbox-queue';
import type { EventDraft } from '../signer/signer';

export interface OutboxRelayState {
  relay: string;
  status: OutboxRow['status'];
  attempts: number;
  nextAttempt: number;
  sentAt?: number;
  message?: string;
}

/** One published event and how each relay took it. */
export interface OutboxItem {
  eventId: string;
  kind: number;
  /** A short line to recognise the event by (its title or content). */
  label: string;
  createdAt: number;
  status: OutboxRow['status'];
  relays: OutboxRelayState[];
}

export interface OutboxHandlers {
  /** Signs with the account's signer, shows the event at once and queues it for the user's write relays. */
  publishDraft(args: { draft: EventDraft }): Promise<QueuedPublish & { event: NostrEvent }>;
  /** Queues an event signed elsewhere (an import, a test) exactly like one signed here. */
  publishEvent(args: { event: NostrEvent }): Promise<QueuedPublish>;
  listOutbox(args?: { limit?: number }): Promise<OutboxItem[]>;
  /** Sends an event again to the relays that refused it or have not taken it yet. */
  retryOutbox(args: { eventId: string }): Promise<void>;
}

export function outboxHandlers(ctx: WorkerContext): OutboxHandlers {
  return {
    async publishDraft({ draft }) {
      const event = await ctx.account.sign(draft);
      return { ...(await queueForPublishing(ctx, event)), event };
    },

    publishEvent: ({ event }) => queueForPublishing(ctx, event),

    async listOutbox({ limit = 100 } = {}) {
      const rows = await ctx.db.outbox
        .reverse()
        .limit(limit * 8)
        .toArray();
      const byEvent = new Map<string, OutboxRow[]>();
      for (const row of rows) byEvent.set(row.eventId, [...(byEvent.get(row.eventId) ?? []), row]);
      return [...byEvent.values()].slice(0, limit).map(toItem);
    },

    async retryOutbox({ eventId }) {
      await ctx.db.outbox
        .where('eventId')
        .equals(eventId)
        .filter((row) => row.status !== 'sent')
        .modify({ status: 'pending', nextAttempt: Date.now() });
      ctx.notifier.emit('outbox-changed', {});
      ctx.outboxQueued();
    },
  };
}

function toItem(rows: OutboxRow[]): OutboxItem {
  const [first] = rows;
  if (!first) throw new Error('an outbox item has at least one row');
  const { event } = first;
  const statuses = new Set(rows.map((row) => row.status));
  return {
    eventId: first.eventId,
    kind: event.kind,
    label: labelOf(event),
    createdAt: first.createdAt,
    // Failed if any relay refused it, pending while any has not answered, else sent.
    status: statuses.has('failed') ? 'failed' : statuses.has('pending') ? 'pending' : 'sent',
    relays: rows
      .map(({ relay, status, attempts, nextAttempt, sentAt, lastMessage }) => ({
        relay,
        status,
        attempts,
        nextAttempt,
        sentAt,
        message: lastMessage,
      }))
      .sort((a, b) => a.relay.localeCompare(b.relay)),
  };
}

function labelOf(event: NostrEvent): string {
  const title = event.tags.find((tag) => tag[0] === 'title')?.[1];
  const text = title ?? event.content;
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
