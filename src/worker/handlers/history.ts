import type { ExerciseFormat } from '../../domain/exercise-format';
import { KIND } from '../../domain/kinds';
import { parseProfile } from '../../domain/profile';
import { bestsOf, mostRepsAtEachWeight, sessionBestSet, type Bests } from '../../domain/set-bests';
import { E1RM_FORMULA } from '../../domain/strength';
import type { RecordSet } from '../../domain/workout-record';
import { eventKey, PRIORITY } from '../cache/cache-keys';
import type { WorkerContext } from '../context';
import { exerciseFacts } from '../queries/exercise-facts';
import { newestReplaceable } from '../queries/newest-replaceable';
import { recordRowsOf, recordsWithExercises, type RecordCursor } from '../queries/own-records';
import { ownPubkey } from '../queries/own-pubkey';
import { recordSummaries, type RecordSummary } from '../queries/record-summaries';

/** One workout's performance of one exercise. */
export interface ExerciseSession {
  recordKey: string;
  /** Unix seconds. */
  start: number;
  sets: RecordSet[];
  /** The set the session is remembered by, in the terms the exercise logs (set-bests.ts sessionBestSet). */
  best?: RecordSet;
  /** This session's figures: e1RM, volume, longest time, fastest pace… as its sets measure them. */
  bests: Bests;
}

export interface ExerciseHistory {
  address: string;
  title?: string;
  /** The stored exercise's format, which its sets were read in; undefined while it is not stored. */
  format?: ExerciseFormat;
  /** The e1RM formula, said on screen. */
  formula: string;
  /** Newest first. */
  sessions: ExerciseSession[];
  /** The best of each figure over every session (set-bests.ts bestsOf): only those the exercise's sets measure. */
  bests: Bests;
  /** Most reps ever done at each weight (kg), heaviest first; empty for an exercise without loaded reps. */
  repsAtWeight: Array<{ weightKg: number; reps: number }>;
}

/** A record as its detail screen shows it: whose it is and which template it followed. */
export interface RecordDetail extends RecordSummary {
  templateTitle?: string;
  author: { mine: boolean; name?: string; picture?: string };
}

export interface HistoryHandlers {
  /**
   * The person's workouts, newest first (legacy 33403 records included): started in
   * [`from`, `to`) when given, after `after` (the last record of the previous page).
   */
  listRecords(args?: { limit?: number; from?: number; to?: number; after?: RecordCursor }): Promise<RecordSummary[]>;
  /** Start times (unix seconds) of the person's workouts between two instants, for the calendar. */
  listWorkoutDays(args: { from: number; to: number }): Promise<number[]>;
  getRecord(args: { key: string }): Promise<RecordDetail | undefined>;
  exerciseHistory(args: { address: string }): Promise<ExerciseHistory>;
}

export function historyHandlers(ctx: WorkerContext): HistoryHandlers {
  const { db } = ctx;
  return {
    async listRecords({ limit = 30, from, to, after } = {}) {
      const me = await ownPubkey(ctx);
      return me ? recordSummaries(db, await recordRowsOf(db, me, { from, to, after, limit })) : [];
    },

    async listWorkoutDays({ from, to }) {
      const me = await ownPubkey(ctx);
      if (!me) return [];
      const keys = await db.records.where('[pubkey+start]').between([me, from], [me, to], true, false).keys();
      // Index keys are [pubkey, start] pairs.
      return keys.flatMap((key) => (Array.isArray(key) && typeof key[1] === 'number' ? [key[1]] : []));
    },

    async getRecord({ key }) {
      const row = await db.records.get(key);
      if (!row) return undefined;
      ctx.access.touch(eventKey(key), PRIORITY.viewed);
      const [summary] = await recordSummaries(db, [row]);
      if (!summary) return undefined;
      const [template, profileEvent] = await Promise.all([
        row.templateAddress ? db.templates.get(row.templateAddress) : undefined,
        newestReplaceable(db, KIND.profile, row.pubkey),
      ]);
      const profile = profileEvent ? parseProfile(profileEvent) : undefined;
      const me = await ownPubkey(ctx);
      return {
        ...summary,
        templateTitle: template?.title,
        author: {
          mine: row.pubkey === me,
          name: profile?.ok ? profile.value.displayName || profile.value.name : undefined,
          picture: profile?.ok ? profile.value.picture : undefined,
        },
      };
    },

    async exerciseHistory({ address }) {
      const me = await ownPubkey(ctx);
      const [records, facts] = await Promise.all([
        me ? recordsWithExercises(db, me, [address]) : [],
        exerciseFacts(db, [address]).then((found) => found.get(address)),
      ]);
      const sessions: ExerciseSession[] = records.map((record) => {
        const sets = record.sets.filter((set) => set.exerciseAddress === address);
        return { recordKey: record.key, start: record.start, sets, best: sessionBestSet(sets), bests: bestsOf([sets]) };
      });
      return {
        address,
        title: facts?.title,
        format: facts?.format,
        formula: `${E1RM_FORMULA}: e1RM = weight × (1 + reps ÷ 30)`,
        sessions: sessions.reverse(),
        bests: bestsOf(sessions.map((session) => session.sets)),
        repsAtWeight: mostRepsAtEachWeight(sessions.flatMap((session) => session.sets)),
      };
    },
  };
}
