import { parseAddress } from '../../domain/address';
import { deletionApplies } from '../../domain/deletion';
import { KIND } from '../../domain/kinds';
import type { PlatesDatabase } from '../db/database';
import type { DeletionRow, EventRow } from '../db/rows';
import type { Candidate } from './candidates';
import { forgetStoredIds } from './known-stored';
import type { IngestOutcome } from './outcomes';
import { requestEach, requestOne } from './requests';

type Outcomes = Array<IngestOutcome | undefined>;

/**
 * The tombstones that name a candidate (by id or address) with its own author, read inside
 * the write transaction. Most databases hold no deletion at all: one count spares a
 * lookup per event.
 */
export async function readTombstones(idb: IDBTransaction, candidates: readonly Candidate[]): Promise<DeletionRow[]> {
  const store = idb.objectStore('deletions');
  if ((await requestOne(store.count())) === 0) return [];
  const keys: Array<[string, string]> = [];
  for (const { event, address } of candidates) {
    keys.push([event.id, event.pubkey]);
    if (address) keys.push([address, event.pubkey]);
  }
  const rows: Array<DeletionRow | undefined> = await requestEach(keys, (key) => store.get(key));
  return rows.filter((row): row is DeletionRow => row !== undefined);
}

/**
 * NIP-09: an event its author already deleted stays deleted when it arrives (again).
 * Tombstones are keyed by target and author, so another author's deletion never counts.
 */
export function dropTombstoned(tombstones: readonly DeletionRow[], candidates: Candidate[], outcomes: Outcomes): Candidate[] {
  if (tombstones.length === 0) return candidates;
  const byTarget = new Map(tombstones.map((row) => [row.target, row]));
  return candidates.filter((candidate) => {
    const { event, address } = candidate;
    const tombstone = byTarget.get(event.id) ?? (address ? byTarget.get(address) : undefined);
    if (!tombstone || !deletionApplies({ pubkey: tombstone.pubkey, created_at: tombstone.deletedAt }, event)) return true;
    outcomes[candidate.index] = { id: event.id, status: 'deleted', byDeletionId: tombstone.deletionId };
    return false;
  });
}

/** Carries out the kind 5 events of a chunk: removes what their authors may delete and records tombstones. */
export async function applyDeletions(db: PlatesDatabase, accepted: Candidate[], outcomes: Outcomes): Promise<void> {
  const indexOfId = new Map(accepted.map((c) => [c.event.id, c.index]));
  for (const { event, model } of accepted) {
    if (model.kind !== 'deletion') continue;
    const { eventIds, addresses } = model.deletion;
    const tombstone = (target: string): DeletionRow => ({
      target,
      pubkey: event.pubkey,
      deletedAt: event.created_at,
      deletionId: event.id,
    });
    const ownAddresses = addresses.filter((address) => parseAddress(address)?.pubkey === event.pubkey);
    await db.deletions.bulkPut([...eventIds.map(tombstone), ...ownAddresses.map(tombstone)]);

    const byId = (await db.events.bulkGet(eventIds)).filter((row): row is EventRow => row !== undefined);
    const byAddress = ownAddresses.length > 0 ? await db.events.where('address').anyOf(ownAddresses).toArray() : [];
    for (const target of [...byId, ...byAddress]) {
      if (!deletionApplies(event, target)) continue;
      await removeStoredEvent(db, target, { keepReadModel: false });
      const index = indexOfId.get(target.id);
      if (index !== undefined) outcomes[index] = { id: target.id, status: 'deleted', byDeletionId: event.id };
    }
  }
}

/**
 * Removes a stored event with its read model. A replaced version keeps the read model
 * row, which its successor overwrites under the same address.
 */
export async function removeStoredEvent(db: PlatesDatabase, row: EventRow, options: { keepReadModel: boolean }): Promise<void> {
  forgetStoredIds(db, [row.id]);
  await db.events.delete(row.id);
  if (options.keepReadModel) return;
  const { address } = row;
  if (row.kind === KIND.exercise && address) await db.exercises.delete(address);
  else if (row.kind === KIND.workoutTemplate && address) {
    await db.templates.delete(address);
    await db.incompleteTemplates.where('templateAddress').equals(address).delete();
  } else if (row.kind === KIND.workoutRecord || row.kind === KIND.legacyWorkoutRecord) {
    await db.records.delete(row.address ?? row.id);
  }
}
