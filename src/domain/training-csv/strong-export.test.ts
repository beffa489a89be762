import { describe, expect, it } from 'vitest';
import type { SetValues } from '../set-values';
import type { RecordSet } from '../workout-record';
import { STRONG_CURRENT_HEADER } from './file-formats';
import { strongExportRows, type ExportedRecord } from './strong-export';

const set = (exerciseAddress: string, values: SetValues): RecordSet => ({
  exerciseAddress,
  relayHint: '',
  params: [],
  setNumber: 0,
  ...values,
});
const titles: Record<string, string> = { bench: 'Bench Press (Barbell)', plank: 'Plank', run: 'Running' };
const titleOf = (address: string) => titles[address] ?? address;
const at = (year: number, month: number, day: number, hour: number, minute: number, second = 0) =>
  new Date(year, month - 1, day, hour, minute, second).getTime() / 1000;

const push: ExportedRecord = {
  title: 'Push',
  type: 'strength',
  start: at(2025, 6, 2, 18, 0, 5),
  end: at(2025, 6, 2, 19, 5, 20),
  notes: 'Heavy day\nfelt good',
  sets: [
    set('bench', { setType: 'warmup', weightKg: 40, reps: 10 }),
    set('bench', { setType: 'normal', weightKg: 102.058, reps: 5, rpe: 8.5 }),
    set('bench', { setType: 'drop', weightKg: 60, reps: 8 }),
    set('bench', { reps: 6, weightKg: 60, setType: 'failure' }),
    set('bench', { setType: 'normal', weightKg: 50, reps: 12 }),
    set('plank', { setType: 'normal', durationSeconds: 62.5 }),
  ],
};

const run: ExportedRecord = {
  title: '',
  type: 'cardio',
  start: at(2025, 5, 30, 7, 0),
  end: at(2025, 5, 30, 7, 25),
  notes: '',
  sets: [set('run', { setType: 'normal', weightKg: null, distanceMetres: 5000, durationSeconds: 1500 })],
};

describe("Plates' workouts as Strong's current export", () => {
  it('writes the header, then each set, oldest workout first, in the units Strong would', () => {
    expect(strongExportRows([push, run], titleOf, 'lb')).toEqual([
      [...STRONG_CURRENT_HEADER],
      ['2025-05-30 07:00:00', 'Cardio workout', '25m', 'Running', '1', '0', '0', '3.106856', '1500', '', '', ''],
      ['2025-06-02 18:00:05', 'Push', '1h 5m', 'Bench Press (Barbell)', 'W', '88.185', '10', '0', '0', '', 'Heavy day\\nfelt good', ''],
      ['2025-06-02 18:00:05', 'Push', '1h 5m', 'Bench Press (Barbell)', '1', '225', '5', '0', '0', '', 'Heavy day\\nfelt good', '8.5'],
      ['2025-06-02 18:00:05', 'Push', '1h 5m', 'Bench Press (Barbell)', 'D', '132.277', '8', '0', '0', '', 'Heavy day\\nfelt good', ''],
      ['2025-06-02 18:00:05', 'Push', '1h 5m', 'Bench Press (Barbell)', 'F', '132.277', '6', '0', '0', '', 'Heavy day\\nfelt good', ''],
      ['2025-06-02 18:00:05', 'Push', '1h 5m', 'Bench Press (Barbell)', '2', '110.231', '12', '0', '0', '', 'Heavy day\\nfelt good', ''],
      ['2025-06-02 18:00:05', 'Push', '1h 5m', 'Plank', '1', '0', '0', '0', '62.5', '', 'Heavy day\\nfelt good', ''],
    ]);
  });

  it('writes kilograms and kilometres for a person who uses kg', () => {
    const [, row] = strongExportRows([run], titleOf, 'kg');
    expect(row?.slice(5, 9)).toEqual(['0', '0', '5', '1500']);
  });

  it('numbers the sets again when the exercise comes back', () => {
    const again: ExportedRecord = {
      ...push,
      sets: [set('bench', { reps: 5 }), set('plank', { durationSeconds: 30 }), set('bench', { reps: 5 })],
    };
    expect(strongExportRows([again], titleOf, 'kg').map((row) => row[4])).toEqual(['Set Order', '1', '1', '1']);
  });
});
