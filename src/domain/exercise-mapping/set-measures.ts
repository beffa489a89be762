/**
 * What the matching reads of an imported set: its values by meaning, as training-csv's ImportedSet
 * has them (kg, with null for bodyweight; seconds; metres). Written out rather than imported so the
 * mapping does not depend on how a file is read.
 */
export interface SourceSet {
  weightKg?: number | null;
  reps?: number;
  rpe?: number;
  durationSeconds?: number;
  distanceMetres?: number;
}

/** A value a set can carry, named by the format parameter that holds it, in the order formats list them. */
export const MEASURES = ['weight', 'reps', 'duration', 'distance', 'rpe'] as const;
export type Measure = (typeof MEASURES)[number];

/** The values a set carries. A weight of null is bodyweight: no value a format must hold. */
export function measuresOf(set: SourceSet): Measure[] {
  const has: Record<Measure, boolean> = {
    weight: typeof set.weightKg === 'number',
    reps: set.reps !== undefined,
    duration: set.durationSeconds !== undefined,
    distance: set.distanceMetres !== undefined,
    rpe: set.rpe !== undefined,
  };
  return MEASURES.filter((measure) => has[measure]);
}

/** How many of the sets carry each value. */
export function measureCounts(sets: readonly SourceSet[]): Record<Measure, number> {
  const counts: Record<Measure, number> = { weight: 0, reps: 0, duration: 0, distance: 0, rpe: 0 };
  for (const set of sets) for (const measure of measuresOf(set)) counts[measure]++;
  return counts;
}
