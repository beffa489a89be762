import { describe, expect, it } from 'vitest';
import { STRENGTH_FORMAT, type ExerciseFormat } from '../domain/exercise-format';
import {
  formatDistance,
  formatPace,
  formatPaceNote,
  formatSet,
  formatSetLoad,
  formatSetShort,
  prText,
  setColumnHeading,
  setFieldName,
  type SetValueField,
} from './set-text';

const SET_TYPES = 'warmup|normal|drop|failure';
const TIMED: ExerciseFormat = { names: ['duration', 'rpe', 'set_type'], units: ['seconds', '0-10', SET_TYPES] };
const CARDIO: ExerciseFormat = { names: ['duration', 'distance', 'rpe', 'set_type'], units: ['seconds', 'km', '0-10', SET_TYPES] };
const TEMPO: ExerciseFormat = { names: ['weight', 'reps', 'tempo'], units: ['kg', 'count', 'sec'] };

describe('formatSetLoad', () => {
  it('shows load × reps in the unit', () => {
    expect(formatSetLoad({ weightKg: 100, reps: 5 }, 'kg')).toBe('100 kg × 5');
    expect(formatSetLoad({ weightKg: 100, reps: 5 }, 'lb')).toBe('220.5 lb × 5');
    expect(formatSetLoad({ weightKg: 82.5, reps: 8 }, 'kg')).toBe('82.5 kg × 8');
  });
  it('words bodyweight as BW, a negative load as assistance, and a format without weight as reps', () => {
    expect(formatSetLoad({ weightKg: null, reps: 12 }, 'kg')).toBe('BW × 12');
    expect(formatSetLoad({ weightKg: 0, reps: 12 }, 'kg')).toBe('BW × 12');
    expect(formatSetLoad({ weightKg: -10, reps: 8 }, 'kg')).toBe('10 kg assisted × 8');
    expect(formatSetLoad({ reps: 12 }, 'kg')).toBe('12 reps');
  });
  it('leaves out reps that were not written', () => {
    expect(formatSetLoad({ weightKg: 60 }, 'kg')).toBe('60 kg');
  });
});

describe('formatSet', () => {
  it('adds the RPE to a strength set', () => {
    expect(formatSet({ params: ['100', '5', '8', 'normal'], weightKg: 100, reps: 5, rpe: 8 }, 'kg', STRENGTH_FORMAT)).toBe(
      '100 kg × 5 @ 8',
    );
    expect(formatSet({ params: ['', '20', '', 'normal'], weightKg: null, reps: 20 }, 'kg')).toBe('BW × 20');
  });
  it('shows a hold as its time, a row as distance, time and pace, a carry as load for a time', () => {
    expect(formatSet({ params: ['90', '7', 'normal'], durationSeconds: 90, rpe: 7 }, 'kg', TIMED)).toBe('1:30 @ 7');
    const row = { params: ['485', '2', '7', 'normal'], durationSeconds: 485, distanceMetres: 2000, rpe: 7 };
    expect(formatSet(row, 'kg', CARDIO)).toBe('2 km in 8:05 · 4:03 /km @ 7');
    expect(formatSet(row, 'lb', CARDIO)).toBe('1.24 mi in 8:05 · 6:30 /mi @ 7');
    expect(formatSet({ params: ['40', '45', '8', 'normal'], weightKg: 40, durationSeconds: 45, rpe: 8 }, 'kg')).toBe('40 kg for 0:45 @ 8');
  });
  it('labels the values of parameters it does not read by meaning', () => {
    expect(formatSet({ params: ['60', '8', '3-1-1'], weightKg: 60, reps: 8 }, 'kg', TEMPO)).toBe('60 kg × 8 · Tempo 3-1-1 sec');
  });
  it('shows a set whose values did not read as written, labelled where the format is known', () => {
    expect(formatSet({ params: ['5000', '', '1500'] }, 'kg')).toBe('5000 · 1500');
    expect(formatSet({ params: ['-30', '7', 'normal'] }, 'kg', TIMED)).toBe('Duration -30 seconds · RPE 7');
  });
});

describe('formatSetShort', () => {
  it('keeps what was lifted, held or covered, without RPE, pace or other values', () => {
    expect(formatSetShort({ params: ['100', '5', '8', 'normal'], weightKg: 100, reps: 5, rpe: 8 }, 'kg', STRENGTH_FORMAT)).toBe(
      '100 kg × 5',
    );
    expect(formatSetShort({ params: ['90', '7', 'normal'], durationSeconds: 90, rpe: 7 }, 'kg', TIMED)).toBe('1:30');
    const row = { params: ['485', '2', '7', 'normal'], durationSeconds: 485, distanceMetres: 2000, rpe: 7 };
    expect(formatSetShort(row, 'kg', CARDIO)).toBe('2 km in 8:05');
    expect(formatSetShort({ params: ['60', '8', '3-1-1'], weightKg: 60, reps: 8 }, 'kg', TEMPO)).toBe('60 kg × 8');
  });
  it('shows values as written when none reads by meaning', () => {
    const tempoOnly: ExerciseFormat = { names: ['tempo', 'set_type'], units: ['sec', SET_TYPES] };
    expect(formatSetShort({ params: ['3-1-1', 'normal'] }, 'kg', tempoOnly)).toBe('Tempo 3-1-1 sec');
    expect(formatSetShort({ params: ['', 'normal'] }, 'kg', tempoOnly)).toBe('—');
  });
});

describe('set fields', () => {
  it('names each field as its input is labelled', () => {
    const fields: SetValueField[] = ['weight', 'reps', 'rpe', 'duration', 'distance', 'param:tempo', 'param:band_colour'];
    expect(fields.map(setFieldName)).toEqual(['Weight', 'Reps', 'RPE', 'Time', 'Distance', 'Tempo', 'Band colour']);
  });
  it('heads a weight or distance column with the person’s unit', () => {
    expect(setColumnHeading('weight', 'lb')).toBe('lb');
    expect(setColumnHeading('distance', 'kg')).toBe('km');
    expect(setColumnHeading('distance', 'lb')).toBe('mi');
    expect(setColumnHeading('duration', 'kg')).toBe('Time');
  });
});

describe('distances and paces', () => {
  it('words a distance in km (m under one) or miles by the unit setting', () => {
    expect(formatDistance(2000, 'kg')).toBe('2 km');
    expect(formatDistance(5210, 'kg')).toBe('5.21 km');
    expect(formatDistance(400, 'kg')).toBe('400 m');
    expect(formatDistance(2000, 'lb')).toBe('1.24 mi');
  });
  it('has no pace without a distance and a time', () => {
    expect(formatPace({ distanceMetres: 5000, durationSeconds: 1500 }, 'kg')).toBe('5:00 /km');
    expect(formatPace({ distanceMetres: 0, durationSeconds: 1500 }, 'kg')).toBeUndefined();
    expect(formatPace({ distanceMetres: 5000 }, 'kg')).toBeUndefined();
  });
  it('notes the pace under a set in words', () => {
    expect(formatPaceNote({ distanceMetres: 2000, durationSeconds: 485 }, 'kg')).toBe('Pace 4:03 /km');
    expect(formatPaceNote({ distanceMetres: 2000 }, 'kg')).toBeUndefined();
  });
});

describe('prText', () => {
  it('words each metric with its value in the person’s units', () => {
    expect(prText({ metric: 'duration', value: 95 }, 'kg')).toEqual({ label: 'Longest time', value: '1:35' });
    expect(prText({ metric: 'distance', value: 5000 }, 'lb')).toEqual({ label: 'Longest distance', value: '3.11 mi' });
    expect(prText({ metric: 'pace', value: 300 }, 'kg')).toEqual({ label: 'Fastest pace', value: '5:00 /km' });
    expect(prText({ metric: 'reps', value: 8, weightKg: 100 }, 'kg')).toEqual({ label: 'Most reps at 100 kg', value: '8 reps' });
    expect(prText({ metric: 'reps', value: 20 }, 'kg')).toEqual({ label: 'Most reps in a set', value: '20 reps' });
    expect(prText({ metric: '5k', value: 1234 }, 'kg')).toEqual({ label: '5k', value: '1234' });
  });
});
