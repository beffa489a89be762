import { describe, expect, it } from 'vitest';
import { trainingCsvSample } from '../../testing/training-csv-sample';
import { readTrainingCsv } from './training-csv';

describe('a large export (the sample a benchmark uses)', () => {
  it('is the same text for the same seed', () => {
    expect(trainingCsvSample({ app: 'strong', workouts: 20, seed: 7 }).text).toBe(
      trainingCsvSample({ app: 'strong', workouts: 20, seed: 7 }).text,
    );
    expect(trainingCsvSample({ app: 'strong', workouts: 20, seed: 7 }).text).not.toBe(
      trainingCsvSample({ app: 'strong', workouts: 20, seed: 8 }).text,
    );
  });

  it.each(['strong', 'hevy'] as const)('reads 750 workouts over five years from %s, every set', async (app) => {
    const sample = trainingCsvSample({ app, workouts: 750 });
    // Load the parser first: the figure is the parse, not the chunk's first load.
    await readTrainingCsv('Date\n', { weightUnit: 'kg' });
    const started = performance.now();
    const result = await readTrainingCsv(sample.text, { weightUnit: 'kg' });
    const milliseconds = performance.now() - started;
    if (!result.ok) throw new Error(result.reason);
    const sets = result.value.workouts.reduce(
      (total, workout) => total + workout.exercises.reduce((n, exercise) => n + exercise.sets.length, 0),
      0,
    );
    console.log(
      `${app}: ${result.value.workouts.length} workouts / ${sets} sets (${(sample.text.length / 1e6).toFixed(1)} MB) parsed in ${milliseconds.toFixed(0)} ms`,
    );
    expect(result.value.problems).toEqual([]);
    expect(result.value.workouts).toHaveLength(750);
    expect(sets).toBe(sample.sets);
    expect(sets).toBeGreaterThan(18_000);
    expect(sets).toBeLessThan(22_000);
  });
});
