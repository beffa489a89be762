import type { PlatesDatabase } from '../db/database';
import { selectCandidates } from './candidates';
import { summarize, type IngestOutcome, type IngestSource, type IngestSummary } from './outcomes';
import type { Verifier } from './verifier';
import { writeBatch } from './write-batch';

/**
 * The one entry point for events into Plates, whatever their source. Never throws for
 * bad input: each event gets an outcome, valid events of a batch are kept even when
 * others in it are refused.
 */
export async function ingestEvents(
  db: PlatesDatabase,
  verifier: Verifier,
  events: readonly unknown[],
  source: IngestSource,
): Promise<IngestSummary> {
  const outcomes: Array<IngestOutcome | undefined> = new Array(events.length);
  const candidates = await selectCandidates(db, verifier, events, outcomes);
  const completedTemplates = await writeBatch(db, candidates, source, outcomes);
  return summarize(outcomes as IngestOutcome[], completedTemplates);
}
