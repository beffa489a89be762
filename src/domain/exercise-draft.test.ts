import { describe, expect, it } from 'vitest';
import { buildExercise, parseExercise, type ExerciseDefinition } from './exercise';
import {
  addParameter,
  applyPreset,
  draftFromExercise,
  draftToExercise,
  emptyExerciseDraft,
  exerciseProblems,
  FORMAT_PRESET_IDS,
  moveParameter,
  presetOf,
  presetParameters,
  removeParameter,
  renameParameter,
  setParameterUnit,
  toggleMuscle,
  unusedParameters,
  type ExerciseDraft,
} from './exercise-draft';

const SHA = 'ab'.repeat(32);

function filled(change: Partial<ExerciseDraft> = {}): ExerciseDraft {
  return {
    ...emptyExerciseDraft(),
    d: 'landmine-press-1a2b3c4d',
    title: '  Landmine press ',
    equipment: 'barbell',
    difficulty: 'intermediate',
    muscles: ['shoulders', 'triceps'],
    tags: 'Compound, push , #Unilateral Work',
    instructions: 'Kneel.\nPress up and forward.\n',
    photos: [{ url: 'https://example.com/landmine.jpg', mime: 'image/jpeg', sha256: SHA, dim: '640x480' }],
    ...change,
  };
}

/** build → sign-free parse: what Plates writes, Plates (and any NIP-101e reader) reads back the same. */
function roundTrip(exercise: ExerciseDefinition): ExerciseDefinition {
  const event = buildExercise(exercise, 1_700_000_000);
  const parsed = parseExercise(event);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
}

describe('the exercise draft', () => {
  it('becomes a canonical 33401 that parses back to the same exercise', () => {
    const { exercise, problems } = draftToExercise(filled());
    expect(problems).toEqual({});
    if (!exercise) throw new Error('no exercise');
    const event = buildExercise(exercise, 1_700_000_000);
    expect(event.kind).toBe(33401);
    expect(event.content).toBe('Kneel.\nPress up and forward.');
    expect(event.tags).toEqual([
      ['d', 'landmine-press-1a2b3c4d'],
      ['title', 'Landmine press'],
      ['format', 'weight', 'reps', 'rpe', 'set_type'],
      ['format_units', 'kg', 'count', '0-10', 'warmup|normal|drop|failure'],
      ['equipment', 'barbell'],
      ['difficulty', 'intermediate'],
      ['imeta', 'url https://example.com/landmine.jpg', 'm image/jpeg', 'dim 640x480', `x ${SHA}`],
      ['t', 'shoulders'],
      ['t', 'triceps'],
      ['t', 'compound'],
      ['t', 'push'],
      ['t', 'unilateral-work'],
    ]);
    expect(roundTrip(exercise)).toEqual(exercise);
  });

  it.each(FORMAT_PRESET_IDS)('round-trips the %s preset, in km and in miles', (preset) => {
    for (const unit of ['km', 'mi'] as const) {
      const draft = applyPreset(filled(), preset, unit);
      expect(presetOf(draft.parameters)).toBe(preset);
      const { exercise } = draftToExercise(draft);
      if (!exercise) throw new Error('no exercise');
      const parsed = roundTrip(exercise);
      expect(parsed.format).toEqual(presetParameters(preset, unit).map((p) => p.name));
      expect(parsed.formatUnits).toEqual(presetParameters(preset, unit).map((p) => p.unit));
    }
  });

  it('writes the formats the starter library and the other apps use', () => {
    expect(presetParameters('timed')).toEqual([
      { name: 'duration', unit: 'seconds' },
      { name: 'rpe', unit: '0-10' },
      { name: 'set_type', unit: 'warmup|normal|drop|failure' },
    ]);
    expect(presetParameters('cardio').map((p) => p.name)).toEqual(['duration', 'distance', 'rpe', 'set_type']);
    expect(presetParameters('carry').map((p) => p.name)).toEqual(['weight', 'duration', 'rpe', 'set_type']);
    expect(presetParameters('bodyweight').map((p) => p.name)).toEqual(['reps', 'rpe', 'set_type']);
  });

  it('is built parameter by parameter: a custom format of distance in metres and reps round-trips', () => {
    let draft = applyPreset(filled(), 'bodyweight');
    draft = addParameter(draft, 'distance');
    // set_type stays last: values are written in the format's order.
    expect(draft.parameters.map((p) => p.name)).toEqual(['reps', 'rpe', 'distance', 'set_type']);
    draft = setParameterUnit(draft, 2, 'm');
    draft = removeParameter(draft, 1);
    draft = moveParameter(draft, 1, -1);
    expect(draft.parameters).toEqual([
      { name: 'distance', unit: 'm' },
      { name: 'reps', unit: 'count' },
      { name: 'set_type', unit: 'warmup|normal|drop|failure' },
    ]);
    expect(presetOf(draft.parameters)).toBeUndefined();
    expect(unusedParameters(draft)).toEqual(['weight', 'rpe', 'duration']);
    draft = renameParameter(draft, 0, 'duration');
    expect(draft.parameters[0]).toEqual({ name: 'duration', unit: 'seconds' });
    const { exercise } = draftToExercise(draft);
    if (!exercise) throw new Error('no exercise');
    expect(roundTrip(exercise).formatUnits).toEqual(['seconds', 'count', 'warmup|normal|drop|failure']);
  });

  it('opens a stored exercise to edit (same d) or to copy (no d, the title given), keeping its photos and tags', () => {
    const stored = roundTrip(draftToExercise(filled()).exercise as ExerciseDefinition);
    const edit = draftFromExercise(stored);
    expect(edit).toMatchObject({ d: 'landmine-press-1a2b3c4d', title: 'Landmine press', muscles: ['shoulders', 'triceps'] });
    expect(edit.tags).toBe('compound, push, unilateral-work');
    expect(draftToExercise(edit).exercise).toEqual(stored);
    const copy = draftFromExercise(stored, { title: 'Landmine press (copy)' });
    expect(copy.d).toBe('');
    expect(copy.title).toBe('Landmine press (copy)');
    expect(copy.photos).toEqual(stored.media);
    expect(toggleMuscle(copy, 'shoulders').muscles).toEqual(['triceps']);
  });

  it('keeps a copied format Plates does not offer as it was written', () => {
    const other: ExerciseDefinition = {
      d: 'x',
      title: 'Rowing intervals',
      format: ['calories', 'duration'],
      formatUnits: ['kcal', 'seconds'],
      equipment: 'machine',
      hashtags: [],
      instructions: '',
      media: [],
    };
    const { exercise } = draftToExercise(draftFromExercise(other, { title: 'Rowing intervals (copy)' }));
    expect(exercise).toMatchObject({ d: '', format: ['calories', 'duration'], formatUnits: ['kcal', 'seconds'] });
  });
});

describe('exerciseProblems', () => {
  it('says what to fix, in words: empty title, no format parameter, a bad photo link', () => {
    expect(draftToExercise(filled({ title: '   ' })).problems).toEqual({ title: 'Give the exercise a title.' });
    expect(draftToExercise(filled({ parameters: [] })).problems).toEqual({
      format: 'Choose at least one thing to log per set (weight, reps, time, distance…).',
    });
    expect(
      draftToExercise(filled({ photos: [{ url: 'ftp://example.com/a.jpg' }, { url: 'https://ok.example/a b.jpg' }] })).problems,
    ).toEqual({
      'photo:0': '“ftp://example.com/a.jpg” is not a web address: give a photo by its link, starting with https://.',
      'photo:1': '“https://ok.example/a b.jpg” is not a web address: give a photo by its link, starting with https://.',
    });
  });

  it('refuses a parameter twice, one without a name or a unit, and format and units of different lengths', () => {
    const draft = filled({
      parameters: [
        { name: 'reps', unit: 'count' },
        { name: 'reps', unit: 'count' },
        { name: '', unit: 'kg' },
        { name: 'duration', unit: '' },
      ],
    });
    expect(draftToExercise(draft).problems).toEqual({
      'parameter:1': 'Parameter 2: “reps” is already logged above; each is logged once per set.',
      'parameter:2': 'Parameter 3 needs a name (weight, reps, duration…).',
      'parameter:3': 'Parameter 4 (“duration”) needs a unit without spaces.',
    });
    const exercise = draftToExercise(filled()).exercise as ExerciseDefinition;
    expect(exerciseProblems({ ...exercise, formatUnits: ['kg'] }).format).toBe('The format names 4 parameters but format_units gives 1.');
    expect(exerciseProblems({ ...exercise, equipment: ' ' }).equipment).toBe('Choose the equipment (or Other).');
  });
});
