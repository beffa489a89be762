import { defaultUnit, presetOf, type FormatParameter, type FormatPresetId } from '../exercise-draft';
import type { DistanceUnit } from '../exercise-format';
import { measureCounts, type SourceSet } from './set-measures';

export interface SetsFormat {
  /** The editor's preset these parameters are, when they are one. */
  preset?: FormatPresetId;
  parameters: FormatParameter[];
}

/**
 * The format an own exercise needs to hold these sets: what they carry, in the order formats
 * list it, then RPE and set type as every preset has them. Weight and reps is strength, reps
 * alone bodyweight, time alone timed, distance (with time) distance or cardio, weight and time
 * a carry. Weight with a distance is no preset (a carry logs time): it gets weight and distance,
 * so no value is lost. Sets that carry nothing get strength, the format of most lifts.
 */
export function formatForSets(sets: readonly SourceSet[], distanceUnit: DistanceUnit = 'km'): SetsFormat {
  const counts = measureCounts(sets);
  const measured = (['weight', 'reps', 'duration', 'distance'] as const).filter((measure) => counts[measure] > 0);
  const names = measured.length > 0 ? [...measured, 'rpe', 'set_type'] : ['weight', 'reps', 'rpe', 'set_type'];
  const parameters = names.map((name) => ({ name, unit: name === 'distance' ? distanceUnit : defaultUnit(name) }));
  const preset = presetOf(parameters);
  return preset ? { preset, parameters } : { parameters };
}
