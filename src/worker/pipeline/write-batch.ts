import { isNewerVersion } from '../../domain/address';
import { tagKeys } from '../../domain/tag-keys';
import type { PlatesDatabase } from '../db/database';
import type { EventRow } from '../db/rows';
import type { Candidate } from './candidates';
import { applyDeletions, dropTombstoned, removeStoredEvent } from './deletions';
import { resolveArrivedExercises, resolveTemplateNeeds } from './dependencies';
import type { IngestOutcome, IngestSource } from './outcomes';

type Outcomes = Array<IngestOutcome | undefined>;

/**
 * Writes the accepted events of one chunk in a single transaction: raw rows, read models,
 * deletions and dependency bookkeeping commit together or not at all, and the promise
 * settles only after IndexedDB has committed.
 */
export async function writeBatch(db: PlatesDatabase, candidates: Candidate[], source: IngestSource, outcomes: Outcomes): Promise<Dependencies> {
  if (candidates.length === 0) return { completedTemplates: [], missingExercises: [] };
  const tables = [db.events, db.exercises, db.templates, db.incompleteTemplates, db.records, db.deletions];
  return db.transaction('rw', tables, async () => {
    const live = await dropTombstoned(db, candidates, outcomes);
    const accepted = await dropOlderThanStored(db, live, outcomes);
    const receivedAt = Date.now();
    const eventRows = accepted.map(({ event, address }) => {
      const row: EventRow = { ...event, tagKeys: tagKeys(event.tags), receivedAt, source };
      if (address) row.address = address;
      return row;
    });
    await db.events.bulkPut(eventRows);

    const exercises = accepted.flatMap((c) => (c.model.kind === 'exercise' ? [c.model.exercise] : []));
    await db.exercises.bulkPut(exercises);
    await db.records.bulkPut(accepted.flatMap((c) => (c.model.kind === 'record' ? [c.model.record] : [])));
    const missingExercises = await writeTemplates(db, accepted, outcomes);
    await applyDeletions(db, accepted, outcomes);
    const completedTemplates = await resolveArrivedExercises(db, exercises.map((e) => e.address));
    return { completedTemplates, missingExercises };
  });
}

/** What a chunk changed in the dependency graph. */
export interface Dependencies {
  /** Templates that became complete because an exercise they waited for arrived. */
  completedTemplates: string[];
  /** Exercise addresses that templates of this chunk wait for. */
  missingExercises: string[];
}

/** Templates of the chunk and what they still miss, in a few bulk operations; returns the missing addresses. */
async function writeTemplates(db: PlatesDatabase, accepted: Candidate[], outcomes: Outcomes): Promise<string[]> {
  const models = accepted.flatMap((c) => (c.model.kind === 'template' ? [c.model] : []));
  if (models.length === 0) return [];
  // Only a template that replaced a stored version can have stale missing-exercise rows.
  const replaced = accepted.flatMap((c) => (c.model.kind === 'template' && outcomes[c.index]?.status === 'replaced-older' ? [c.address] : []));
  if (replaced.length > 0) await db.incompleteTemplates.where('templateAddress').anyOf(replaced).delete();
  const missing = await resolveTemplateNeeds(db, models);
  const waiting = new Set(missing.map((row) => row.templateAddress));
  for (const { template } of models) template.complete = waiting.has(template.address) ? 0 : 1;
  await db.templates.bulkPut(models.map((m) => m.template));
  await db.incompleteTemplates.bulkPut(missing);
  return [...new Set(missing.map((row) => row.missingAddress))];
}

/**
 * Compares each replaceable candidate with the version already stored: an older or
 * equal one arriving late changes nothing; a newer one removes the stored version.
 */
async function dropOlderThanStored(db: PlatesDatabase, candidates: Candidate[], outcomes: Outcomes): Promise<Candidate[]> {
  const keys = candidates.filter((c) => c.address).map((c) => c.address);
  const current = new Map<string, EventRow>();
  if (keys.length > 0) {
    for (const row of await db.events.where('address').anyOf(keys).toArray()) if (row.address) current.set(row.address, row);
  }
  const accepted: Candidate[] = [];
  for (const candidate of candidates) {
    const stored = candidate.address ? current.get(candidate.address) : undefined;
    if (!stored) {
      outcomes[candidate.index] = { id: candidate.event.id, status: 'stored' };
      accepted.push(candidate);
    } else if (isNewerVersion(candidate.event, stored)) {
      await removeStoredEvent(db, stored, { keepReadModel: true });
      outcomes[candidate.index] = { id: candidate.event.id, status: 'replaced-older', replacedId: stored.id };
      accepted.push(candidate);
    } else {
      outcomes[candidate.index] = { id: candidate.event.id, status: 'superseded', byId: stored.id };
    }
  }
  return accepted;
}
