import { equipmentOfWords } from './name-equipment';
import { nameWords } from './name-words';
import { measureCounts, type SourceSet } from './set-measures';

/** Words (as nameWords gives them) of cardio names: "Running (Treadmill)", "Cycling (Indoor)", "Stair Machine (Floors)". */
const CARDIO_WORDS: ReadonlySet<string> = new Set([
  'bicycling',
  'bike',
  'climbing',
  'cycling',
  'elliptical',
  'hiking',
  'jogging',
  'rowing',
  'running',
  'skating',
  'skiing',
  'snowboarding',
  'spinning',
  'sprint',
  'stair',
  'stairmaster',
  'swimming',
  'treadmill',
  'walking',
]);

/** Equipment no cardio name has ("Walking Lunge (Dumbbell)"); a machine it may ("Rowing (Machine)"). */
const LIFTING_EQUIPMENT: ReadonlySet<string> = new Set(['barbell', 'dumbbell', 'kettlebell', 'cable', 'bands', 'ez-bar']);

/**
 * Whether a source exercise is cardio: its sets say so first (a distance is cardio, weight or reps
 * are not, so a "Walking Lunge" of reps is no walk); sets of time alone or none go by the name.
 */
export function isCardioSource(name: string, sets: readonly SourceSet[]): boolean {
  const counts = measureCounts(sets);
  if (counts.distance > 0) return true;
  if (counts.weight > 0 || counts.reps > 0) return false;
  const words = nameWords(name);
  const equipment = equipmentOfWords(words);
  return !(equipment && LIFTING_EQUIPMENT.has(equipment)) && words.some((word) => CARDIO_WORDS.has(word));
}

/** Whether a library exercise is cardio: it logs a distance (the starter library's cardio logs time and distance). */
export function isCardioFormat(format: readonly string[]): boolean {
  return format.includes('distance');
}
