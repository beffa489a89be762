import { describe, expect, it } from 'vitest';
import type { WorkoutTemplate } from '../../domain/template';
import type { TemplateDetail } from '../../worker/api';
import { draftFromTemplate } from './draft-from-template';
import { draftToTemplate } from './draft-to-template';
import { addExercise, editSetValue, emptyDraft } from './template-draft';

/** Prescriptions of every format: typed in the person's units, stored in the exercise's. */

const PUBKEY = 'a'.repeat(64);
const TYPES = 'warmup|normal|drop|failure';
const PLANK = {
  address: `33401:${PUBKEY}:plank`,
  title: 'Plank',
  format: ['duration', 'rpe', 'set_type'],
  units: ['seconds', '0-10', TYPES],
};
const ROW = {
  address: `33401:${PUBKEY}:row`,
  title: 'Row',
  format: ['duration', 'distance', 'rpe', 'set_type'],
  units: ['seconds', 'm', '0-10', TYPES],
};
const TEMPO = {
  address: `33401:${PUBKEY}:tempo`,
  title: 'Tempo squat',
  format: ['weight', 'reps', 'tempo'],
  units: ['kg', 'count', 'sec'],
};

function typed(unit: 'kg' | 'lb', exercise: typeof PLANK, values: string[]) {
  let draft = addExercise({ ...emptyDraft(unit), title: 'T' }, exercise);
  const [first] = draft.exercises;
  values.forEach((text, i) => (draft = editSetValue(draft, first?.key ?? '', first?.sets[0]?.key ?? '', i, text)));
  return draftToTemplate(draft);
}

describe('a prescription', () => {
  it('takes a time as seconds or minutes:seconds and stores seconds', () => {
    expect(typed('kg', PLANK, ['1:30', '', 'normal']).template?.sets[0]?.params).toEqual(['90', '', 'normal']);
    expect(typed('kg', PLANK, ['-5', '', 'normal']).errors).toEqual({ 'value:x2:0': 'Time can’t be negative.' });
  });

  it('takes a distance in km (or mi) and stores it in the exercise’s unit', () => {
    expect(typed('kg', ROW, ['', '2', '', 'normal']).template?.sets[0]?.params).toEqual(['', '2000', '', 'normal']);
    expect(typed('lb', ROW, ['', '1', '', 'normal']).template?.sets[0]?.params).toEqual(['', '1609.34', '', 'normal']);
    expect(typed('kg', ROW, ['', 'far', '', 'normal']).errors).toEqual({
      'value:x2:1': 'Distance must be a number of kilometres, like 2.5.',
    });
  });

  it('keeps an exercise’s own parameter as typed', () => {
    expect(typed('kg', TEMPO, ['60', '8', '3-1-1']).template?.sets[0]?.params).toEqual(['60', '8', '3-1-1']);
  });

  it('is shown to edit again in the person’s units: a clock, km or miles', () => {
    const template: WorkoutTemplate = {
      d: 't',
      title: 'T',
      type: 'circuit',
      description: '',
      hashtags: [],
      sets: [
        { exerciseAddress: PLANK.address, relayHint: '', params: ['90', '', 'normal'], setNumber: 1 },
        { exerciseAddress: ROW.address, relayHint: '', params: ['485', '2000', '', 'normal'], setNumber: 2 },
      ],
    };
    const detail = { exercises: [PLANK, ROW].map((e) => ({ ...e, sets: [] })) } as unknown as TemplateDetail;
    const values = (unit: 'kg' | 'lb') => draftFromTemplate(template, detail, unit, false).exercises.map((e) => e.sets[0]?.values);
    expect(values('kg')).toEqual([
      ['1:30', '', 'normal'],
      ['8:05', '2', '', 'normal'],
    ]);
    expect(values('lb')[1]).toEqual(['8:05', '1.243', '', 'normal']);
  });
});
