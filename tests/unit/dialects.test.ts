import { describe, expect, it } from 'vitest';
import {
  amethystRecord,
  powrExercise,
  powrNativeExercise,
  powrNativeRecord,
  powrNativeTemplate,
  powrRecord,
  powrTemplate,
  powrWebExercise,
  powrWebRecord,
  powrWebTemplate,
  powrWebTestTemplate,
  runstrPwaRun,
  runstrRun,
} from '../../src/testing/dialect-events';
import { parseExercise } from '../../src/domain/exercise';
import type { ParseResult } from '../../src/domain/result';
import { parseTemplate } from '../../src/domain/template';
import { parseWorkoutRecord, recordTitle } from '../../src/domain/workout-record';

/** Each event is built exactly as that app builds it (docs/dialects.md, src/testing/dialect-events.ts). */
function read<T>(result: ParseResult<T>): T {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.value;
}

const setNumbers = (sets: ReadonlyArray<{ setNumber: number }>) => sets.map((set) => set.setNumber);

describe('POWR web', () => {
  it('record: start and end written in milliseconds are read as seconds, and said', () => {
    const event = powrWebRecord({ startMs: 1_700_000_000_000, endMs: 1_700_001_800_000 });
    const record = read(parseWorkoutRecord(event));
    expect(record).toMatchObject({ start: 1_700_000_000, end: 1_700_001_800 });
    expect(record.notUnderstood).toHaveLength(2);
    expect(record.sets[0]).toMatchObject({ weightKg: null, reps: 10, setType: 'normal' });
  });

  it('template: set numbers restarting at 1 for each exercise are straight sets, not a superset', () => {
    const template = read(parseTemplate(powrWebTemplate()));
    expect(template.type).toBe('strength');
    expect(setNumbers(template.sets)).toEqual(template.sets.map((_, i) => i + 1));
  });

  it('exercise: an ["image", url] tag is its photo', () => {
    const exercise = read(parseExercise(powrWebExercise()));
    expect(exercise.media).toEqual([{ url: expect.stringMatching(/^https:\/\//) }]);
  });

  it('test publisher template: ["exercise", ref, sets, reps, weight] is that many sets to fill in', () => {
    const template = read(parseTemplate(powrWebTestTemplate()));
    const first = template.sets.filter((set) => set.exerciseAddress === template.sets[0]?.exerciseAddress);
    expect(first).toHaveLength(3);
    expect(first[0]).toMatchObject({ relayHint: '', params: ['0', '10', '', 'normal'] });
    expect(setNumbers(template.sets)).toEqual(template.sets.map((_, i) => i + 1));
  });
});

describe('POWR React Native', () => {
  it('record: device-made references, sets without RPE and a template without pubkey are read, not refused', () => {
    const event = powrNativeRecord();
    const record = read(parseWorkoutRecord(event));
    expect(record.sets[0]?.exerciseAddress).toMatch(new RegExp(`^33401:${event.pubkey}:local:`));
    expect(record.sets[0]).toMatchObject({ params: ['100', '5', 'normal'], weightKg: 100, reps: 5, setType: 'normal' });
    expect(record.sets[0]?.rpe).toBeUndefined();
    expect(record.templateAddress).toMatch(new RegExp(`^33402:${event.pubkey}:local:`));
  });

  it('template: ["exercise", ref, sets, reps, set type] is that many sets of those reps', () => {
    const template = read(parseTemplate(powrNativeTemplate()));
    expect(template.sets).toHaveLength(3);
    expect(template.sets[0]).toMatchObject({ relayHint: '', params: ['', '10', '', 'normal'], setNumber: 1 });
  });

  it('exercise: format_units as flattened name/unit pairs', () => {
    const exercise = read(parseExercise(powrNativeExercise()));
    expect(exercise.format).toEqual(['weight', 'reps', 'rpe', 'set_type']);
    expect(exercise.formatUnits).toEqual(['kg', 'count', '0-10', 'warmup|normal|drop|failure']);
  });
});

describe('current POWR', () => {
  it('record: 8-element tags with relay hints and a client tag, as before', () => {
    const record = read(parseWorkoutRecord(powrRecord()));
    expect(record.sets[0]).toMatchObject({ relayHint: 'wss://relay.powr.build', weightKg: 84, reps: 8, rpe: 8, setNumber: 1 });
    expect(record.notUnderstood).toBeUndefined();
  });

  it('template: per-exercise set numbers are straight sets; exercise as before', () => {
    const template = read(parseTemplate(powrTemplate()));
    expect(setNumbers(template.sets)).toEqual(template.sets.map((_, i) => i + 1));
    expect(read(parseExercise(powrExercise())).format).toEqual(['weight', 'reps', 'rpe', 'set_type']);
  });
});

describe('Amethyst and RUNSTR (the running dialect)', () => {
  it('Amethyst: a run without a title is named by its activity', () => {
    const record = read(parseWorkoutRecord(amethystRecord()));
    expect(record.title).toBe('');
    expect(recordTitle(record)).toBe('Running');
    expect(record.activity).toBe('running');
  });

  it('RUNSTR app: created_at is the start of the run', () => {
    const event = runstrRun();
    const record = read(parseWorkoutRecord(event));
    expect(record.start).toBe(event.created_at);
    expect(record.end).toBe(event.created_at + (record.durationSeconds ?? 0));
    expect(record.distance).toEqual({ value: 5.2, unit: 'km' });
  });

  it('RUNSTR web app: an empty title and the short verb "run", created_at when it was saved', () => {
    const event = runstrPwaRun();
    const record = read(parseWorkoutRecord(event));
    expect(recordTitle(record)).toBe('Running');
    expect(record.end).toBe(event.created_at);
    expect(record.end - record.start).toBe(30 * 60);
  });
});
