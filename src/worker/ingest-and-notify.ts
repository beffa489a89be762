import type { WorkerContext } from './context';
import { ingestEvents } from './pipeline/ingest';
import type { IngestSource, IngestSummary } from './pipeline/outcomes';

/** Ingests a batch and tells the UI once per batch what changed. */
export async function ingestAndNotify(ctx: WorkerContext, events: readonly unknown[], source: IngestSource): Promise<IngestSummary> {
  const summary = await ingestEvents(ctx.db, await ctx.verifier(), events, source);
  if (summary.stored > 0 || summary.deleted > 0 || summary.completedTemplates.length > 0) {
    const kinds = new Set<number>();
    summary.outcomes.forEach((outcome, i) => {
      if (outcome.status === 'stored' || outcome.status === 'replaced-older' || outcome.status === 'deleted') {
        kinds.add((events[i] as { kind: number }).kind);
      }
    });
    ctx.notifier.emit('events-ingested', { source, stored: summary.stored, kinds: [...kinds], completedTemplates: summary.completedTemplates });
  }
  if (summary.missingExercises.length > 0) ctx.queueMissingExercises();
  return summary;
}
