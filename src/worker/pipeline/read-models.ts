import { parseExercise } from '../../domain/exercise';
import { KIND } from '../../domain/kinds';
import { musclesOf } from '../../domain/muscles';
import type { NostrEvent } from '../../domain/nostr-event';
import type { ParseResult } from '../../domain/result';
import { searchWords } from '../../domain/search-words';
import { parseTemplate, templateExerciseAddresses } from '../../domain/template';
import type { ExerciseRow, TemplateExerciseRow, TemplateRow } from '../db/rows';

/** What one event turns into besides its raw row. */
export type ReadModel =
  | { kind: 'exercise'; exercise: ExerciseRow }
  | { kind: 'template'; template: TemplateRow; sets: TemplateExerciseRow[]; needs: Array<{ address: string; relayHint: string }> }
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
    const sets: TemplateExerciseRow[] = t.sets.map((set, position) => ({ templateAddress: address, position, ...set }));
    const template: TemplateRow = {
      address,
      eventId: event.id,
      pubkey: event.pubkey,
      d: t.d,
      title: t.title,
      titleLower: t.title.toLowerCase(),
      type: t.type,
      description: t.description,
      exerciseCount: templateExerciseAddresses(t).length,
      setCount: t.sets.length,
      complete: 1,
      createdAt: event.created_at,
    };
    const hints = new Map<string, string>();
    for (const set of t.sets) if (!hints.has(set.exerciseAddress)) hints.set(set.exerciseAddress, set.relayHint);
    const needs = [...hints].map(([needAddress, relayHint]) => ({ address: needAddress, relayHint }));
    return { ok: true, value: { kind: 'template', template, sets, needs } };
  }
  return { ok: true, value: { kind: 'none' } };
}
