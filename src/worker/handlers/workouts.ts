import type { ExerciseFormat } from '../../domain/exercise-format';
import { previousPerformance } from '../../domain/previous-performance';
import { startSession } from '../../domain/session-start';
import { sessionToRecord, type WorkoutSummary } from '../../domain/session-to-record';
import { parseTemplate } from '../../domain/template';
import { buildWorkoutRecord, type RecordSet } from '../../domain/workout-record';
import { reduceSession, type SessionAction, type WorkoutSession } from '../../domain/workout-session';
import type { WorkerContext } from '../context';
import { WorkerFailure } from '../errors';
import type { ExerciseCache } from '../cache/exercise-cache';
import { recordsWithExercises } from '../queries/own-records';
import { ownPubkey } from '../queries/own-pubkey';
import { createActiveWorkoutStore, NO_LONGER_IN_PROGRESS, NO_WORKOUT } from '../repository/active-workout';
import { outboxBytes, outboxRowsFor, showQueued } from '../repository/outbox-queue';
import { writeWithRoom } from '../storage/quota';

export interface FinishedReport {
  summary: WorkoutSummary;
  /** The record's key in history (its event id). */
  recordKey: string;
}

export interface WorkoutHandlers {
  /** The workout in progress, exactly as last saved (after a reload or a killed tab too). */
  getActiveWorkout(args?: Record<string, never>): Promise<WorkoutSession | undefined>;
  /** Starts a workout, empty or from a template (exercises we lack included, shown as such). */
  startWorkout(args?: { templateAddress?: string }): Promise<WorkoutSession>;
  /**
   * Applies one change to the workout as stored now (another tab's changes included) and has
   * it stored before answering: a killed tab loses nothing the page was told is stored.
   */
  updateActiveWorkout(args: { action: SessionAction }): Promise<WorkoutSession>;
  /** Discards workout `id` (whichever is in progress when absent). */
  discardActiveWorkout(args?: { id?: string }): Promise<void>;
  /**
   * Finishes workout `id` (whichever is in progress when absent): PRs against the person's
   * history, a signed 1301 record shown at once and queued for the relays in the same
   * transaction that clears the workout, so a session is recorded once (a second finish,
   * from this tab or another, is refused). If signing fails (signed out, locked) the
   * finished workout stays saved and the error says what to do.
   */
  finishActiveWorkout(args?: { id?: string }): Promise<FinishedReport>;
  /** The sets of the last time each exercise was done, to show beside each set and pre-fill. */
  previousPerformance(args: { exerciseAddresses: string[] }): Promise<Record<string, RecordSet[]>>;
}

export function workoutHandlers(ctx: WorkerContext): WorkoutHandlers {
  const { db } = ctx;
  const active = createActiveWorkoutStore(db, ctx.storage, () => ctx.tabs.tell('active-workout-changed', {}));

  async function requireCurrent(id?: string): Promise<WorkoutSession> {
    const session = await active.read();
    if (!session) throw new WorkerFailure('no-workout', NO_WORKOUT);
    if (id !== undefined && session.id !== id) throw new WorkerFailure('no-workout', NO_LONGER_IN_PROGRESS);
    return session;
  }

  return {
    getActiveWorkout: () => active.read(),

    async startWorkout({ templateAddress } = {}) {
      const id = crypto.randomUUID();
      if (!templateAddress) return active.create(startSession(id, Date.now()));
      const row = await db.templates.get(templateAddress);
      const event = row ? await db.events.get(row.eventId) : undefined;
      const parsed = event ? parseTemplate(event) : undefined;
      if (!row || !parsed?.ok) throw new WorkerFailure('not-found', 'That template is not on this device.');
      const exercises = await exerciseFacts(ctx.exercises, row.exerciseAddresses);
      return active.create(
        startSession(id, Date.now(), {
          address: templateAddress,
          template: parsed.value,
          exerciseTitles: Object.fromEntries([...exercises].map(([address, facts]) => [address, facts.title])),
          exerciseFormats: Object.fromEntries([...exercises].map(([address, facts]) => [address, facts.format])),
        }),
      );
    },

    async updateActiveWorkout({ action }) {
      const withLibraryFacts = withFacts(action, await exerciseFacts(ctx.exercises, addedExercise(action)));
      return active.change((session) => reduceSession(session, withLibraryFacts, Date.now()));
    },

    async discardActiveWorkout({ id } = {}) {
      await active.remove(id);
    },

    async finishActiveWorkout({ id } = {}) {
      const session = await requireCurrent(id);
      const finished = session.finishedAt === undefined ? reduceSession(session, { type: 'finish' }, Date.now()) : session;
      const me = await ownPubkey(ctx);
      const addresses = finished.exercises.map((exercise) => exercise.exerciseAddress);
      const history = me ? await recordsWithExercises(db, me, addresses) : [];
      const result = sessionToRecord(finished, history);
      // Nothing to record yet: the workout goes on, unchanged.
      if (!result.ok) throw new WorkerFailure('invalid-workout', result.reason);
      // Its end time is kept even if signing fails below: the person signs in and finishes it as it was.
      if (finished !== session)
        await active.change((stored) => (stored.id === finished.id && stored.finishedAt === undefined ? finished : stored));
      const event = await ctx.account.sign(buildWorkoutRecord(result.value.record, Math.floor(Date.now() / 1000), result.value.formats));
      const rows = await outboxRowsFor(ctx, event);
      // The record queued and the workout cleared in one transaction: both or neither, whenever the tab dies.
      const ids = await writeWithRoom(
        ctx.storage,
        () => outboxBytes(rows),
        () => active.remove(finished.id, { tables: [db.outbox], write: () => db.outbox.bulkAdd(rows, { allKeys: true }) }),
      );
      await showQueued(ctx, event, rows, async () => {
        await db.outbox.bulkDelete(ids ?? []);
        await active.restore(finished);
      });
      return { summary: result.value.summary, recordKey: event.id };
    },

    async previousPerformance({ exerciseAddresses }) {
      const me = await ownPubkey(ctx);
      const history = me ? await recordsWithExercises(db, me, exerciseAddresses) : [];
      return Object.fromEntries(exerciseAddresses.map((address) => [address, previousPerformance(history, address)]));
    },
  };
}

function addedExercise(action: SessionAction): string[] {
  return action.type === 'add-exercise' ? [action.exerciseAddress] : [];
}

interface ExerciseFacts {
  title: string;
  format: ExerciseFormat;
}

/** An added exercise gets its library title and format, so the session names it (even offline later) and logs it right. */
function withFacts(action: SessionAction, facts: Map<string, ExerciseFacts>): SessionAction {
  if (action.type !== 'add-exercise') return action;
  const found = facts.get(action.exerciseAddress);
  return found
    ? { ...action, title: action.title ?? found.title, format: [...found.format.names], units: [...found.format.units] }
    : action;
}

/** Title and format of the stored exercises among `addresses`. */
async function exerciseFacts(exercises: ExerciseCache, addresses: readonly string[]): Promise<Map<string, ExerciseFacts>> {
  const rows = await exercises.getMany(addresses);
  return new Map(
    rows.flatMap((row) =>
      row ? [[row.address, { title: row.title, format: { names: row.format, units: row.formatUnits } }] as const] : [],
    ),
  );
}
