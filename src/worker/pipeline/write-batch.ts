import Dexie from 'dexie';
import { isNewerVersion } from '../../domain/address';
import type { PlatesDatabase } from '../db/database';
import type { EventRow, IncompleteTemplateRow, TagRow } from '../db/rows';
import type { Candidate } from './candidates';
import type { IngestOutcome, IngestSource } from './outcomes';
import { resolveArrivedExercises, resolveTemplateNeeds } from './dependencies';

/**
 * Writes the accepted events of one batch in a single transaction: raw rows, tag rows,
 * read models and dependency bookkeeping commit together or not at all, and the
 * promise settles only after IndexedDB has committed.
 * Returns the addresses of templates that became complete.
 */
export async function writeBatch(
  db: PlatesDatabase,
  candidates: Candidate[],
  source: IngestSource,
  outcomes: Array<IngestOutcome | undefined>,
): Promise<string[]> {
  if (candidates.length === 0) return [];
  const tables = [db.events, db.tags, db.exercises, db.templates, db.templateExercises, db.incompleteTemplates];
  return db.transaction('rw', tables, async () => {
    const accepted = await dropOlderThanStored(db, candidates, outcomes);
    const receivedAt = Date.now();
    const eventRows: EventRow[] = [];
    const tagRows: TagRow[] = [];
    for (const { event, address } of accepted) {
      eventRows.push({ ...event, address, receivedAt, source });
      event.tags.forEach((tag, position) => {
        tagRows.push({ eventId: event.id, position, name: tag[0] ?? '', value: tag[1] ?? '' });
      });
    }
    await db.events.bulkPut(eventRows);
    await db.tags.bulkPut(tagRows);

    const exercises = accepted.flatMap((c) => (c.model.kind === 'exercise' ? [c.model.exercise] : []));
    await db.exercises.bulkPut(exercises);

    const incomplete: IncompleteTemplateRow[] = [];
    for (const candidate of accepted) {
      if (candidate.model.kind !== 'template') continue;
      const { template, sets, needs } = candidate.model;
      await db.templateExercises.where('templateAddress').equals(template.address).delete();
      await db.incompleteTemplates.where('templateAddress').equals(template.address).delete();
      const missing = await resolveTemplateNeeds(db, template.address, needs);
      template.complete = missing.length === 0 ? 1 : 0;
      incomplete.push(...missing);
      await db.templates.put(template);
      await db.templateExercises.bulkPut(sets);
    }
    await db.incompleteTemplates.bulkPut(incomplete);
    return resolveArrivedExercises(db, exercises.map((e) => e.address));
  });
}

/**
 * Compares each replaceable candidate with the version already stored: an older or
 * equal one arriving late changes nothing; a newer one removes the stored version.
 */
async function dropOlderThanStored(
  db: PlatesDatabase,
  candidates: Candidate[],
  outcomes: Array<IngestOutcome | undefined>,
): Promise<Candidate[]> {
  const keys = candidates.filter((c) => c.address).map((c) => c.address);
  const current = new Map<string, EventRow>();
  if (keys.length > 0) {
    for (const row of await db.events.where('address').anyOf(keys).toArray()) current.set(row.address, row);
  }
  const accepted: Candidate[] = [];
  for (const candidate of candidates) {
    const stored = candidate.address ? current.get(candidate.address) : undefined;
    if (!stored) {
      outcomes[candidate.index] = { id: candidate.event.id, status: 'stored' };
      accepted.push(candidate);
    } else if (isNewerVersion(candidate.event, stored)) {
      await db.events.delete(stored.id);
      await db.tags.where('[eventId+position]').between([stored.id, Dexie.minKey], [stored.id, Dexie.maxKey]).delete();
      outcomes[candidate.index] = { id: candidate.event.id, status: 'replaced-older', replacedId: stored.id };
      accepted.push(candidate);
    } else {
      outcomes[candidate.index] = { id: candidate.event.id, status: 'superseded', byId: stored.id };
    }
  }
  return accepted;
}
