import { bestsOf, liftedLoads, maximum, mergeBests, mostRepsAtEachWeight, type Bests } from './set-bests';
import type { SetValues } from './set-values';
import { isWorkingSet, type PerformedSet } from './strength';
import type { PersonalRecordClaim } from './workout-record-sets';

/**
 * Personal records of a finished workout against earlier ones. NIP-101e writes a claim as
 * ["pr","33401:<pubkey>:<d>,<metric>,<value>"] and names no metrics, so Plates uses these:
 *
 * - `weight`: heaviest load lifted for at least one rep, or carried for a time or distance, kg;
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
  return personalRecordsAgainst(sets, (address) =>
    exercisePast(history.map((workout) => workout.sets.filter((set) => set.exerciseAddress === address))),
  );
}

/**
 * What a PR of one exercise is measured against: the bests of its earlier working sets (the
 * same figures its history shows, set-bests.ts) and the most reps done at each load. Kept
 * up to date workout by workout (addToPast), it stands for any number of earlier workouts:
 * an import of years of history checks each workout's PRs without reading the years again.
 */
export interface ExercisePast {
  bests: Bests;
  loads: ReadonlyArray<{ weightKg: number; reps: number }>;
}

/** The past of one exercise's earlier workouts (each one workout's sets of it); undefined when none has a working set. */
export function exercisePast(workouts: ReadonlyArray<readonly SetValues[]>): ExercisePast | undefined {
  const earlier = workouts.map((sets) => sets.filter(isWorkingSet)).filter((sets) => sets.length > 0);
  if (earlier.length === 0) return undefined;
  return { bests: bestsOf(earlier), loads: mostRepsAtEachWeight(earlier.flat()) };
}

/** The past with one more workout's sets of the exercise: the same as exercisePast of all of them. */
export function addToPast(past: ExercisePast | undefined, sets: readonly SetValues[]): ExercisePast | undefined {
  const added = exercisePast([sets]);
  if (!past || !added) return past ?? added;
  return { bests: mergeBests(past.bests, added.bests), loads: mostRepsAtEachWeight([...past.loads, ...added.loads]) };
}

/** The PRs of `sets` (one workout's done sets) against each exercise's past, as detectPersonalRecords. */
export function personalRecordsAgainst(
  sets: readonly PerformedSet[],
  pastOf: (exerciseAddress: string) => ExercisePast | undefined,
): PersonalRecord[] {
  const records: PersonalRecord[] = [];
  for (const [address, current] of groupByExercise(sets)) {
    const past = pastOf(address);
    if (!past) continue;
    // The same figures an exercise's history shows as its bests (set-bests.ts).
    const now = bestsOf([current]);
    const then = past.bests;
    const found = [
      beats('weight', now.weight, then.weight),
      repsRecord(current, past.loads) ?? unloadedRepsRecord(current, now, then),
      beats('e1rm', now.e1rm, then.e1rm),
      beats('volume', now.volume, then.volume),
      beats('duration', now.duration, then.duration),
      beats('distance', now.distance, then.distance),
      fasterPace(now, then),
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
function fasterPace(now: Bests, then: Bests): Found | undefined {
  const value = now.pace;
  const previous = then.pace;
  return value !== undefined && previous !== undefined && value < previous ? { metric: 'pace', value, previous } : undefined;
}

/** Most reps in one set without a load, when the workout has no loaded set (reps at a load are repsRecord's). */
function unloadedRepsRecord(current: readonly PerformedSet[], now: Bests, then: Bests): Found | undefined {
  if (liftedLoads(current).length > 0 || then.reps === undefined) return undefined;
  return beats('reps', now.reps, then.reps);
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

/**
 * The heaviest set that beats the most reps ever done at its load or heavier (`earlier`: the
 * most reps at each earlier load). A load nobody lifted before is a weight record, not a
 * reps record, so it needs an earlier set at that load or heavier. The heaviest qualifying
 * set is never outdone by another set of the same workout: a heavier set with more reps
 * would qualify itself.
 */
function repsRecord(current: readonly PerformedSet[], earlier: ExercisePast['loads']): Found | undefined {
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
