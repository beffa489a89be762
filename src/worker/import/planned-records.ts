import { addToPast, personalRecordsAgainst, type ExercisePast, type PersonalRecord } from '../../domain/personal-records';
import type { PerformedSet } from '../../domain/strength';
import { importedRecord, type ChosenExercise } from '../../domain/training-csv/imported-record';
import type { ImportedWorkout, TrainingApp } from '../../domain/training-csv/training-file';
import { buildWorkoutRecord, type WorkoutRecord } from '../../domain/workout-record';
import type { PlatesDatabase } from '../db/database';
import type { ImportDraftRow } from '../db/rows';
import { WorkerFailure } from '../errors';
import { recordsWithExercises } from '../queries/own-records';
import { recordDsBetween } from '../queries/record-ds';
import { importedRecordD } from './import-identity';

export interface PlannedImport {
  /** Oldest first; `jobId` is the caller's to give. */
  drafts: Array<Omit<ImportDraftRow, 'jobId'>>;
  /** Workouts whose record is here already. */
  skipped: number;
}

/**
 * The records of a file's workouts that are not here yet, oldest first, built and checked so
 * that only signing is left: each workout's sets in its chosen exercises' formats
 * (importedRecord), its PRs against what came before it (the person's stored records and
 * the file's earlier workouts, so an imported history shows its PRs as if logged here), and
 * its end as created_at. A workout that cannot be written refuses the import, naming its line.
 */
export async function plannedRecords(
  db: PlatesDatabase,
  pubkey: string,
  app: TrainingApp,
  workouts: readonly ImportedWorkout[],
  exerciseFor: (name: string) => ChosenExercise | undefined,
): Promise<PlannedImport> {
  const oldestFirst = [...workouts].sort((a, b) => a.start - b.start);
  const first = oldestFirst[0];
  const last = oldestFirst[oldestFirst.length - 1];
  if (!first || !last) return { drafts: [], skipped: 0 };
  const addresses = new Set(
    oldestFirst.flatMap((workout) => workout.exercises.flatMap((exercise) => exerciseFor(exercise.name)?.address ?? [])),
  );
  const [here, stored] = await Promise.all([
    recordDsBetween(db, pubkey, first.start, last.start),
    recordsWithExercises(db, pubkey, [...addresses]),
  ]);
  const history = workoutHistory(stored);
  const drafts: PlannedImport['drafts'] = [];
  let skipped = 0;
  for (const workout of oldestFirst) {
    const d = importedRecordD(app, workout.key);
    if (here.has(d)) {
      skipped++;
      continue;
    }
    const built = importedRecord(workout, d, exerciseFor);
    if (!built.ok) throw new WorkerFailure('invalid-workout', built.reason);
    const { record, formats } = built.value;
    history.before(record.start);
    record.prs = history.personalRecords(record).map(({ exerciseAddress, metric, value }) => ({ exerciseAddress, metric, value }));
    history.add(record);
    try {
      drafts.push({
        position: drafts.length,
        d,
        start: record.start,
        event: buildWorkoutRecord(record, record.end, formats, { missing: 'empty' }),
      });
    } catch (error) {
      throw new WorkerFailure('invalid-workout', `Line ${workout.firstLine}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { drafts, skipped };
}

interface History {
  /** Takes in the stored records started before `start`. */
  before(start: number): void;
  add(record: Pick<WorkoutRecord, 'sets'>): void;
  /** The PRs of a workout against everything taken in. */
  personalRecords(record: Pick<WorkoutRecord, 'sets'>): PersonalRecord[];
}

/**
 * Each exercise's past, kept up to date workout by workout (addToPast), so that the PRs of
 * years of workouts cost one pass rather than a reading of every earlier workout each.
 */
function workoutHistory(stored: ReadonlyArray<Pick<WorkoutRecord, 'start' | 'sets'>>): History {
  const pasts = new Map<string, ExercisePast>();
  let next = 0;
  const history: History = {
    before(start) {
      for (let record = stored[next]; record && record.start < start; record = stored[++next]) history.add(record);
    },
    add(record) {
      for (const [address, sets] of byExercise(record.sets)) {
        const past = addToPast(pasts.get(address), sets);
        if (past) pasts.set(address, past);
      }
    },
    personalRecords: (record) => personalRecordsAgainst(record.sets, (address) => pasts.get(address)),
  };
  return history;
}

function byExercise(sets: readonly PerformedSet[]): Map<string, PerformedSet[]> {
  const groups = new Map<string, PerformedSet[]>();
  for (const set of sets) {
    const group = groups.get(set.exerciseAddress);
    if (group) group.push(set);
    else groups.set(set.exerciseAddress, [set]);
  }
  return groups;
}
