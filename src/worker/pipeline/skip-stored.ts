import type { PlatesDatabase } from '../db/database';
import { storedIdMemory } from './known-stored';
import type { IngestOutcome } from './outcomes';
import { storedIdsAmong, type IdProbe } from './stored-lookup';

type Outcomes = Array<IngestOutcome | undefined>;

const HEX64 = /^[0-9a-f]{64}$/;

/**
 * Marks the inputs whose id is already stored as duplicates before anything else is
 * checked, hashed or verified: relays resend much. Only the id (64 lowercase hex), kind and
 * created_at are read; memory answers first, then IndexedDB (stored-lookup.ts). Returns the
 * positions of the other inputs, in order, for the full checks.
 */
export async function skipStored(db: PlatesDatabase, input: readonly unknown[], outcomes: Outcomes): Promise<number[]> {
  const memory = storedIdMemory(db);
  const unknown = new Map<string, number[]>();
  const probes: IdProbe[] = [];
  for (let index = 0; index < input.length; index++) {
    const probe = probeOf(input[index]);
    if (!probe) continue;
    if (memory.has(probe.id)) {
      outcomes[index] = { id: probe.id, status: 'duplicate' };
      continue;
    }
    const positions = unknown.get(probe.id);
    if (positions) positions.push(index);
    else {
      unknown.set(probe.id, [index]);
      probes.push(probe);
    }
  }
  if (probes.length > 0) {
    const mark = memory.mark();
    const stored = await storedIdsAmong(db, probes);
    memory.found(stored, mark);
    for (const id of stored) for (const index of unknown.get(id) ?? []) outcomes[index] = { id, status: 'duplicate' };
  }
  const rest: number[] = [];
  for (let index = 0; index < input.length; index++) if (outcomes[index] === undefined) rest.push(index);
  return rest;
}

/** The id of an input, with its kind and created_at when they are integers (else only the id is looked up). */
function probeOf(value: unknown): IdProbe | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { id, kind, created_at: createdAt } = value as { id?: unknown; kind?: unknown; created_at?: unknown };
  if (typeof id !== 'string' || !HEX64.test(id)) return undefined;
  if (Number.isSafeInteger(kind) && Number.isSafeInteger(createdAt)) return { id, kind: kind as number, createdAt: createdAt as number };
  return { id };
}
