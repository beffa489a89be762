import { E1RM_FORMULA, bestSet, estimatedOneRepMax, isWorkingSet, volumeKg } from '../../domain/strength';
import { KIND } from '../../domain/kinds';
import { parseProfile } from '../../domain/profile';
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
  best?: { weightKg: number | null; reps: number; e1rmKg?: number };
  e1rmKg?: number;
  volumeKg: number;
}

export interface ExerciseHistory {
  address: string;
  title?: string;
  /** The e1RM formula, said on screen. */
  formula: string;
  sessions: ExerciseSession[];
  bests: {
    weightKg?: number;
    e1rmKg?: number;
    volumeKg?: number;
    /** Most reps ever done at each weight (kg), heaviest first. */
    repsAtWeight: Array<{ weightKg: number; reps: number }>;
  };
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
      const records = me ? await recordsWithExercises(db, me, [address]) : [];
      const sessions: ExerciseSession[] = records.map((record) => {
        const sets = record.sets.filter((set) => set.exerciseAddress === address);
        const best = bestSet(sets);
        const e1rmKg = maximum(sets.filter(isWorkingSet).map((set) => estimatedOneRepMax(set.weightKg, set.reps)));
        return {
          recordKey: record.key,
          start: record.start,
          sets,
          best:
            best && best.reps !== undefined
              ? { weightKg: best.weightKg ?? null, reps: best.reps, e1rmKg: estimatedOneRepMax(best.weightKg, best.reps) }
              : undefined,
          e1rmKg,
          volumeKg: volumeKg(sets),
        };
      });
      const working = sessions.flatMap((session) => session.sets).filter(isWorkingSet);
      const facts = (await exerciseFacts(db, [address])).get(address);
      return {
        address,
        title: facts?.title,
        formula: `${E1RM_FORMULA}: e1RM = weight × (1 + reps ÷ 30)`,
        sessions: sessions.reverse(),
        bests: {
          weightKg: maximum(working.flatMap((set) => (set.weightKg && set.reps ? [set.weightKg] : []))),
          e1rmKg: maximum(sessions.map((session) => session.e1rmKg)),
          volumeKg: maximum(sessions.map((session) => session.volumeKg).filter((v) => v > 0)),
          repsAtWeight: repsAtWeight(working),
        },
      };
    },
  };
}

function maximum(values: ReadonlyArray<number | undefined>): number | undefined {
  const defined = values.filter((v): v is number => v !== undefined);
  return defined.length > 0 ? Math.max(...defined) : undefined;
}

function repsAtWeight(sets: readonly RecordSet[]): Array<{ weightKg: number; reps: number }> {
  const most = new Map<number, number>();
  for (const set of sets)
    if (set.weightKg && set.weightKg > 0 && set.reps) most.set(set.weightKg, Math.max(most.get(set.weightKg) ?? 0, set.reps));
  return [...most].map(([weightKg, reps]) => ({ weightKg, reps })).sort((a, b) => b.weightKg - a.weightKg);
}
