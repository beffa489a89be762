import { MEASURES, measuresOf, type Measure, type SourceSet } from './set-measures';

export interface FormatFit {
  fits: boolean;
  /** Why not, in words for the person: what the exercise logs and what of the sets would be lost. */
  reason?: string;
}

/** A format parameter in words ("weight, reps and RPE"); set type is left out, as no import loses it. */
const PARAMETER_WORDS: ReadonlyMap<string, string> = new Map([
  ['weight', 'weight'],
  ['reps', 'reps'],
  ['duration', 'time'],
  ['distance', 'distance'],
  ['rpe', 'RPE'],
]);

/** A lost value in words, as in "the times of 12 sets". */
const LOST_WORDS: Readonly<Record<Measure, string>> = {
  weight: 'weights',
  reps: 'reps',
  duration: 'times',
  distance: 'distances',
  rpe: 'RPEs',
};

/**
 * Whether an exercise's format can hold the values of these sets: a plank timed in Strong cannot
 * be logged to an exercise of weight and reps without losing its times. Values the format has but
 * the sets lack are no loss (a bodyweight pull-up has no weight).
 */
export function formatFit(exercise: { title: string; format: readonly string[] }, sets: readonly SourceSet[]): FormatFit {
  const lost = new Set<Measure>();
  let setsLosing = 0;
  for (const set of sets) {
    const missing = measuresOf(set).filter((measure) => !exercise.format.includes(measure));
    for (const measure of missing) lost.add(measure);
    if (missing.length > 0) setsLosing++;
  }
  if (setsLosing === 0) return { fits: true };
  const logs = listInWords(exercise.format.filter((name) => name !== 'set_type').map((name) => PARAMETER_WORDS.get(name) ?? name));
  const values = listInWords(MEASURES.filter((measure) => lost.has(measure)).map((measure) => LOST_WORDS[measure]));
  const count = setsLosing === 1 ? '1 set' : `${setsLosing} sets`;
  return { fits: false, reason: `“${exercise.title}” logs ${logs || 'nothing per set'}: the ${values} of ${count} would be lost.` };
}

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
