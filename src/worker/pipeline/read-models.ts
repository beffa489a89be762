import { parseDeletion, type Deletion } from '../../domain/deletion';
import { parseExercise } from '../../domain/exercise';
import { KIND } from '../../domain/kinds';
import { musclesOf } from '../../domain/muscles';
import type { NostrEvent } from '../../domain/nostr-event';
import type { ParseResult } from '../../domain/result';
import { searchWords } from '../../domain/search-words';
import { parseTemplate, templateExerciseAddresses } from '../../domain/template';
import { parseWorkoutRecord, recordTitle, type WorkoutRecord } from '../../domain/workout-record';
import type { ExerciseRow, RecordRow, TemplateRow } from '../db/rows';

/** What one event turns into besides its raw row. */
export type ReadModel =
  | { kind: 'exercise'; exercise: ExerciseRow }
  | { kind: 'template'; template: TemplateRow; needs: Array<{ address: string; relayHint: string }> }
  | { kind: 'record'; record: RecordRow }
  | { kind: 'deletion'; deletion: Deletion }
  | { kind: 'none' };

/**
 * Parses an event with its kind's codec into the rows Plates queries. A kind that has
 * a codec but fails it is refused with the codec's reason; kinds without a read model
 * are stored raw only.
 */
export function buildReadModel(event: NostrEvent, address: string): ParseResult<ReadModel> {
  if (event.kind === KIND.exercise) {
    const parsed = parseExercise(event);
    if (!parsed.ok) return parsed;
    const ex = parsed.value;
    const exercise: ExerciseRow = {
      address,
      eventId: event.id,
      pubkey: event.pubkey,
      d: ex.d,
      title: ex.title,
      titleLower: ex.title.toLowerCase(),
      words: searchWords(ex.title),
      equipment: ex.equipment,
      difficulty: ex.difficulty ?? '',
      muscles: musclesOf(ex.hashtags),
      hashtags: ex.hashtags,
      format: ex.format,
      formatUnits: ex.formatUnits,
      instructions: ex.instructions,
      media: ex.media,
      createdAt: event.created_at,
    };
    return { ok: true, value: { kind: 'exercise', exercise } };
  }
  if (event.kind === KIND.workoutTemplate) {
    const parsed = parseTemplate(event);
    if (!parsed.ok) return parsed;
    const t = parsed.value;
    const template: TemplateRow = {
      address,
      eventId: event.id,
      pubkey: event.pubkey,
      d: t.d,
      title: t.title,
      titleLower: t.title.toLowerCase(),
      type: t.type,
      description: t.description,
      sets: t.sets,
      exerciseAddresses: templateExerciseAddresses(t),
      setCount: t.sets.length,
      complete: 1,
      createdAt: event.created_at,
    };
    const hints = new Map<string, string>();
    for (const set of t.sets) if (!hints.has(set.exerciseAddress)) hints.set(set.exerciseAddress, set.relayHint);
    const needs = [...hints].map(([needAddress, relayHint]) => ({ address: needAddress, relayHint }));
    return { ok: true, value: { kind: 'template', template, needs } };
  }
  if (event.kind === KIND.workoutRecord || event.kind === KIND.legacyWorkoutRecord) {
    const parsed = parseWorkoutRecord(event);
    if (!parsed.ok) return parsed;
    return { ok: true, value: { kind: 'record', record: recordRow(event, address, parsed.value) } };
  }
  if (event.kind === KIND.deletion) {
    const parsed = parseDeletion(event);
    if (!parsed.ok) return parsed;
    return { ok: true, value: { kind: 'deletion', deletion: parsed.value } };
  }
  return { ok: true, value: { kind: 'none' } };
}

function recordRow(event: NostrEvent, address: string, record: WorkoutRecord): RecordRow {
  const row: RecordRow = {
    key: address || event.id,
    eventId: event.id,
    pubkey: event.pubkey,
    d: record.d,
    title: recordTitle(record),
    type: record.type,
    start: record.start,
    end: record.end,
    completed: record.completed ? 1 : 0,
    exerciseAddresses: [...new Set(record.sets.map((set) => set.exerciseAddress))],
    setCount: record.sets.length,
    legacy: record.legacy ? 1 : 0,
  };
  if (record.templateAddress) row.templateAddress = record.templateAddress;
  return row;
}
