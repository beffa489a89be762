import { paceSeconds, roundMetres, type SetValues } from './set-values';
import { estimatedOneRepMax, isLoaded, isWorkingSet, volumeKg, type PerformedSet, type StrengthSet } from './strength';
import { roundKg } from './units';
import type { PersonalRecordClaim } from './workout-record-sets';

/**
 * Personal records of a finished workout against earlier ones. NIP-101e writes a claim as
 * ["pr","33401:<pubkey>:<d>,<metric>,<value>"] and names no metrics, so Plates uses these:
 *
 * - `weight`: heaviest load lifted for at least one rep, kg;
 * - `reps`: most reps at a load, beating every earlier set at that load or heavier (the
 *   load is carried beside the claim, not in the tag); without any load (bodyweight, reps
 *   only), most reps in one set;
 * - `e1rm`: best estimated one-rep max (Epley, see strength.ts), kg;
 * - `volume`: the exercise's volume in one workout (strength.ts), kg;
 * - `duration`: longest time in one set without a distance (a plank, a carry), seconds;
 * - `distance`: longest distance in one set, metres;
 * - `pace`: fastest pace of a set with a distance and a time, seconds per km (lower is better).
 *
 * Each exists only where the format logs what it measures: a plank has no e1RM, a row no volume.
 * Only working sets count (warm-ups are excluded from metrics, NIP-101e). A record must be
 * strictly better than every earlier value. An exercise with no earlier working set has
 * no PRs: the first time sets the baseline. Strong and Hevy do mark first times, but a
 * `pr` tag is public, and a device that has not synced older records yet would announce
 * records that are not.
 */

export const PR_METRICS = ['weight', 'reps', 'e1rm', 'volume', 'duration', 'distance', 'pace'] as const;
export type PrMetric = (typeof PR_METRICS)[number];

/** A claim for a `pr` tag, with what the summary screen shows beside it. */
export interface PersonalRecord extends PersonalRecordClaim {
  metric: PrMetric;
  /** The best earlier value it beats. */
  previous: number;
  /** `reps` at a load only: the load the reps were done at, kg. */
  weightKg?: number;
}

/**
 * The PRs of `sets` (one workout's done sets) against `history` (earlier workouts, each
 * with its sets): at most one per exercise and metric, exercises in first-use order,
 * metrics in PR_METRICS order.
 */
export function detectPersonalRecords(
  sets: readonly PerformedSet[],
  history: readonly { sets: readonly PerformedSet[] }[],
): PersonalRecord[] {
  const records: PersonalRecord[] = [];
  for (const [address, current] of groupByExercise(sets)) {
    const earlier = history
      .map((workout) => workout.sets.filter((set) => set.exerciseAddress === address && isWorkingSet(set)))
      .filter((workoutSets) => workoutSets.length > 0);
    if (earlier.length === 0) continue;
    const before = earlier.flat();
    const found = [
      beats('weight', heaviest(current), heaviest(before)),
      repsRecord(current, before) ?? unloadedRepsRecord(current, before),
      beats('e1rm', bestE1rm(current), bestE1rm(before)),
      beats('volume', volumeKg(current), maximum(earlier.map(volumeKg))),
      beats('duration', longestHold(current), longestHold(before)),
      beats('distance', longestDistance(current), longestDistance(before)),
      fasterPace(current, before),
    ];
    for (const record of found) if (record) records.push({ exerciseAddress: address, ...record });
  }
  return records;
}

type Found = Omit<PersonalRecord, 'exerciseAddress'>;

function beats(metric: PrMetric, value: number | undefined, previous: number | undefined): Found | undefined {
  return value !== undefined && value > (previous ?? 0) ? { metric, value, previous: previous ?? 0 } : undefined;
}

/** Pace beats only an earlier pace: lower is better, and a first pace has nothing to beat. */
function fasterPace(current: readonly SetValues[], before: readonly SetValues[]): Found | undefined {
  const value = fastestPace(current);
  const previous = fastestPace(before);
  return value !== undefined && previous !== undefined && value < previous ? { metric: 'pace', value, previous } : undefined;
}

function fastestPace(sets: readonly SetValues[]): number | undefined {
  let fastest: number | undefined;
  for (const set of sets) {
    const pace = paceSeconds(set);
    if (pace !== undefined && (fastest === undefined || pace < fastest)) fastest = pace;
  }
  return fastest === undefined ? undefined : Math.round(fastest * 10) / 10;
}

function longestHold(sets: readonly SetValues[]): number | undefined {
  return maximum(sets.flatMap((set) => (set.distanceMetres === undefined && set.durationSeconds ? [set.durationSeconds] : [])));
}

function longestDistance(sets: readonly SetValues[]): number | undefined {
  const longest = maximum(sets.flatMap((set) => (set.distanceMetres ? [set.distanceMetres] : [])));
  return longest === undefined ? undefined : roundMetres(longest);
}

/** Most reps in one set without a load, when the workout has no loaded set (reps at a load are repsRecord's). */
function unloadedRepsRecord(current: readonly StrengthSet[], before: readonly StrengthSet[]): Found | undefined {
  if (liftedLoads(current).length > 0) return undefined;
  const unloaded = (sets: readonly StrengthSet[]) =>
    maximum(sets.flatMap((set) => (!isLoaded(set.weightKg) && set.reps ? [set.reps] : [])));
  const previous = unloaded(before);
  return previous === undefined ? undefined : beats('reps', unloaded(current), previous);
}

function groupByExercise(sets: readonly PerformedSet[]): Map<string, PerformedSet[]> {
  const groups = new Map<string, PerformedSet[]>();
  for (const set of sets) {
    if (!isWorkingSet(set)) continue;
    const group = groups.get(set.exerciseAddress);
    if (group) group.push(set);
    else groups.set(set.exerciseAddress, [set]);
  }
  return groups;
}

function liftedLoads(sets: readonly StrengthSet[]): { weightKg: number; reps: number }[] {
  const loads: { weightKg: number; reps: number }[] = [];
  for (const set of sets) if (isLoaded(set.weightKg) && set.reps) loads.push({ weightKg: set.weightKg, reps: set.reps });
  return loads;
}

function heaviest(sets: readonly StrengthSet[]): number | undefined {
  return maximum(liftedLoads(sets).map((load) => load.weightKg));
}

function bestE1rm(sets: readonly StrengthSet[]): number | undefined {
  const best = maximum(sets.map((set) => estimatedOneRepMax(set.weightKg, set.reps) ?? 0));
  return best ? roundKg(best) : undefined;
}

/**
 * The heaviest set that beats the most reps ever done at its load or heavier. A load
 * nobody lifted before is a weight record, not a reps record, so it needs an earlier set
 * at that load or heavier. The heaviest qualifying set is never outdone by another set of
 * the same workout: a heavier set with more reps would qualify itself.
 */
function repsRecord(current: readonly StrengthSet[], before: readonly StrengthSet[]): Found | undefined {
  const earlier = liftedLoads(before);
  let record: Found | undefined;
  for (const load of liftedLoads(current)) {
    const previous = maximum(earlier.filter((e) => e.weightKg >= load.weightKg).map((e) => e.reps));
    if (previous === undefined || load.reps <= previous) continue;
    const better = !record || load.weightKg > (record.weightKg ?? 0) || (load.weightKg === record.weightKg && load.reps > record.value);
    if (better) {
      record = { metric: 'reps', value: load.reps, previous, weightKg: load.weightKg };
    }
  }
  return record;
}

// A loop, not Math.max(...values): years of history would overflow the argument list.
function maximum(values: readonly number[]): number | undefined {
  let max: number | undefined;
  for (const value of values) if (max === undefined || value > max) max = value;
  return max;
}
