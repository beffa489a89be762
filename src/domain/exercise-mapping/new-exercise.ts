import type { FormatPresetId } from '../exercise-draft';
import type { DistanceUnit } from '../exercise-format';
import { formatForSets, type SetsFormat } from './format-for-sets';
import { equipmentOfName, type Equipment } from './name-equipment';
import type { SourceSet } from './set-measures';

/** The person's own exercise to create for a name no library exercise is chosen for. */
export interface NewExercise extends SetsFormat {
  /** The name as the source app wrote it: what the person knows it by. */
  title: string;
  equipment: Equipment;
}

/** Equipment when the name says none: what the format implies, else "other". */
const EQUIPMENT_OF_PRESET: Partial<Record<FormatPresetId, Equipment>> = { bodyweight: 'bodyweight', cardio: 'cardio', distance: 'cardio' };

export function newExerciseFor(name: string, sets: readonly SourceSet[], distanceUnit: DistanceUnit = 'km'): NewExercise {
  const format = formatForSets(sets, distanceUnit);
  const equipment = equipmentOfName(name) ?? (format.preset && EQUIPMENT_OF_PRESET[format.preset]) ?? 'other';
  return { title: name.trim(), ...format, equipment };
}
