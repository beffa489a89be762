import type { Table } from 'dexie';
import { restoreSession } from '../../domain/session-start';
import type { WorkoutSession } from '../../domain/workout-session';
import type { PlatesDatabase } from '../db/database';
import { WorkerFailure } from '../errors';
import { STORAGE_FULL, writeWithRoom, type Room } from '../storage/quota';

/**
 * The workout in progress, one row shared by every tab. Each write is a read-modify-write
 * in one transaction with a version number (IndexedDB runs read-write transactions on a
 * table one after another, across tabs too): two tabs' changes are both applied, each on
 * top of the other, never one overwriting the other.
 */
export interface ActiveWorkoutStore {
  read(): Promise<WorkoutSession | undefined>;
  /** Stores a new workout; refuses when one is in progress (started in another tab too). */
  create(session: WorkoutSession): Promise<WorkoutSession>;
  /** Applies `change` to the workout as stored now; answers it unchanged when `change` returns it as is. */
  change(change: (session: WorkoutSession) => WorkoutSession): Promise<WorkoutSession>;
  /**
   * Removes workout `id`, and in the same transaction runs `alongside` (the finished record
   * queued in the outbox), so that either both happened or neither. Refuses when `id` is no
   * longer the workout in progress (finished or discarded in another tab); `undefined`
   * removes whichever is. Its write has room made by the caller (it knows what it writes).
   */
  remove<T>(id: string | undefined, alongside?: { tables: Table[]; write: () => Promise<T> }): Promise<T | undefined>;
  /** Puts back workout `session` removed with `remove` (its record was refused after all). */
  restore(session: WorkoutSession): Promise<void>;
}

const CURRENT = 'current';

export function createActiveWorkoutStore(db: PlatesDatabase, room: Room, onCommitted: () => void): ActiveWorkoutStore {
  /**
   * A change that did not fit on the device: newer than the stored row (version `base`),
   * kept here so that it is not lost, and written with the next change that fits. Dropped
   * if another tab writes the row meanwhile (the person was told the change was not stored).
   */
  let unsaved: { session: WorkoutSession; base: number } | undefined;

  /** The stored session (or the unsaved change on top of it) and the row's version (0: no row). */
  async function readCurrent(): Promise<{ session?: WorkoutSession; version: number }> {
    const row = await db.activeWorkout.get(CURRENT);
    const version = row?.version ?? 0;
    if (unsaved && unsaved.base === version) return { session: unsaved.session, version };
    unsaved = undefined;
    if (!row) return { version };
    const restored = restoreSession(row.session);
    // A row this version cannot read stays where it is (never dropped); the error says so.
    if (!restored.ok) throw new WorkerFailure('unreadable-workout', `The saved workout could not be read: ${restored.reason}`);
    return { session: restored.value, version };
  }

  function put(session: WorkoutSession, version: number): Promise<string> {
    return db.activeWorkout.put({ key: CURRENT, session, savedAt: Date.now(), version: version + 1 });
  }

  /**
   * Runs `transaction` (which sets `attempt` when it writes `session`), with room made when
   * the device is full. A write that still does not fit is kept as `unsaved`; one that
   * committed is announced.
   */
  async function write<T>(transaction: (attempt: (session: WorkoutSession, base: number) => void) => Promise<T>): Promise<T> {
    let attempted: typeof unsaved;
    const attempt = (session: WorkoutSession, base: number) => (attempted = { session, base });
    try {
      const result = await writeWithRoom(
        room,
        () => (attempted ? JSON.stringify(attempted.session).length * 2 : 0),
        () => {
          attempted = undefined;
          return transaction(attempt);
        },
      );
      if (attempted) {
        unsaved = undefined;
        onCommitted();
      }
      return result;
    } catch (error) {
      if (error instanceof WorkerFailure && error.type === STORAGE_FULL && attempted) unsaved = attempted;
      throw error;
    }
  }

  return {
    read: async () => (await readCurrent()).session,

    create: (session) =>
      write((attempt) =>
        db.transaction('rw', db.activeWorkout, async () => {
          const { session: existing, version } = await readCurrent();
          if (existing) throw new WorkerFailure('workout-in-progress', 'A workout is already in progress: finish or discard it first.');
          attempt(session, version);
          await put(session, version);
          return session;
        }),
      ),

    change: (change) =>
      write((attempt) =>
        db.transaction('rw', db.activeWorkout, async () => {
          const { session, version } = await readCurrent();
          if (!session) throw new WorkerFailure('no-workout', NO_WORKOUT);
          const changed = change(session);
          if (changed === session) return session;
          attempt(changed, version);
          await put(changed, version);
          return changed;
        }),
      ),

    async remove(id, alongside) {
      const result = await db.transaction('rw', [db.activeWorkout, ...(alongside?.tables ?? [])], async () => {
        const { session } = await readCurrent();
        if (!session || (id !== undefined && session.id !== id)) throw new WorkerFailure('no-workout', NO_LONGER_IN_PROGRESS);
        await db.activeWorkout.delete(CURRENT);
        return alongside?.write();
      });
      unsaved = undefined;
      onCommitted();
      return result;
    },

    async restore(session) {
      await write((attempt) =>
        db.transaction('rw', db.activeWorkout, async () => {
          const { version } = await readCurrent();
          attempt(session, version);
          await put(session, version);
        }),
      );
    },
  };
}

export const NO_WORKOUT = 'No workout is in progress.';
/** Said when a finish or discard names a workout another tab has already finished or discarded. */
export const NO_LONGER_IN_PROGRESS = 'This workout is no longer in progress: it was finished or discarded (in another tab?).';
