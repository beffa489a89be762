import { isNewerVersion, replaceableKey } from '../../domain/address';
import { checkEventShape } from '../../domain/event-shape';
import type { NostrEvent } from '../../domain/nostr-event';
import type { IngestOutcome } from './outcomes';
import { buildReadModel, type ReadModel } from './read-models';

/** An input that has the NIP-01 shape, with its position in the batch. */
export interface Shaped {
  index: number;
  event: NostrEvent;
}

/** An event that passed every check outside the database transaction. */
export interface Candidate extends Shaped {
  /** Replaceable key, or '' for regular events. */
  address: string;
  model: ReadModel;
}

type Outcomes = Array<IngestOutcome | undefined>;

/**
 * Shape check of the inputs at `positions` (every index: a sparse array's holes are refused
 * too). Repeated ids are kept here: only a copy whose signature checks out may claim an id,
 * or a forged copy sent first would shadow the real event (see buildCandidates).
 */
export function checkShapes(input: readonly unknown[], positions: readonly number[], outcomes: Outcomes): Shaped[] {
  const shaped: Shaped[] = [];
  for (const index of positions) {
    const value = input[index];
    const shape = checkEventShape(value);
    if (shape.ok) shaped.push({ index, event: shape.value });
    else outcomes[index] = { id: idOf(value), status: 'rejected', reason: shape.reason };
  }
  return shaped;
}

/**
 * Applies the verifier's verdicts and the kind rules (codecs), keeps the first verified
 * copy of each id (`verifiedIds` spans the whole call), and only the newest version of
 * each replaceable event within the chunk.
 */
export function buildCandidates(
  chunk: Shaped[],
  verdicts: Array<string | undefined>,
  verifiedIds: Set<string>,
  outcomes: Outcomes,
): Candidate[] {
  const regular: Candidate[] = [];
  const newestByKey = new Map<string, Candidate>();
  chunk.forEach(({ index, event }, i) => {
    const invalid = verdicts[i];
    if (invalid) {
      outcomes[index] = { id: event.id, status: 'rejected', reason: invalid };
      return;
    }
    if (verifiedIds.has(event.id)) {
      outcomes[index] = { id: event.id, status: 'duplicate' };
      return;
    }
    verifiedIds.add(event.id);
    const address = replaceableKey(event) ?? '';
    const model = buildReadModel(event, address);
    if (!model.ok) {
      outcomes[index] = { id: event.id, status: 'rejected', reason: model.reason };
      return;
    }
    const candidate: Candidate = { index, event, address, model: model.value };
    if (!address) {
      regular.push(candidate);
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
  return [...regular, ...newestByKey.values()].sort((a, b) => a.index - b.index);
}

function idOf(value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string') return value.id;
  return undefined;
}
