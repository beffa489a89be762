import type { WorkerContext } from './context';
import { ingestEvents } from './pipeline/ingest';
import type { IngestSource, IngestSummary } from './pipeline/outcomes';
import { eventBytes } from './storage/eviction';
import { writeWithRoom } from './storage/quota';

/**
 * Ingests a batch and tells the UI once per batch what changed. A batch that does not fit
 * on the device gets room made by evicting others' content and is tried again; if it
 * still does not fit, the UI is told and the caller gets the `storage-full` failure.
 */
export async function ingestAndNotify(ctx: WorkerContext, events: readonly unknown[], source: IngestSource): Promise<IngestSummary> {
  const verifier = await ctx.verifier();
  const summary = await writeWithRoom(
    ctx.storage,
    () => batchBytes(events),
    () => ingestEvents(ctx.db, verifier, events, source),
    source === 'user' || source === 'import',
  );
  if (summary.stored > 0 || summary.deleted > 0 || summary.completedTemplates.length > 0) {
    const kinds = new Set<number>();
    summary.outcomes.forEach((outcome, i) => {
      if (outcome.status === 'stored' || outcome.status === 'replaced-older' || outcome.status === 'deleted') {
        kinds.add((events[i] as { kind: number }).kind);
      }
    });
    ctx.storageGrew();
    ctx.notifier.emit('events-ingested', {
      source,
      stored: summary.stored,
      kinds: [...kinds],
      completedTemplates: summary.completedTemplates,
    });
  }
  if (summary.missingExercises.length > 0) ctx.queueMissingExercises();
  return summary;
}

function batchBytes(events: readonly unknown[]): number {
  let bytes = 0;
  for (const event of events) {
    const { content, tags } = (event ?? {}) as { content?: unknown; tags?: unknown };
    if (typeof content === 'string' && Array.isArray(tags) && tags.every((tag) => Array.isArray(tag)))
      bytes += eventBytes({ content, tags: tags as string[][] });
  }
  return bytes;
}
