import type { PrMetric } from './personal-records';
import { paceSeconds, roundMetres, type SetValues } from './set-values';
import { bestSet, estimatedOneRepMax, isLoaded, isWorkingSet, volumeKg } from './strength';
import { roundKg } from './units';

/**
 * The best figures of performed sets, by the metrics of personal-records.ts: what a
 * personal record beats, and what an exercise's history shows as its bests. Each is there
 * only where the sets measure it (a plank has no e1RM, a row no volume); warm-ups never
 * count (NIP-101e).
 */

/** The best value of each metric the sets measure, in that metric's unit (kg, reps, seconds, metres, seconds per km). */
export type Bests = Partial<Record<PrMetric, number>>;

/**
 * The bests over the sets of `workouts` (each one workout's sets of one exercise). Volume
 * is a workout's, so the best is that of the biggest workout; `reps` is the most reps in a
 * set without a load (reps at a load are mostRepsAtEachWeight's); `weight` is a load
 * lifted or carried (a farmer's walk has no reps).
 */
export function bestsOf(workouts: ReadonlyArray<readonly SetValues[]>): Bests {
  const sets = workouts.flat().filter(isWorkingSet);
  return {
    weight: maximum(sets.flatMap((set) => (isLoaded(set.weightKg) && movedLoad(set) ? [set.weightKg] : []))),
    reps: maximum(sets.flatMap((set) => (!isLoaded(set.weightKg) && set.reps ? [set.reps] : []))),
    e1rm: bestE1rm(sets),
    volume: maximum(workouts.map(volumeKg).filter((volume) => volume > 0)),
    duration: maximum(sets.flatMap((set) => (set.distanceMetres === undefined && set.durationSeconds ? [set.durationSeconds] : []))),
    distance: longestDistance(sets),
    pace: fastestPace(sets),
  };
}

/** The bests of two lists of workouts together (bestsOf of both), from the bests of each: the higher of each, the faster pace. */
export function mergeBests(a: Bests, b: Bests): Bests {
  const merged: Bests = {};
  for (const metric of Object.keys({ ...a, ...b }) as Array<keyof Bests>) {
    const values = [a[metric], b[metric]].filter((value) => value !== undefined);
    merged[metric] = metric === 'pace' ? minimum(values) : maximum(values);
  }
  return merged;
}

/** A load counts when it was lifted for at least one rep, or carried for a time or a distance. */
function movedLoad(set: SetValues): boolean {
  return Boolean(set.reps || set.durationSeconds || set.distanceMetres);
}

/** Working sets with a load and at least one rep: what weight and reps records are made of. */
export function liftedLoads(sets: readonly SetValues[]): Array<{ weightKg: number; reps: number }> {
  const loads: Array<{ weightKg: number; reps: number }> = [];
  for (const set of sets)
    if (isWorkingSet(set) && isLoaded(set.weightKg) && set.reps) loads.push({ weightKg: set.weightKg, reps: set.reps });
  return loads;
}

/** The most reps done at each load, heaviest first: what to beat next time at that load. */
export function mostRepsAtEachWeight(sets: readonly SetValues[]): Array<{ weightKg: number; reps: number }> {
  const most = new Map<number, number>();
  for (const { weightKg, reps } of liftedLoads(sets)) most.set(weightKg, Math.max(most.get(weightKg) ?? 0, reps));
  return [...most].map(([weightKg, reps]) => ({ weightKg, reps })).sort((a, b) => b.weightKg - a.weightKg);
}

/**
 * The set one workout of an exercise is remembered by, in the terms its sets log: with
 * reps, the best lift (strength.ts bestSet); else the longest distance, the quicker of
 * equal ones; else the heaviest load, then the longest time (a carry, a plank).
 * Undefined when there are only warm-ups or no set read by meaning.
 */
export function sessionBestSet<T extends SetValues>(sets: readonly T[]): T | undefined {
  const working = sets.filter(isWorkingSet);
  if (working.some((set) => set.reps !== undefined)) return bestSet(working);
  if (working.some((set) => set.distanceMetres !== undefined)) {
    return highest(
      working,
      (set) => set.distanceMetres ?? 0,
      (set) => -(set.durationSeconds ?? Number.MAX_SAFE_INTEGER),
    );
  }
  const measured = working.filter((set) => set.weightKg !== undefined || set.durationSeconds !== undefined);
  return highest(
    measured,
    (set) => (isLoaded(set.weightKg) ? set.weightKg : 0),
    (set) => set.durationSeconds ?? 0,
  );
}

/** The first set ranking highest by `keys`, each breaking the ties of the one before. */
function highest<T>(sets: readonly T[], ...keys: Array<(set: T) => number>): T | undefined {
  let best: T | undefined;
  for (const set of sets) if (best === undefined || ranksAbove(set, best, keys)) best = set;
  return best;
}

function ranksAbove<T>(a: T, b: T, keys: ReadonlyArray<(set: T) => number>): boolean {
  for (const key of keys) {
    const difference = key(a) - key(b);
    if (difference !== 0) return difference > 0;
  }
  return false;
}

function bestE1rm(sets: readonly SetValues[]): number | undefined {
  const best = maximum(sets.map((set) => estimatedOneRepMax(set.weightKg, set.reps) ?? 0));
  return best ? roundKg(best) : undefined;
}

function longestDistance(sets: readonly SetValues[]): number | undefined {
  const longest = maximum(sets.flatMap((set) => (set.distanceMetres ? [set.distanceMetres] : [])));
  return longest === undefined ? undefined : roundMetres(longest);
}

/** Seconds per km, to the tenth; lower is better. */
function fastestPace(sets: readonly SetValues[]): number | undefined {
  let fastest: number | undefined;
  for (const set of sets) {
    const pace = paceSeconds(set);
    if (pace !== undefined && (fastest === undefined || pace < fastest)) fastest = pace;
  }
  return fastest === undefined ? undefined : Math.round(fastest * 10) / 10;
}

// A loop, not Math.max(...values): years of history would overflow the argument list.
export function maximum(values: readonly number[]): number | undefined {
  let max: number | undefined;
  for (const value of values) if (max === undefined || value > max) max = value;
  return max;
}

function minimum(values: readonly number[]): number | undefined {
  let min: number | undefined;
  for (const value of values) if (min === undefined || value < min) min = value;
  return min;
}
