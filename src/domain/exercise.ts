import { buildImeta, parseImeta, type MediaRef } from './imeta';
import { KIND } from './kinds';
import type { NostrEvent, UnsignedEvent } from './nostr-event';
import { fail, ok, type ParseResult } from './result';
import { findTag, tagValue, tagValues } from './tags';

/** A NIP-101e exercise template (kind 33401), as Plates understands it. */
export interface ExerciseDefinition {
  d: string;
  title: string;
  /** Parameter names logged per set, e.g. ["weight","reps","rpe","set_type"]. */
  format: string[];
  /** Units in the same positions as format, e.g. ["kg","count","0-10","warmup|normal|drop|failure"]. */
  formatUnits: string[];
  equipment: string;
  difficulty?: string;
  hashtags: string[];
  instructions: string;
  media: MediaRef[];
}

/**
 * Lenient read of a kind 33401 event. An event of this kind without a format and
 * format_units tag is refused: other apps use 33401 for unrelated things (NIP-101e).
 */
export function parseExercise(event: Pick<NostrEvent, 'kind' | 'tags' | 'content'>): ParseResult<ExerciseDefinition> {
  if (event.kind !== KIND.exercise) return fail(`kind ${event.kind} is not an exercise (33401)`);
  const d = tagValue(event.tags, 'd');
  if (d === undefined || d === '') return fail('exercise has no d tag');
  const title = tagValue(event.tags, 'title')?.trim();
  if (!title) return fail('exercise has no title tag');
  const formatTag = findTag(event.tags, 'format');
  const unitsTag = findTag(event.tags, 'format_units');
  if (!formatTag || formatTag.length < 2) return fail('exercise has no format tag: not a NIP-101e exercise');
  if (!unitsTag || unitsTag.length < 2) return fail('exercise has no format_units tag: not a NIP-101e exercise');
  const format = formatTag.slice(1);
  // "enum" is an older spelling of the set-type list.
  const written = unitsTag.slice(1).map((unit) => (unit === 'enum' ? 'warmup|normal|drop|failure' : unit));
  const formatUnits = written.length === format.length ? written : unitsOfPairs(format, written);
  if (!formatUnits) return fail(`format has ${format.length} parameters but format_units has ${written.length}`);
  const media = event.tags
    .map((tag) => (tag[0] === 'imeta' ? parseImeta(tag) : tag[0] === 'image' ? imageRef(tag[1]) : undefined))
    .filter((ref): ref is MediaRef => ref !== undefined);
  const definition: ExerciseDefinition = {
    d,
    title,
    format,
    formatUnits,
    equipment: tagValue(event.tags, 'equipment')?.trim().toLowerCase() || 'other',
    hashtags: [
      ...new Set(
        tagValues(event.tags, 't')
          .map((t) => t.trim().toLowerCase())
          .filter(Boolean),
      ),
    ],
    instructions: event.content,
    media,
  };
  const difficulty = tagValue(event.tags, 'difficulty')?.trim().toLowerCase();
  if (difficulty) definition.difficulty = difficulty;
  return ok(definition);
}

/**
 * POWR's React Native app writes format_units as name/unit pairs of every parameter it
 * knows ("weight","kg","reps","count",…), whatever `format` holds: the units in format's order.
 */
function unitsOfPairs(format: readonly string[], written: readonly string[]): string[] | undefined {
  if (written.length % 2 !== 0) return undefined;
  const units = new Map<string, string>();
  for (let i = 0; i < written.length; i += 2) units.set(written[i] ?? '', written[i + 1] ?? '');
  const inOrder = format.map((name) => units.get(name));
  return inOrder.every((unit) => unit !== undefined) ? (inOrder as string[]) : undefined;
}

/** POWR web's test publisher wrote ["image", url]: a photo like an imeta's. */
function imageRef(url: string | undefined): MediaRef | undefined {
  return url && /^https?:\/\//i.test(url.trim()) ? { url: url.trim() } : undefined;
}

/** Strict build of the canonical kind 33401 event. Throws on a definition that breaks the spec. */
export function buildExercise(definition: ExerciseDefinition, createdAt: number): UnsignedEvent {
  if (!definition.d) throw new Error('exercise needs a d value');
  if (!definition.title.trim()) throw new Error('exercise needs a title');
  if (definition.format.length === 0) throw new Error('exercise needs at least one format parameter');
  if (definition.format.length !== definition.formatUnits.length) {
    throw new Error('format and format_units must have the same length');
  }
  const tags: string[][] = [
    ['d', definition.d],
    ['title', definition.title.trim()],
    ['format', ...definition.format],
    ['format_units', ...definition.formatUnits],
    ['equipment', definition.equipment],
  ];
  if (definition.difficulty) tags.push(['difficulty', definition.difficulty]);
  for (const ref of definition.media) tags.push(buildImeta(ref));
  for (const hashtag of definition.hashtags) tags.push(['t', hashtag]);
  return { kind: KIND.exercise, created_at: createdAt, tags, content: definition.instructions };
}
