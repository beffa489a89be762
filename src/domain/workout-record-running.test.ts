import { describe, expect, it } from 'vitest';
import { buildWorkoutRecord, parseWorkoutRecord, type WorkoutRecord } from './workout-record';

const PUBKEY = '3bf0c63fcb93463407af97a5e5ee64fa883d107ef9e558472c4eb9aaaefa459d';

function parsed(event: Parameters<typeof parseWorkoutRecord>[0]): WorkoutRecord {
  const result = parseWorkoutRecord(event);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

// The running dialect of kind 1301 (RUNSTR): an activity name, distance and hh:mm:ss duration, no start/end.
describe('parseWorkoutRecord: the running dialect', () => {
  const RUN = {
    kind: 1301,
    pubkey: PUBKEY,
    created_at: 1736952645,
    content: 'Completed a running workout with RUNSTR!',
    tags: [
      ['d', 'workout_uuid_12345'],
      ['title', 'Morning Run'],
      ['exercise', 'running'],
      ['distance', '5.2', 'km'],
      ['duration', '00:30:45'],
      ['source', 'RUNSTR'],
      ['t', 'Running'],
    ],
  };

  it('reads an activity with distance and duration, no sets, times estimated from created_at', () => {
    expect(parsed(RUN)).toEqual({
      d: 'workout_uuid_12345',
      title: 'Morning Run',
      type: 'running',
      activity: 'running',
      distance: { value: 5.2, unit: 'km' },
      durationSeconds: 1845,
      start: 1736952645 - 1845,
      end: 1736952645,
      timesEstimated: true,
      completed: true,
      sets: [],
      prs: [],
      notes: RUN.content,
      hashtags: ['running'],
      legacy: false,
    });
  });

  it('takes workout_start_time as the start', () => {
    const record = parsed({ ...RUN, tags: [...RUN.tags, ['workout_start_time', '1736950800']] });
    expect([record.start, record.end]).toEqual([1736950800, 1736950800 + 1845]);
  });

  it('keeps written start and end as they are', () => {
    const record = parsed({ ...RUN, tags: [...RUN.tags, ['start', '100'], ['end', '2000']] });
    expect([record.start, record.end, record.timesEstimated]).toEqual([100, 2000, undefined]);
  });

  it('reads "5.2 km" in one element, and miles', () => {
    const distanceOf = (...values: string[]) =>
      parsed({ ...RUN, tags: [...RUN.tags.filter((t) => t[0] !== 'distance'), ['distance', ...values]] }).distance;
    expect(distanceOf('5.2 km')).toEqual({ value: 5.2, unit: 'km' });
    expect(distanceOf('3.1', 'mi')).toEqual({ value: 3.1, unit: 'mi' });
    expect(parseWorkoutRecord({ ...RUN, tags: [...RUN.tags.filter((t) => t[0] !== 'distance'), ['distance', 'far', 'km']] })).toEqual({
      ok: false,
      reason: "distance 'far' is not a number ≥ 0",
    });
  });
});

describe('buildWorkoutRecord: the running dialect', () => {
  it('is read, not written', () => {
    const run = parsed({
      kind: 1301,
      pubkey: PUBKEY,
      created_at: 1000,
      content: '',
      tags: [
        ['d', 'r'],
        ['title', 'Run'],
        ['exercise', 'running'],
        ['duration', '600'],
      ],
    });
    expect(() => buildWorkoutRecord(run, 0)).toThrow('the running dialect (activity, distance, estimated times) is read, not written');
  });
});
