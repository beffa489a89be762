import { distanceUnitFor } from '../../domain/exercise-format';
import { mapExercises, mappingKey, type MappingEntry } from '../../domain/exercise-mapping/map-exercises';
import { KIND } from '../../domain/kinds';
import { volumeKg } from '../../domain/strength';
import { assistanceAsNegative } from '../../domain/training-csv/assistance';
import type { TrainingFile } from '../../domain/training-csv/training-file';
import { roundKg } from '../../domain/units';
import type { WorkerContext } from '../context';
import { WorkerFailure } from '../errors';
import type { Notifier } from '../events';
import { chooseExercises } from '../import/chosen-exercises';
import { exportedWorkouts } from '../import/exported-workouts';
import { importedRecordD } from '../import/import-identity';
import { underWay } from '../import/import-runner';
import { importLibrary } from '../import/library-index';
import { plannedRecords } from '../import/planned-records';
import { rememberedMapping } from '../import/remembered-choices';
import { readTrainingCsv } from '../import/training-csv';
import { ownPubkey } from '../queries/own-pubkey';
import { recordDsBetween } from '../queries/record-ds';
import { weightUnitOf } from '../queries/weight-unit';
import { signingRefusal } from '../signer/account';
import { exerciseHandlers } from './exercises';
import type { TrainingImportHandlers } from './training-import-types';

/** Problems the preview carries; the count says how many in all. */
const PROBLEMS_SHOWN = 200;

/** The least time between two reports of how much of a file is read. */
const READ_REPORT_MS = 200;

/** The file last read, kept until it is imported or another is read. */
interface ReadFile {
  id: string;
  file: TrainingFile;
  exercises: MappingEntry[];
  /** Own exercises made for it by mapping key: an import tried again after a failure makes none twice. */
  made: Map<string, string>;
}

export function trainingImportHandlers(ctx: WorkerContext): TrainingImportHandlers {
  const { db } = ctx;
  // Own exercises are made the one way the person makes them: signed and queued by saveExercise.
  const { saveExercise } = exerciseHandlers(ctx);
  let latest: ReadFile | undefined;
  let starting = false;

  return {
    async previewTrainingFile({ file, weightUnit, dateOrder }) {
      const unit = weightUnit ?? (await weightUnitOf(db));
      const read = await readTrainingCsv(
        await file.text(),
        dateOrder ? { weightUnit: unit, dateOrder } : { weightUnit: unit },
        readReports(ctx.notifier),
      );
      if (!read.ok) throw new WorkerFailure('invalid-file', read.reason);
      const training = { ...read.value, workouts: assistanceAsNegative(read.value.workouts) };
      const { workouts, problems } = training;
      const [library, remembered, me] = await Promise.all([importLibrary(db), rememberedMapping(db), ownPubkey(ctx)]);
      const exercises = mapExercises(
        workouts.flatMap((workout) => workout.exercises),
        library,
        remembered,
        distanceUnitFor(unit),
      );
      const firstStart = workouts.reduce((first, workout) => Math.min(first, workout.start), Infinity);
      const lastStart = workouts.reduce((last, workout) => Math.max(last, workout.start), -Infinity);
      const here = me && workouts.length > 0 ? await recordDsBetween(db, me, firstStart, lastStart) : new Set<string>();
      latest = { id: crypto.randomUUID(), file: training, exercises, made: new Map() };
      const sets = workouts.flatMap((workout) => workout.exercises.flatMap((exercise) => exercise.sets));
      return {
        id: latest.id,
        fileName: 'name' in file && typeof file.name === 'string' ? file.name : '',
        app: training.app,
        variant: training.variant,
        workouts: workouts.length,
        sets: sets.length,
        // Workout by workout, as each record's volume is: the records add up to this.
        volumeKg: roundKg(workouts.reduce((total, workout) => total + volumeKg(workout.exercises.flatMap((exercise) => exercise.sets)), 0)),
        ...(workouts.length > 0 ? { firstStart, lastStart } : {}),
        problems: problems.slice(0, PROBLEMS_SHOWN),
        problemCount: problems.length,
        weightUnit: unit,
        weightUnitStated: training.weightUnitStated,
        dateOrders: training.dateOrders,
        ...(training.dateOrders.length > 0 ? { dateOrder: dateOrder ?? training.dateOrders[0] } : {}),
        alreadyImported: workouts.filter((workout) => here.has(importedRecordD(training.app, workout.key))).length,
        exercises,
      };
    },

    async startTrainingImport({ id, choices }) {
      const account = await ctx.account.state();
      // Signed out, read-only, locked or not backed up: the app's own words for what to do first.
      const refusal = signingRefusal(account, KIND.workoutRecord);
      if (refusal || account.status === 'signed-out') throw refusal;
      const stored = await ctx.trainingImport.stored();
      if (stored?.id === id) {
        ctx.trainingImport.resume();
        return ctx.trainingImport.progress();
      }
      if (stored?.pubkey === account.pubkey) throw underWay(stored);
      const read = latest?.id === id ? latest : undefined;
      if (!read) throw new WorkerFailure('file-gone', 'Read the file again: Plates keeps only the file last read, until it is imported.');
      if (starting) throw new WorkerFailure('import-starting', 'This file’s import is starting already.');
      starting = true;
      try {
        const chosen = await chooseExercises(db, read.exercises, choices, (exercise) => saveExercise({ exercise }), read.made);
        const { drafts, skipped } = await plannedRecords(db, account.pubkey, read.file.app, read.file.workouts, (name) =>
          chosen.byKey.get(mappingKey(name)),
        );
        const progress = await ctx.trainingImport.begin(
          { id, pubkey: account.pubkey, total: drafts.length, done: 0, skipped, created: chosen.created, startedAt: Date.now() },
          drafts.map((draft) => ({ ...draft, jobId: id })),
        );
        latest = undefined;
        return progress;
      } finally {
        starting = false;
      }
    },

    getTrainingImportProgress: () => ctx.trainingImport.progress(),

    async exportWorkoutsCsv() {
      const me = await ownPubkey(ctx);
      if (!me) throw new WorkerFailure('signed-out', 'Sign in first: the export holds your workouts.');
      const { csv, count } = await exportedWorkouts(db, me, await weightUnitOf(db));
      return { filename: `plates-workouts-${new Date().toISOString().slice(0, 10)}.csv`, csv, count };
    },
  };
}

/** Tells the page how much of the file is read: at most every READ_REPORT_MS, and once all of it is. */
function readReports(notifier: Notifier): (share: number) => void {
  let last = -Infinity;
  return (share) => {
    const now = performance.now();
    if (share < 1 && now - last < READ_REPORT_MS) return;
    last = now;
    notifier.emit('training-file-progress', { share });
  };
}
