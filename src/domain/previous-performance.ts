import type { RecordSet, WorkoutRecord } from './workout-record';

/**
 * "Previous" of an exercise, as gym apps show it beside each set: its sets in the most
 * recent record (by start) that contains it, in set-number order. Empty when none does.
 */
export function previousPerformance(records: readonly Pick<WorkoutRecord, 'start' | 'sets'>[], exerciseAddress: string): RecordSet[] {
  let latest: { start: number; sets: RecordSet[] } | undefined;
  for (const record of records) {
    if (latest && record.start <= latest.start) continue;
    const sets = record.sets.filter((set) => set.exerciseAddress === exerciseAddress);
    if (sets.length > 0) latest = { start: record.start, sets };
  }
  return (latest?.sets ?? []).sort((a, b) => a.setNumber - b.setNumber);
}
