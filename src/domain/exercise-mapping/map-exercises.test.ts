import { describe, expect, it } from 'vitest';
import { indexLibrary, type LibraryExercise } from './library-index';
import { mapExercises } from './map-exercises';
import { emptyRememberedMapping, rememberChoices } from './remembered-mapping';

const PACK = 'a'.repeat(64);
const ME = 'b'.repeat(64);
const STRENGTH = ['weight', 'reps', 'rpe', 'set_type'];
const CARDIO = ['duration', 'distance', 'rpe', 'set_type'];

const starter = (d: string, title: string, equipment: string, format = STRENGTH): LibraryExercise => ({
  address: `33401:${PACK}:${d}`,
  title,
  equipment,
  format,
});
const BENCH = starter('Barbell_Bench_Press_-_Medium_Grip', 'Barbell Bench Press - Medium Grip', 'barbell');
const PLANK = starter('Plank', 'Plank', 'bodyweight');
const LYING_LEG_CURLS = starter('Lying_Leg_Curls', 'Lying Leg Curls', 'machine');
const TREADMILL = starter('Running_Treadmill', 'Running, Treadmill', 'machine', CARDIO);
const MY_BENCH: LibraryExercise = { address: `33401:${ME}:my-bench`, title: 'My Bench', equipment: 'barbell', format: STRENGTH };
const library = indexLibrary([BENCH, PLANK, LYING_LEG_CURLS, TREADMILL, MY_BENCH], PACK);

const LIFT = [{ weightKg: 80, reps: 5 }];
const HOLD = [{ weightKg: null, durationSeconds: 60 }];

describe('mapExercises', () => {
  it('gives the name table’s starter exercise', () => {
    const [entry] = mapExercises([{ name: 'Bench Press (Barbell)', sets: LIFT }], library, emptyRememberedMapping());
    expect(entry?.match).toEqual({ address: BENCH.address, title: BENCH.title, how: 'table', fits: true });
  });

  it('gives a remembered choice before the table, for the name in any spelling', () => {
    const remembered = rememberChoices(emptyRememberedMapping(), [{ name: 'Bench Press (Barbell)', address: MY_BENCH.address }]);
    const entries = mapExercises([{ name: 'barbell bench press', sets: LIFT }], library, remembered);
    expect(entries[0]?.match).toEqual({ address: MY_BENCH.address, title: 'My Bench', how: 'remembered', fits: true });
  });

  it('falls back to the table when the remembered exercise is no longer in the library', () => {
    const remembered = rememberChoices(emptyRememberedMapping(), [{ name: 'Bench Press (Barbell)', address: `33401:${ME}:deleted` }]);
    expect(mapExercises([{ name: 'Bench Press (Barbell)', sets: LIFT }], library, remembered)[0]?.match?.how).toBe('table');
  });

  it('offers a table exercise that cannot hold the sets, and makes an own exercise of their format instead', () => {
    const [entry] = mapExercises([{ name: 'Plank', sets: HOLD }], library, emptyRememberedMapping());
    expect(entry?.match).toBeUndefined();
    expect(entry?.suggestion).toEqual({
      address: PLANK.address,
      title: 'Plank',
      how: 'table',
      fits: false,
      reason: '“Plank” logs weight, reps and RPE: the times of 1 set would be lost.',
    });
    expect(entry?.newExercise).toMatchObject({ title: 'Plank', preset: 'timed' });
  });

  it('keeps a remembered choice that cannot hold the sets, saying so', () => {
    const remembered = rememberChoices(emptyRememberedMapping(), [{ name: 'Plank', address: PLANK.address }]);
    const [entry] = mapExercises([{ name: 'Plank', sets: HOLD }], library, remembered);
    expect(entry?.match).toMatchObject({ how: 'remembered', fits: false });
  });

  it('chooses a library exercise alike enough when the table has no row for the name', () => {
    const [entry] = mapExercises([{ name: 'Lying Leg Curl', sets: LIFT }], library, emptyRememberedMapping());
    expect(entry?.match).toEqual({ address: LYING_LEG_CURLS.address, title: 'Lying Leg Curls', how: 'similar', score: 1, fits: true });
  });

  it('chooses a library exercise of the same title, even among titles nearly the same (Plates’ own export read back)', () => {
    const wide = starter('Barbell_Bench_Press_-_Wide_Grip', 'Barbell Bench Press - Wide Grip', 'barbell');
    const withWide = indexLibrary([BENCH, wide, PLANK], PACK);
    const [entry] = mapExercises([{ name: 'Barbell Bench Press - Medium Grip', sets: LIFT }], withWide, emptyRememberedMapping());
    expect(entry?.match).toEqual({ address: BENCH.address, title: BENCH.title, how: 'similar', score: 1, fits: true });
  });

  it('makes an own exercise for a name nothing is like', () => {
    const [entry] = mapExercises([{ name: 'Burpee', sets: [{ weightKg: null, reps: 15 }] }], library, emptyRememberedMapping());
    expect(entry).toEqual({
      name: 'Burpee',
      setCount: 1,
      newExercise: {
        title: 'Burpee',
        preset: 'bodyweight',
        parameters: [
          { name: 'reps', unit: 'count' },
          { name: 'rpe', unit: '0-10' },
          { name: 'set_type', unit: 'warmup|normal|drop|failure' },
        ],
        equipment: 'bodyweight',
      },
    });
  });

  it('gives one entry per name however often and however it is written, in the order names first appear', () => {
    const entries = mapExercises(
      [
        { name: 'Bench Press (Barbell)', sets: LIFT },
        { name: 'Plank', sets: HOLD },
        { name: 'bench press (barbell)', sets: [...LIFT, ...LIFT] },
      ],
      library,
      emptyRememberedMapping(),
    );
    expect(entries.map((entry) => [entry.name, entry.setCount])).toEqual([
      ['Bench Press (Barbell)', 3],
      ['Plank', 1],
    ]);
  });

  it('writes a new exercise’s distances in the unit given', () => {
    const [entry] = mapExercises([{ name: 'Swimming', sets: [{ distanceMetres: 1500 }] }], library, emptyRememberedMapping(), 'mi');
    expect(entry?.newExercise.parameters[0]).toEqual({ name: 'distance', unit: 'mi' });
  });
});
