import type { PlatesDatabase } from '../db/database';
import { buildCandidates, checkShapes, skipStored } from './candidates';
import { summarize, type IngestOutcome, type IngestSource, type IngestSummary } from './outcomes';
import type { Verifier } from './verifier';
import { writeBatch, type Dependencies } from './write-batch';

/**
 * Events verified and written per transaction: small enough that a batch of a thousand
 * (what a relay subscription typically delivers) spans several chunks, so verifying one
 * overlaps writing the one before.
 */
const CHUNK = 250;

/**
 * The one entry point for events into Plates, whatever their source. Never throws for
 * bad input: each event gets an outcome, and valid events of a batch are kept even when
 * others in it are refused. Each chunk's signatures are checked while the previous
 * chunk's transaction is being written; the promise resolves once all have committed.
 */
export async function ingestEvents(
  db: PlatesDatabase,
  verifier: Verifier,
  events: readonly unknown[],
  source: IngestSource,
): Promise<IngestSummary> {
  const outcomes: Array<IngestOutcome | undefined> = new Array(events.length);
  const fresh = await skipStored(db, checkShapes(events, outcomes), outcomes);
  const completedTemplates: string[] = [];
  const missingExercises = new Set<string>();
  const collect = ({ completedTemplates: completed, missingExercises: missing }: Dependencies) => {
    completedTemplates.push(...completed);
    for (const address of missing) missingExercises.add(address);
  };
  const verifiedIds = new Set<string>();
  let writing: Promise<Dependencies> = Promise.resolve({ completedTemplates: [], missingExercises: [] });
  for (let start = 0; start < fresh.length; start += CHUNK) {
    const chunk = fresh.slice(start, start + CHUNK);
    const verdicts = await verifier.verifyAll(chunk.map((s) => s.event));
    const candidates = buildCandidates(chunk, verdicts, verifiedIds, outcomes);
    collect(await writing);
    writing = writeBatch(db, candidates, source, outcomes);
    // Handled when awaited; this only keeps a failure from being reported as unhandled meanwhile.
    writing.catch(() => undefined);
  }
  collect(await writing);
  return summarize(outcomes as IngestOutcome[], completedTemplates, [...missingExercises]);
}
