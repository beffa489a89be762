import { roundMetres, type SetValues } from './set-values';
import type { SetType } from './tag-values';
import { roundKg } from './units';

/** Figures of performed sets: estimated one-rep max, volume, best set, distance. */

/** The typed view of a performed set these figures need (a RecordSet satisfies it). */
export interface StrengthSet {
  /** kg; null or absent = bodyweight or no load, negative = assistance (NIP-101e). */
  weightKg?: number | null;
  reps?: number;
  setType?: SetType;
}

/** A performed set with the exercise it belongs to (a RecordSet satisfies it). */
export interface PerformedSet extends SetValues {
  exerciseAddress: string;
}

export const E1RM_FORMULA = 'Epley';

/**
 * Estimated one-rep max, Epley: e1RM = w × (1 + reps / 30) for reps ≥ 2, and w itself for
 * a single rep (the formula would add 3 % to a weight actually lifted once). Undefined for
 * 0 reps and for sets without an external load (bodyweight, assistance).
 */
export function estimatedOneRepMax(weightKg: number | null | undefined, reps: number | undefined): number | undefined {
  if (!isLoaded(weightKg) || reps === undefined || reps < 1) return undefined;
  return reps === 1 ? weightKg : weightKg * (1 + reps / 30);
}

/** NIP-101e: warm-up sets are excluded from metrics; drop and failure sets count. */
export function isWorkingSet(set: StrengthSet): boolean {
  return set.setType !== 'warmup';
}

/**
 * Volume of the sets given (callers pass done sets only): Σ weight × reps over working
 * sets with an external load, in kg to the gram. Warm-ups are left out (NIP-101e, and as
 * Strong and Hevy count it); bodyweight and assisted sets add nothing.
 */
export function volumeKg(sets: readonly StrengthSet[]): number {
  let total = 0;
  for (const set of sets) {
    if (isWorkingSet(set) && isLoaded(set.weightKg) && set.reps) total += set.weightKg * set.reps;
  }
  return roundKg(total);
}

/** Distance of the working sets given (done sets only), metres; sets without one add nothing. */
export function totalDistanceMetres(sets: readonly SetValues[]): number {
  let total = 0;
  for (const set of sets) if (isWorkingSet(set) && set.distanceMetres) total += set.distanceMetres;
  return roundMetres(total);
}

/**
 * The best working set: highest e1RM, then heaviest weight, then most reps. Sets without
 * a load rank below loaded ones, and among themselves by reps. Undefined when there are
 * only warm-ups.
 */
export function bestSet<T extends StrengthSet>(sets: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const set of sets) {
    if (isWorkingSet(set) && (best === undefined || compareSets(set, best) > 0)) best = set;
  }
  return best;
}

function compareSets(a: StrengthSet, b: StrengthSet): number {
  return (
    (estimatedOneRepMax(a.weightKg, a.reps) ?? -1) - (estimatedOneRepMax(b.weightKg, b.reps) ?? -1) ||
    (isLoaded(a.weightKg) ? a.weightKg : 0) - (isLoaded(b.weightKg) ? b.weightKg : 0) ||
    (a.reps ?? 0) - (b.reps ?? 0)
  );
}

/** A positive external load in kg. */
export function isLoaded(weightKg: number | null | undefined): weightKg is number {
  return weightKg !== null && weightKg !== undefined && weightKg > 0;
}
