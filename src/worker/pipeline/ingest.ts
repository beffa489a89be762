import type { PlatesDatabase } from '../db/database';
import { buildCandidates, checkShapes } from './candidates';
import { summarize, type IngestOutcome, type IngestSource, type IngestSummary } from './outcomes';
import { skipStored } from './skip-stored';
import type { Verifier } from './verifier';
import { writeBatch, type Dependencies } from './write-batch';

/**
 * Events verified and written per transaction: small enough that a batch of a thousand
 * (what a relay subscription typically delivers) spans several chunks, so verifying one
 * overlaps writing the one before. With transactions queued, 100 measured no faster
 * (1,089 against 1,061 events/s, means of 4 alternating runs; 500 was slower).
 */
export const CHUNK = 250;

/**
 * The one entry point for events into Plates, whatever their source. Never throws for
 * bad input: each event gets an outcome, and valid events of a batch are kept even when
 * others in it are refused. Ids already stored are skipped first; then each chunk's
 * signatures are checked while earlier chunks are being written. A chunk's transaction
 * is opened as soon as it is verified: IndexedDB runs them in order, so the browser goes
 * from one commit straight to the next chunk. Resolves once all have committed.
 */
export async function ingestEvents(
  db: PlatesDatabase,
  verifier: Verifier,
  events: readonly unknown[],
  source: IngestSource,
): Promise<IngestSummary> {
  const outcomes: Array<IngestOutcome | undefined> = new Array(events.length);
  const shaped = checkShapes(events, await skipStored(db, events, outcomes), outcomes);
  const verifiedIds = new Set<string>();
  const writes: Array<Promise<Dependencies>> = [];
  for (let start = 0; start < shaped.length; start += CHUNK) {
    const chunk = shaped.slice(start, start + CHUNK);
    const verdicts = await verifier.verifyAll(chunk.map((s) => s.event));
    const write = writeBatch(db, buildCandidates(chunk, verdicts, verifiedIds, outcomes), source, outcomes);
    // Handled when awaited below; this only keeps a failure from being reported as unhandled meanwhile.
    write.catch(() => undefined);
    writes.push(write);
  }
  const completedTemplates: string[] = [];
  const missingExercises = new Set<string>();
  for (const { completedTemplates: completed, missingExercises: missing } of await Promise.all(writes)) {
    completedTemplates.push(...completed);
    for (const address of missing) missingExercises.add(address);
  }
  return summarize(outcomes as IngestOutcome[], completedTemplates, [...missingExercises]);
}
