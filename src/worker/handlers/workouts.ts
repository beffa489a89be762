import { previousPerformance } from '../../domain/previous-performance';
import { restoreSession, startSession } from '../../domain/session-start';
import { sessionToRecord, type WorkoutSummary } from '../../domain/session-to-record';
import { parseTemplate } from '../../domain/template';
import { buildWorkoutRecord, type RecordSet } from '../../domain/workout-record';
import { reduceSession, type SessionAction, type WorkoutSession } from '../../domain/workout-session';
import type { WorkerContext } from '../context';
import { WorkerFailure } from '../errors';
import type { ExerciseCache } from '../cache/exercise-cache';
import { recordsWithExercises } from '../queries/own-records';
import { ownPubkey } from '../queries/own-pubkey';
import { queueForPublishing } from '../repository/outbox-queue';
import { STORAGE_FULL, writeWithRoom } from '../storage/quota';

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
  /** Applies one change and has it stored before answering: a killed tab loses nothing. */
  updateActiveWorkout(args: { action: SessionAction }): Promise<WorkoutSession>;
  discardActiveWorkout(args?: Record<string, never>): Promise<void>;
  /**
   * Finishes: PRs against the person's history, a signed 1301 record shown at once and
   * queued for the relays, then the active workout is cleared. If signing fails (signed
   * out, locked) the finished workout stays saved and the error says what to do.
   */
  finishActiveWorkout(args?: Record<string, never>): Promise<FinishedReport>;
  /** The sets of the last time each exercise was done, to show beside each set and pre-fill. */
  previousPerformance(args: { exerciseAddresses: string[] }): Promise<Record<string, RecordSet[]>>;
}

const CURRENT = 'current';

export function workoutHandlers(ctx: WorkerContext): WorkoutHandlers {
  const { db } = ctx;

  /**
   * The session as last changed when that change did not fit on the device: newer than the
   * stored row, kept here so that it is not lost, and written with the next change that fits.
   */
  let unsaved: WorkoutSession | undefined;

  async function current(): Promise<WorkoutSession | undefined> {
    if (unsaved) return unsaved;
    const row = await db.activeWorkout.get(CURRENT);
    if (!row) return undefined;
    const restored = restoreSession(row.session);
    // A row this version cannot read stays where it is (never dropped); the error says so.
    if (!restored.ok) throw new WorkerFailure('unreadable-workout', `The saved workout could not be read: ${restored.reason}`);
    return restored.value;
  }

  async function save(session: WorkoutSession): Promise<WorkoutSession> {
    try {
      await writeWithRoom(
        ctx.storage,
        () => JSON.stringify(session).length * 2,
        () => db.activeWorkout.put({ key: CURRENT, session, savedAt: Date.now() }),
      );
    } catch (error) {
      if (error instanceof WorkerFailure && error.type === STORAGE_FULL) unsaved = session;
      throw error;
    }
    unsaved = undefined;
    return session;
  }

  async function requireCurrent(): Promise<WorkoutSession> {
    const session = await current();
    if (!session) throw new WorkerFailure('no-workout', 'No workout is in progress.');
    return session;
  }

  return {
    getActiveWorkout: current,

    async startWorkout({ templateAddress } = {}) {
      if (await current()) throw new WorkerFailure('workout-in-progress', 'A workout is already in progress: finish or discard it first.');
      const id = crypto.randomUUID();
      if (!templateAddress) return save(startSession(id, Date.now()));
      const row = await db.templates.get(templateAddress);
      const event = row ? await db.events.get(row.eventId) : undefined;
      const parsed = event ? parseTemplate(event) : undefined;
      if (!row || !parsed?.ok) throw new WorkerFailure('not-found', 'That template is not on this device.');
      const exercises = await exerciseFacts(ctx.exercises, row.exerciseAddresses);
      return save(
        startSession(id, Date.now(), {
          address: templateAddress,
          template: parsed.value,
          exerciseTitles: Object.fromEntries([...exercises].map(([address, facts]) => [address, facts.title])),
          exerciseFormats: Object.fromEntries([...exercises].map(([address, facts]) => [address, facts.format])),
        }),
      );
    },

    async updateActiveWorkout({ action }) {
      const session = await requireCurrent();
      const next = reduceSession(session, withFacts(action, await exerciseFacts(ctx.exercises, addedExercise(action))), Date.now());
      return next === session ? session : save(next);
    },

    async discardActiveWorkout() {
      await db.activeWorkout.delete(CURRENT);
      unsaved = undefined;
    },

    async finishActiveWorkout() {
      const session = await requireCurrent();
      const finished = session.finishedAt === undefined ? reduceSession(session, { type: 'finish' }, Date.now()) : session;
      const me = await ownPubkey(ctx);
      const addresses = finished.exercises.map((exercise) => exercise.exerciseAddress);
      const history = me ? await recordsWithExercises(db, me, addresses) : [];
      const result = sessionToRecord(finished, history);
      // Nothing to record yet: the workout goes on, unchanged.
      if (!result.ok) throw new WorkerFailure('invalid-workout', result.reason);
      // Its end time is kept even if signing fails below: the person signs in and finishes it as it was.
      await save(finished);
      const event = await ctx.account.sign(buildWorkoutRecord(result.value.record, Math.floor(Date.now() / 1000)));
      await queueForPublishing(ctx, event);
      await db.activeWorkout.delete(CURRENT);
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

/** An added exercise gets its library title and format, so the session names it (even offline later) and logs it right. */
function withFacts(action: SessionAction, facts: Map<string, { title: string; format: string[] }>): SessionAction {
  if (action.type !== 'add-exercise') return action;
  const found = facts.get(action.exerciseAddress);
  return found ? { ...action, title: action.title ?? found.title, format: found.format } : action;
}

/** Title and format of the stored exercises among `addresses`. */
async function exerciseFacts(
  exercises: ExerciseCache,
  addresses: readonly string[],
): Promise<Map<string, { title: string; format: string[] }>> {
  const rows = await exercises.getMany(addresses);
  return new Map(rows.flatMap((row) => (row ? [[row.address, { title: row.title, format: row.format }] as const] : [])));
}
