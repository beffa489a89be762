import { describe, expect, it } from 'vitest';
import { previousPerformance } from './previous-performance';
import type { RecordSet } from './workout-record';

const SQUAT = `33401:${'f'.repeat(64)}:squat`;
const BENCH = `33401:${'f'.repeat(64)}:bench`;

function recordSet(exerciseAddress: string, setNumber: number, weightKg: number): RecordSet {
  return {
    exerciseAddress,
    relayHint: '',
    params: [String(weightKg), '5', '8', 'normal'],
    setNumber,
    weightKg,
    reps: 5,
    rpe: 8,
    setType: 'normal',
  };
}

describe('previousPerformance', () => {
  it('takes the sets of the latest record containing the exercise, in set-number order', () => {
    const records = [
      { start: 100, sets: [recordSet(SQUAT, 1, 90)] },
      { start: 300, sets: [recordSet(BENCH, 1, 70)] },
      { start: 200, sets: [recordSet(SQUAT, 2, 102.5), recordSet(BENCH, 1, 60), recordSet(SQUAT, 1, 100)] },
    ];
    expect(previousPerformance(records, SQUAT).map((s) => s.weightKg)).toEqual([100, 102.5]);
    expect(previousPerformance(records, BENCH).map((s) => s.weightKg)).toEqual([70]);
    expect(previousPerformance(records, `33401:${'f'.repeat(64)}:row`)).toEqual([]);
  });
});
