import { describe, expect, it } from 'vitest';
import { STRONG_CURRENT_HEADER, detectTrainingFormat, type TrainingFormat } from './file-formats';

function detect(header: string[]): TrainingFormat {
  const result = detectTrainingFormat(header);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

const HEVY =
  'title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe';
const SEMICOLON =
  'Workout #;Date;Workout Name;Duration (sec);Exercise Name;Set Order;Weight (kg);Reps;RPE;Distance (meters);Seconds;Notes;Workout Notes';
const OLDER =
  'Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration';

describe('telling the exports apart by their header', () => {
  it("reads Strong's current header, which names no unit", () => {
    const format = detect([...STRONG_CURRENT_HEADER]);
    expect(format).toMatchObject({ app: 'strong', variant: 'current', weight: { column: 'Weight' }, duration: 'Duration' });
    expect(format.weight.unit).toBeUndefined();
  });

  it("reads Strong's semicolon header in kg and in lbs, distances in metres", () => {
    expect(detect(SEMICOLON.split(';'))).toMatchObject({ variant: 'semicolon', weight: { unit: 'kg' }, distance: { unit: 'm' } });
    expect(detect(SEMICOLON.replace('Weight (kg)', 'Weight (lbs)').split(';'))).toMatchObject({
      variant: 'semicolon',
      weight: { column: 'Weight (lbs)', unit: 'lb' },
    });
  });

  it("reads Strong's older header, with or without Workout Duration", () => {
    expect(detect(OLDER.split(';'))).toMatchObject({ variant: 'older', duration: 'Workout Duration' });
    expect(detect(OLDER.split(';').slice(0, -1))).toMatchObject({ variant: 'older' });
  });

  it('reads Hevy metric and imperial', () => {
    expect(detect(HEVY.split(','))).toMatchObject({ app: 'hevy', variant: 'metric', weight: { unit: 'kg' }, distance: { unit: 'km' } });
    const imperial = HEVY.replace('weight_kg', 'weight_lbs').replace('distance_km', 'distance_miles').split(',');
    expect(detect(imperial)).toMatchObject({ variant: 'imperial', weight: { column: 'weight_lbs', unit: 'lb' }, distance: { unit: 'mi' } });
  });

  it('finds columns whatever their case and spaces', () => {
    const format = detect(
      HEVY.toUpperCase()
        .split(',')
        .map((name) => ` ${name} `),
    );
    expect(
      format.cell(
        HEVY.split(',').map((_, i) => `v${i}`),
        'exercise_title',
      ),
    ).toBe('v4');
    expect(format.cell([], 'no_such_column')).toBe('');
  });

  it('names the missing columns and the header expected', () => {
    const result = detectTrainingFormat(['Date', 'Workout Name', 'Exercise Name', 'Weight']);
    expect(result).toEqual({
      ok: false,
      reason: `This looks like a Strong (current) export but has no Set Order, Reps columns. Its header should be: ${STRONG_CURRENT_HEADER.join(',')}`,
    });
  });

  it('says which headers it expected for a file of neither app', () => {
    const result = detectTrainingFormat(['Date', 'Exercise', 'Sets', 'Reps', 'Weight']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toContain('not a Strong or Hevy export');
    for (const header of [STRONG_CURRENT_HEADER.join(','), SEMICOLON, OLDER.replaceAll(';', ','), HEVY])
      expect(result.reason).toContain(header);
  });
});
