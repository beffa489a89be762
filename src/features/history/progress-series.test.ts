import { describe, expect, it } from 'vitest';
import type { ExerciseSession } from '../../worker/api';
import { clockStep, niceTicks } from './chart-scale';
import { progressSeries } from './progress-series';

const session = (start: number, bests: ExerciseSession['bests']): ExerciseSession => ({ recordKey: String(start), start, sets: [], bests });

describe('progressSeries', () => {
  it('charts a lift’s estimated 1RM, oldest first, in the person’s unit', () => {
    const series = progressSeries([session(2, { e1rm: 116.667, volume: 1500 }), session(1, { e1rm: 108, volume: 1350 })], 'lb');
    expect(series).toMatchObject({ metric: 'e1rm', title: 'Estimated 1RM per session', axisUnit: 'lb' });
    expect(series?.points.map((p) => p.start)).toEqual([1, 2]);
    expect(series?.scaled(100)).toBeCloseTo(220.462, 3);
    expect(series?.text(116.667)).toBe('257.2 lb');
  });

  it('charts a row’s pace, a hold’s time, and bodyweight reps; nothing when nothing is measured', () => {
    expect(progressSeries([session(1, { distance: 2000, pace: 239 })], 'kg')).toMatchObject({ metric: 'pace', axisUnit: '/km' });
    expect(progressSeries([session(1, { duration: 105 })], 'kg')?.text(105)).toBe('1:45');
    expect(progressSeries([session(1, { reps: 20 })], 'kg')?.title).toBe('Most reps per session');
    expect(progressSeries([session(1, {})], 'kg')).toBeUndefined();
  });
});

describe('clock ticks', () => {
  it('step by whole clock times rather than 2.5 s', () => {
    expect(niceTicks(239, 248, 4, clockStep)).toEqual([235, 240, 245, 250]);
    expect(clockStep(7000)).toBe(7200);
  });
});
