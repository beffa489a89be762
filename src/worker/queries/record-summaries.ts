import { distanceUnitOf, toMetres, type ExerciseFormat } from '../../domain/exercise-format';
import { roundMetres } from '../../domain/set-values';
import { totalDistanceMetres, volumeKg } from '../../domain/strength';
import type { PersonalRecordClaim, RecordSet, WorkoutRecord } from '../../domain/workout-record';
import type { PlatesDatabase } from '../db/database';
import type { RecordRow } from '../db/rows';
import type { ExerciseFacts } from './exercise-facts';
import { parsedRecords } from './parsed-records';

export interface RecordExercise {
  address: string;
  /** Undefined while the exercise's 33401 event is not stored: shown as such, never as a raw address. */
  title?: string;
  /** The stored exercise's format, which its sets were read in; undefined while it is not stored. */
  format?: ExerciseFormat;
  sets: RecordSet[];
}

/** A workout record as lists show it: its read-model row plus what its event says, exercises named. */
export interface RecordSummary {
  key: string;
  eventId: string;
  pubkey: string;
  title: string;
  /** Unix seconds. */
  start: number;
  end: number;
  durationSeconds: number;
  /** Σ weight × reps of the working sets that have both (strength.ts), kg. */
  volumeKg: number;
  /** Distance of the working sets, or the running dialect's distance, metres. */
  distanceMetres: number;
  setCount: number;
  /** The running dialect's activity ("running"), when the record names one instead of sets. */
  activity?: string;
  /** The record's `pr` claims. */
  prs: PersonalRecordClaim[];
  legacy: boolean;
  templateAddress?: string;
  notes: string;
  exercises: RecordExercise[];
  /** What the app that wrote it put differently from NIP-101e, as the reader took it (see parseWorkoutRecord). */
  notUnderstood: string[];
}

/** Reads the events behind record rows, each set in its exercise's format, and names their exercises, in the rows' order. */
export async function recordSummaries(db: PlatesDatabase, rows: readonly RecordRow[]): Promise<RecordSummary[]> {
  const { records, facts } = await parsedRecords(db, rows);
  return rows.map((row, i) => summarize(row, records[i], facts));
}

function summarize(row: RecordRow, record: WorkoutRecord | undefined, facts: Map<string, ExerciseFacts>): RecordSummary {
  const sets = record?.sets ?? [];
  const summary: RecordSummary = {
    key: row.key,
    eventId: row.eventId,
    pubkey: row.pubkey,
    title: row.title,
    start: row.start,
    end: row.end,
    durationSeconds: Math.max(0, row.end - row.start),
    volumeKg: volumeKg(sets),
    distanceMetres: roundMetres(totalDistanceMetres(sets) + activityMetres(record)),
    setCount: row.setCount,
    prs: record?.prs ?? [],
    legacy: row.legacy === 1,
    notes: record?.notes ?? '',
    notUnderstood: record?.notUnderstood ?? [],
    exercises: groupSets(sets).map(({ address, sets: grouped }) => {
      const known = facts.get(address);
      return { address, title: known?.title, format: known?.format, sets: grouped };
    }),
  };
  if (record?.activity) summary.activity = record.activity;
  if (row.templateAddress) summary.templateAddress = row.templateAddress;
  return summary;
}

/** The running dialect's ["distance","5.2","km"], in metres (an unknown unit is read as km, the dialect's usual). */
function activityMetres(record: WorkoutRecord | undefined): number {
  if (!record?.distance) return 0;
  return toMetres(record.distance.value, distanceUnitOf(record.distance.unit) ?? 'km');
}

function groupSets(sets: readonly RecordSet[]): Array<{ address: string; sets: RecordSet[] }> {
  const groups = new Map<string, RecordSet[]>();
  for (const set of sets) groups.set(set.exerciseAddress, [...(groups.get(set.exerciseAddress) ?? []), set]);
  return [...groups].map(([address, grouped]) => ({ address, sets: grouped }));
}
