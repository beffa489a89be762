import { describe, expect, it } from 'vitest';
import type { RecordSummary } from '../../worker/api';
import { recordFigures } from './record-figures';

function summary(fields: Partial<RecordSummary>): RecordSummary {
  return {
    key: 'k',
    eventId: 'e',
    pubkey: 'p',
    title: 'Workout',
    start: 0,
    end: 3600,
    durationSeconds: 3600,
    volumeKg: 0,
    distanceMetres: 0,
    setCount: 0,
    prs: [],
    legacy: false,
    notes: '',
    exercises: [],
    notUnderstood: [],
    ...fields,
  };
}

const words = (record: RecordSummary, unit: 'kg' | 'lb' = 'kg') => recordFigures(record, unit).map((f) => `${f.label} ${f.value}`);

describe('recordFigures', () => {
  it('shows a lift’s duration, volume and sets', () => {
    expect(words(summary({ volumeKg: 1500, setCount: 5 }))).toEqual(['Duration 1 h', 'Volume 1,500 kg', 'Sets 5']);
  });

  it('shows a cardio workout’s distance and no volume', () => {
    expect(words(summary({ distanceMetres: 7000, setCount: 2, durationSeconds: 1800 }))).toEqual([
      'Duration 30 min',
      'Distance 7 km',
      'Sets 2',
    ]);
  });

  it('shows a mixed workout’s volume and distance, without a pace over the whole workout', () => {
    expect(words(summary({ volumeKg: 1400, distanceMetres: 2000, setCount: 7 }))).toEqual([
      'Duration 1 h',
      'Volume 1,400 kg',
      'Distance 2 km',
      'Sets 7',
    ]);
  });

  it('shows another app’s run by its time, distance and pace, never 0 kg or 0 sets', () => {
    const run = summary({ activity: 'running', distanceMetres: 5200, durationSeconds: 1845 });
    expect(words(run)).toEqual(['Duration 31 min', 'Distance 5.2 km', 'Pace 5:55 /km']);
    expect(words(run, 'lb')).toEqual(['Duration 31 min', 'Distance 3.23 mi', 'Pace 9:31 /mi']);
  });
});
