import { isNewerVersion } from '../../domain/address';
import { KIND } from '../../domain/kinds';
import { tagKeys } from '../../domain/tag-keys';
import type { NostrEvent } from '../../domain/nostr-event';
import type { PlatesDatabase } from '../db/database';
import type { EventRow } from '../db/rows';
import type { Candidate } from './candidates';
import { applyDeletions, dropTombstoned, readTombstones } from './deletions';
import { missingExercises, readStoredExercises, resolveArrivedExercises } from './dependencies';
import { forgetStoredIds, storedIdMemory } from './known-stored';
import type { IngestOutcome, IngestSource } from './outcomes';
import { requestEach } from './requests';

type Outcomes = Array<IngestOutcome | undefined>;

/** What a chunk changed in the dependency graph. */
export interface Dependencies {
  /** Templates that became complete because an exercise they waited for arrived. */
  completedTemplates: string[];
  /** Exercise addresses that templates of this chunk wait for. */
  missingExercises: string[];
}

/**
 * Writes the accepted events of one chunk in a single transaction: raw rows, read models,
 * deletions and dependency bookkeeping commit together or not at all, and the promise
 * settles only after IndexedDB has committed. Every read the chunk needs (tombstones,
 * stored versions, stored exercises) goes out in one round trip, then every write at once,
 * so the browser process has a queue of work instead of waiting on this thread.
 */
export async function writeBatch(
  db: PlatesDatabase,
  candidates: Candidate[],
  source: IngestSource,
  outcomes: Outcomes,
): Promise<Dependencies> {
  if (candidates.length === 0) return { completedTemplates: [], missingExercises: [] };
  const tables = [db.events, db.exercises, db.templates, db.incompleteTemplates, db.records, db.deletions];
  const templatesOf = (list: Candidate[]) => list.flatMap((c) => (c.model.kind === 'template' ? [c.model] : []));
  let accepted: Candidate[] = [];
  const dependencies = await db.transaction('rw', tables, async (tx) => {
    const idb = tx.idbtrans;
    const [tombstones, versions, storedExercises] = await Promise.all([
      readTombstones(idb, candidates),
      readStoredVersions(idb, candidates),
      readStoredExercises(idb, templatesOf(candidates)),
    ]);
    const { kept, replaced } = keepNewest(versions, dropTombstoned(tombstones, candidates, outcomes), outcomes);
    accepted = kept;

    const exercises = accepted.flatMap((c) => (c.model.kind === 'exercise' ? [c.model.exercise] : []));
    const records = accepted.flatMap((c) => (c.model.kind === 'record' ? [c.model.record] : []));
    const templates = templatesOf(accepted);
    // Only a template that replaced a stored version can have stale missing-exercise rows.
    const replacedTemplates = replaced.flatMap((row) => (row.kind === KIND.workoutTemplate && row.address ? [row.address] : []));
    if (replacedTemplates.length > 0) await db.incompleteTemplates.where('templateAddress').anyOf(replacedTemplates).delete();
    const missing = missingExercises(templates, new Set([...storedExercises, ...exercises.map((e) => e.address)]));
    const waiting = new Set(missing.map((row) => row.templateAddress));
    for (const { template } of templates) template.complete = waiting.has(template.address) ? 0 : 1;

    // A replaced version keeps its read model row: its successor overwrites it under the same address.
    forgetStoredIds(
      db,
      replaced.map((row) => row.id),
    );
    await Promise.all([
      replaced.length > 0 ? db.events.bulkDelete(replaced.map((row) => row.id)) : undefined,
      db.events.bulkPut(eventRows(accepted, source)),
      exercises.length > 0 ? db.exercises.bulkPut(exercises) : undefined,
      records.length > 0 ? db.records.bulkPut(records) : undefined,
      templates.length > 0 ? db.templates.bulkPut(templates.map((m) => m.template)) : undefined,
      missing.length > 0 ? db.incompleteTemplates.bulkPut(missing) : undefined,
    ]);
    await applyDeletions(db, accepted, outcomes);
    const completedTemplates = await resolveArrivedExercises(
      db,
      idb,
      exercises.map((e) => e.address),
    );
    return { completedTemplates, missingExercises: [...new Set(missing.map((row) => row.missingAddress))] };
  });
  // Committed: what is still stored (a deletion of the same chunk may have removed some) is known from now on.
  storedIdMemory(db).stored(accepted.flatMap((c) => (outcomes[c.index]?.status === 'deleted' ? [] : [c.event.id])));
  return dependencies;
}

function eventRows(accepted: readonly Candidate[], source: IngestSource): EventRow[] {
  const receivedAt = Date.now();
  return accepted.map(({ event, address }) => eventRow(event, address, source, receivedAt));
}

/** The raw row of an event as the events table stores it; `address` is empty for non-replaceable kinds. */
export function eventRow(event: NostrEvent, address: string, source: IngestSource, receivedAt: number): EventRow {
  const row: EventRow = { ...event, tagKeys: tagKeys(event.tags), receivedAt, source };
  if (address) row.address = address;
  return row;
}

/** The stored version of each replaceable candidate's address, if any. */
async function readStoredVersions(idb: IDBTransaction, candidates: readonly Candidate[]): Promise<Map<string, EventRow>> {
  const addresses = [...new Set(candidates.flatMap((c) => (c.address ? [c.address] : [])))];
  const index = idb.objectStore('events').index('address');
  const rows: Array<EventRow | undefined> = await requestEach(addresses, (address) => index.get(address));
  const versions = new Map<string, EventRow>();
  addresses.forEach((address, i) => {
    const row = rows[i];
    if (row) versions.set(address, row);
  });
  return versions;
}

/**
 * Compares each replaceable candidate with the version already stored: an older or
 * equal one arriving late changes nothing; a newer one replaces the stored version.
 */
function keepNewest(
  versions: ReadonlyMap<string, EventRow>,
  candidates: Candidate[],
  outcomes: Outcomes,
): { kept: Candidate[]; replaced: EventRow[] } {
  const kept: Candidate[] = [];
  const replaced: EventRow[] = [];
  for (const candidate of candidates) {
    const stored = candidate.address ? versions.get(candidate.address) : undefined;
    if (!stored) {
      outcomes[candidate.index] = { id: candidate.event.id, status: 'stored' };
      kept.push(candidate);
    } else if (isNewerVersion(candidate.event, stored)) {
      replaced.push(stored);
      outcomes[candidate.index] = { id: candidate.event.id, status: 'replaced-older', replacedId: stored.id };
      kept.push(candidate);
    } else {
      outcomes[candidate.index] = { id: candidate.event.id, status: 'superseded', byId: stored.id };
    }
  }
  return { kept, replaced };
}
