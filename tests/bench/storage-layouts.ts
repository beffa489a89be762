import Dexie from 'dexie';
import { replaceableKey } from '../../src/domain/address';
import type { NostrEvent } from '../../src/domain/nostr-event';
import { PlatesDatabase } from '../../src/worker/db/database';
import { CHUNK } from '../../src/worker/pipeline/ingest';
import { buildReadModel } from '../../src/worker/pipeline/read-models';
import { eventRow } from '../../src/worker/pipeline/write-batch';
import { rate } from './rate';

type Rows = Record<string, unknown[]>;

/**
 * What IndexedDB alone costs per new event under two layouts, rows prepared before the clock
 * starts (no verifying, parsing or reads): Plates' schema (an event row plus its read-model
 * row, every declared index), and one row per event carrying its read model, with the indexes
 * the queries would need on that single table. The bound a schema redesign could reach.
 */
export async function measureStorageLayouts(events: readonly NostrEvent[]) {
  const plates = await timeWrites(new PlatesDatabase('bench-layout-plates'), events.map(platesRows));
  const single = new Dexie('bench-layout-single');
  single.version(1).stores({ events: 'id, [kind+created_at], [pubkey+kind], address, *tagKeys, *refs, [kind+pubkey+sortAt]' });
  const oneRow = await timeWrites(single, events.map(singleRow));
  return { plates, oneRow };
}

/** The event's row as the pipeline writes it, and its read model. */
function rowAndModel(event: NostrEvent) {
  const address = replaceableKey(event) ?? '';
  return { row: eventRow(event, address, 'relay', Date.now()), model: buildReadModel(event, address) };
}

function platesRows(event: NostrEvent): Rows {
  const { row, model } = rowAndModel(event);
  const rows: Rows = { events: [row] };
  if (!model.ok) return rows;
  if (model.value.kind === 'exercise') rows.exercises = [model.value.exercise];
  if (model.value.kind === 'template') rows.templates = [model.value.template];
  if (model.value.kind === 'record') rows.records = [model.value.record];
  return rows;
}

function singleRow(event: NostrEvent): Rows {
  const { row, model } = rowAndModel(event);
  if (!model.ok || model.value.kind === 'none' || model.value.kind === 'deletion') return { events: [row] };
  const readModel =
    model.value.kind === 'exercise' ? model.value.exercise : model.value.kind === 'template' ? model.value.template : model.value.record;
  const refs = 'exerciseAddresses' in readModel ? readModel.exerciseAddresses : [];
  const sortAt = 'start' in readModel ? readModel.start : event.created_at;
  return { events: [{ ...row, model: readModel, refs, sortAt }] };
}

/** Writes the rows in chunk transactions queued back to back, as the pipeline does; events/s. */
async function timeWrites(db: Dexie, perEvent: Rows[]) {
  await db.delete();
  await db.open();
  const chunks: Rows[] = [];
  for (let i = 0; i < perEvent.length; i += CHUNK) {
    const chunk: Rows = {};
    for (const rows of perEvent.slice(i, i + CHUNK)) for (const [table, list] of Object.entries(rows)) (chunk[table] ??= []).push(...list);
    chunks.push(chunk);
  }
  const started = performance.now();
  await Promise.all(
    chunks.map((chunk) =>
      db.transaction('rw', Object.keys(chunk), () =>
        Promise.all(Object.entries(chunk).map(([table, rows]) => db.table(table).bulkPut(rows))),
      ),
    ),
  );
  const result = rate(perEvent.length, performance.now() - started);
  db.close();
  await db.delete();
  return result;
}
