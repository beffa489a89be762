import type { NostrEvent } from '../../domain/nostr-event';
import type { WorkerContext } from '../context';
import type { OutboxRow } from '../db/rows';
import { WorkerFailure } from '../errors';
import { ingestAndNotify } from '../ingest-and-notify';
import { writeRelaysOf } from '../queries/write-relays';
import { writeWithRoom } from '../storage/quota';
import type { IngestSummary } from '../pipeline/outcomes';

export interface QueuedPublish {
  ingest: IngestSummary;
  /** The relays the event is queued for (the author's NIP-65 write relays, else the configured ones). */
  relays: string[];
}

/**
 * The write path for what the person signed: queued first (the signed event rides in the
 * outbox rows, so a crash right after still publishes it), then ingested locally so it
 * shows at once, then sent by the publisher. Never needs a connection; never throws for
 * being offline. An event the pipeline refuses is taken back out of the outbox.
 */
export async function queueForPublishing(ctx: WorkerContext, event: NostrEvent): Promise<QueuedPublish> {
  const rows = await outboxRowsFor(ctx, event);
  const ids = await writeWithRoom(
    ctx.storage,
    () => outboxBytes(rows),
    () => ctx.db.outbox.bulkAdd(rows, { allKeys: true }),
  );
  return showQueued(ctx, event, rows, () => ctx.db.outbox.bulkDelete(ids));
}

/** The outbox rows that send `event`: one per relay it goes to (the author's NIP-65 write relays, else the configured ones). */
export function outboxRowsFor(ctx: WorkerContext, event: NostrEvent): Promise<OutboxRow[]> {
  return outboxRowsForEvents(ctx, [event]);
}

/** outboxRowsFor of many events, in their order; each author's relays are read once. */
export async function outboxRowsForEvents(ctx: WorkerContext, events: readonly NostrEvent[]): Promise<OutboxRow[]> {
  const relaysOf = new Map<string, string[]>();
  const now = Date.now();
  const rows: OutboxRow[] = [];
  for (const event of events) {
    let relays = relaysOf.get(event.pubkey);
    if (!relays) {
      relays = await writeRelaysOf(ctx, event.pubkey, 'configured');
      if (relays.length === 0) throw new WorkerFailure('no-relays', 'no relays to publish to: add one under Sync');
      relaysOf.set(event.pubkey, relays);
    }
    for (const relay of relays)
      rows.push({ eventId: event.id, event, relay, status: 'pending', attempts: 0, nextAttempt: now, createdAt: now });
  }
  return rows;
}

/** What the rows take on the device (what to free when they do not fit). */
export function outboxBytes(rows: readonly OutboxRow[]): number {
  let bytes = 0;
  for (const row of rows) bytes += JSON.stringify(row.event).length * 2;
  return bytes;
}

/**
 * Once `event`'s outbox `rows` are committed: ingested so it shows at once, and the
 * publisher told. If the pipeline refuses it, `takeBack` undoes the queueing.
 */
export async function showQueued(
  ctx: WorkerContext,
  event: NostrEvent,
  rows: readonly OutboxRow[],
  takeBack: () => Promise<unknown>,
): Promise<QueuedPublish> {
  const { ingest, refused } = await showQueuedEvents(ctx, [event], takeBack);
  const [refusal] = refused;
  if (refusal) throw new WorkerFailure('invalid-event', refusal.reason);
  return { ingest, relays: rows.map((row) => row.relay) };
}

/**
 * showQueued of many events: ingested as one batch (one notification), the publisher told
 * once. The events the pipeline refuses are answered with the reason, after `takeBack` has
 * undone their queueing (given their ids).
 */
export async function showQueuedEvents(
  ctx: WorkerContext,
  events: readonly NostrEvent[],
  takeBack: (eventIds: string[]) => Promise<unknown>,
): Promise<{ ingest: IngestSummary; refused: Array<{ eventId: string; reason: string }> }> {
  const ingest = await ingestAndNotify(ctx, events, 'user');
  const refused = events.flatMap((event, i) => {
    const outcome = ingest.outcomes[i];
    if (outcome?.status === 'rejected') return [{ eventId: event.id, reason: outcome.reason }];
    if (outcome?.status === 'deleted') return [{ eventId: event.id, reason: 'this event was deleted by its author' }];
    return [];
  });
  if (refused.length > 0) await takeBack(refused.map((refusal) => refusal.eventId));
  if (refused.length < events.length) {
    ctx.notifier.emit('outbox-changed', {});
    ctx.outboxQueued();
  }
  return { ingest, refused };
}

/**
 * Events queued before a crash may not have reached the events table: ingest them again
 * (duplicates are skipped at the cost of a key lookup).
 */
export async function restoreQueuedEvents(ctx: WorkerContext): Promise<void> {
  const pending = await ctx.db.outbox.where('status').equals('pending').toArray();
  if (pending.length > 0) await ingestAndNotify(ctx, [...new Map(pending.map((row) => [row.eventId, row.event])).values()], 'user');
}
