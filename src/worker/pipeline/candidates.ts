import { isNewerVersion, replaceableKey } from '../../domain/address';
import { checkEventShape } from '../../domain/event-shape';
import type { NostrEvent } from '../../domain/nostr-event';
import type { PlatesDatabase } from '../db/database';
import { buildReadModel, type ReadModel } from './read-models';
import type { IngestOutcome } from './outcomes';
import type { Verifier } from './verifier';

/** An event that passed every check outside the database transaction. */
export interface Candidate {
  index: number;
  event: NostrEvent;
  /** Replaceable key, or '' for regular events. */
  address: string;
  model: ReadModel;
}

/**
 * Everything that can be decided before writing: shape, duplicates (skipped before any
 * hashing, since relays resend much), id and signature, kind rules, and within-batch
 * versions of one replaceable event. Fills `outcomes` for every event it refuses.
 */
export async function selectCandidates(
  db: PlatesDatabase,
  verifier: Verifier,
  input: readonly unknown[],
  outcomes: Array<IngestOutcome | undefined>,
): Promise<Candidate[]> {
  const shaped: Array<{ index: number; event: NostrEvent }> = [];
  const seenInBatch = new Set<string>();
  input.forEach((value, index) => {
    const shape = checkEventShape(value);
    if (!shape.ok) {
      outcomes[index] = { id: idOf(value), status: 'rejected', reason: shape.reason };
    } else if (seenInBatch.has(shape.value.id)) {
      outcomes[index] = { id: shape.value.id, status: 'duplicate' };
    } else {
      seenInBatch.add(shape.value.id);
      shaped.push({ index, event: shape.value });
    }
  });

  const stored = await db.events.bulkGet(shaped.map((s) => s.event.id));
  const newestByKey = new Map<string, Candidate>();
  const candidates: Candidate[] = [];
  shaped.forEach(({ index, event }, i) => {
    if (stored[i]) {
      outcomes[index] = { id: event.id, status: 'duplicate' };
      return;
    }
    const invalid = verifier.verify(event);
    if (invalid) {
      outcomes[index] = { id: event.id, status: 'rejected', reason: invalid };
      return;
    }
    const address = replaceableKey(event) ?? '';
    const model = buildReadModel(event, address);
    if (!model.ok) {
      outcomes[index] = { id: event.id, status: 'rejected', reason: model.reason };
      return;
    }
    const candidate: Candidate = { index, event, address, model: model.value };
    if (!address) {
      candidates.push(candidate);
      return;
    }
    const rival = newestByKey.get(address);
    if (!rival || isNewerVersion(event, rival.event)) {
      if (rival) outcomes[rival.index] = { id: rival.event.id, status: 'superseded', byId: event.id };
      newestByKey.set(address, candidate);
    } else {
      outcomes[index] = { id: event.id, status: 'superseded', byId: rival.event.id };
    }
  });
  return [...candidates, ...newestByKey.values()].sort((a, b) => a.index - b.index);
}

function idOf(value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string') return value.id;
  return undefined;
}
