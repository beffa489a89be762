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
export async function outboxRowsFor(ctx: WorkerContext, event: NostrEvent): Promise<OutboxRow[]> {
  const relays = await writeRelaysOf(ctx, event.pubkey, 'configured');
  if (relays.length === 0) throw new WorkerFailure('no-relays', 'no relays to publish to: add one under Sync');
  const now = Date.now();
  return relays.map((relay) => ({ eventId: event.id, event, relay, status: 'pending', attempts: 0, nextAttempt: now, createdAt: now }));
}

/** What the rows take on the device (what to free when they do not fit). */
export function outboxBytes(rows: readonly OutboxRow[]): number {
  return rows.length === 0 ? 0 : JSON.stringify(rows[0]?.event).length * 2 * rows.length;
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
  const ingest = await ingestAndNotify(ctx, [event], 'user');
  const outcome = ingest.outcomes[0];
  if (outcome?.status === 'rejected' || outcome?.status === 'deleted') {
    await takeBack();
    throw new WorkerFailure('invalid-event', outcome.status === 'rejected' ? outcome.reason : 'this event was deleted by its author');
  }
  ctx.notifier.emit('outbox-changed', {});
  ctx.outboxQueued();
  return { ingest, relays: rows.map((row) => row.relay) };
}

/**
 * Events queued before a crash may not have reached the events table: ingest them again
 * (duplicates are skipped at the cost of a key lookup).
 */
export async function restoreQueuedEvents(ctx: WorkerContext): Promise<void> {
  const pending = await ctx.db.outbox.where('status').equals('pending').toArray();
  if (pending.length > 0) await ingestAndNotify(ctx, [...new Map(pending.map((row) => [row.eventId, row.event])).values()], 'user');
}
