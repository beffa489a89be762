import { parseWorkoutRecord, type PersonalRecordClaim, type RecordSet, type WorkoutRecord } from '../../domain/workout-record';
import type { PlatesDatabase } from '../db/database';
import type { RecordRow } from '../db/rows';
import { exerciseTitles } from './exercise-titles';

export interface RecordExercise {
  address: string;
  /** Undefined while the exercise's 33401 event is not stored: shown as such, never as a raw address. */
  title?: string;
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
  volumeKg: number;
  setCount: number;
  /** The record's `pr` claims. */
  prs: PersonalRecordClaim[];
  legacy: boolean;
  templateAddress?: string;
  notes: string;
  exercises: RecordExercise[];
  /** What the app that wrote it put differently from NIP-101e, as the reader took it (see parseWorkoutRecord). */
  notUnderstood: string[];
}

/** Reads the events behind record rows and names their exercises, in the rows' order. */
export async function recordSummaries(db: PlatesDatabase, rows: readonly RecordRow[]): Promise<RecordSummary[]> {
  const events = await db.events.bulkGet(rows.map((row) => row.eventId));
  const records = events.map((event) => (event ? parseWorkoutRecord(event) : undefined));
  const parsed = records.map((result) => (result?.ok ? result.value : undefined));
  const titles = await exerciseTitles(
    db,
    parsed.flatMap((record) => record?.sets.map((set) => set.exerciseAddress) ?? []),
  );
  return rows.map((row, i) => summarize(row, parsed[i], titles));
}

function summarize(row: RecordRow, record: WorkoutRecord | undefined, titles: Map<string, string>): RecordSummary {
  const summary: RecordSummary = {
    key: row.key,
    eventId: row.eventId,
    pubkey: row.pubkey,
    title: row.title,
    start: row.start,
    end: row.end,
    durationSeconds: Math.max(0, row.end - row.start),
    volumeKg: row.volumeKg,
    setCount: row.setCount,
    prs: record?.prs ?? [],
    legacy: row.legacy === 1,
    notes: record?.notes ?? '',
    notUnderstood: record?.notUnderstood ?? [],
    exercises: groupSets(record?.sets ?? []).map(({ address, sets }) => ({ address, title: titles.get(address), sets })),
  };
  if (row.templateAddress) summary.templateAddress = row.templateAddress;
  return summary;
}

function groupSets(sets: readonly RecordSet[]): Array<{ address: string; sets: RecordSet[] }> {
  const groups = new Map<string, RecordSet[]>();
  for (const set of sets) groups.set(set.exerciseAddress, [...(groups.get(set.exerciseAddress) ?? []), set]);
  return [...groups].map(([address, grouped]) => ({ address, sets: grouped }));
}
