import { describe, expect, it } from 'vitest';
import { indexLibrary } from './library-index';
import { mapExercises } from './map-exercises';
import { nameKey } from './name-words';
import { emptyRememberedMapping } from './remembered-mapping';
import type { SourceSet } from './set-measures';
import { loadStarterLibrary } from './starter-library.fixture';
import { STRONG_HEVY_NAMES } from './strong-hevy-names';

const { pubkey, exercises } = await loadStarterLibrary();
const library = indexLibrary(exercises, pubkey);

const LIFT: SourceSet[] = [{ weightKg: 60, reps: 8 }];
const BODY: SourceSet[] = [{ weightKg: null, reps: 10 }];
const RUN: SourceSet[] = [{ distanceMetres: 5000, durationSeconds: 1500 }];

/** Names as Strong and Hevy exports write them (and as people type them), with the starter exercise a person expects. */
const EXPECTED: ReadonlyArray<readonly [name: string, sets: SourceSet[], title: string]> = [
  ['Bench Press (Barbell)', LIFT, 'Barbell Bench Press - Medium Grip'],
  ['Bench Press (Dumbbell)', LIFT, 'Dumbbell Bench Press'],
  ['Incline Bench Press (Barbell)', LIFT, 'Barbell Incline Bench Press - Medium Grip'],
  ['Incline Bench Press (Dumbbell)', LIFT, 'Incline Dumbbell Press'],
  ['Chest Fly (Dumbbell)', LIFT, 'Dumbbell Flyes'],
  ['Butterfly (Pec Deck)', LIFT, 'Butterfly'],
  ['Cable Crossover', LIFT, 'Cable Crossover'],
  ['Chest Dip', BODY, 'Dips - Chest Version'],
  ['Push Up', BODY, 'Pushups'],
  ['Squat (Barbell)', LIFT, 'Barbell Squat'],
  ['Squat (Smith Machine)', LIFT, 'Smith Machine Squat'],
  ['Front Squat (Barbell)', LIFT, 'Front Barbell Squat'],
  ['Goblet Squat (Kettlebell)', LIFT, 'Goblet Squat'],
  ['Leg Press', LIFT, 'Leg Press'],
  ['Leg Press (Machine)', LIFT, 'Leg Press'],
  ['Leg Extension (Machine)', LIFT, 'Leg Extensions'],
  ['Lying Leg Curl (Machine)', LIFT, 'Lying Leg Curls'],
  ['Seated Leg Curl (Machine)', LIFT, 'Seated Leg Curl'],
  ['Romanian Deadlift (Barbell)', LIFT, 'Romanian Deadlift'],
  ['Hip Thrust (Barbell)', LIFT, 'Barbell Hip Thrust'],
  ['Hip Abduction (Machine)', LIFT, 'Thigh Abductor'],
  ['Standing Calf Raise (Machine)', LIFT, 'Standing Calf Raises'],
  ['Seated Calf Raise (Machine)', LIFT, 'Seated Calf Raise'],
  ['Deadlift (Barbell)', LIFT, 'Barbell Deadlift'],
  ['Deadlift (Trap bar)', LIFT, 'Trap Bar Deadlift'],
  ['Bent Over Row (Barbell)', LIFT, 'Bent Over Barbell Row'],
  ['Dumbbell Row', LIFT, 'One-Arm Dumbbell Row'],
  ['Seated Row (Cable)', LIFT, 'Seated Cable Rows'],
  ['Seated Cable Row - V Grip (Cable)', LIFT, 'Seated Cable Rows'],
  ['Lat Pulldown (Cable)', LIFT, 'Wide-Grip Lat Pulldown'],
  ['Pull Up', BODY, 'Pullups'],
  ['Pull-ups', BODY, 'Pullups'],
  ['Chin Up', BODY, 'Chin-Up'],
  ['Face Pull (Cable)', LIFT, 'Face Pull'],
  ['Shrug (Dumbbell)', LIFT, 'Dumbbell Shrug'],
  ['Overhead Press (Barbell)', LIFT, 'Standing Military Press'],
  ['Shoulder Press (Dumbbell)', LIFT, 'Dumbbell Shoulder Press'],
  ['Arnold Press (Dumbbell)', LIFT, 'Arnold Dumbbell Press'],
  ['Lateral Raise (Dumbbell)', LIFT, 'Side Lateral Raise'],
  ['Bicep Curl (Barbell)', LIFT, 'Barbell Curl'],
  ['Bicep Curl (Dumbbell)', LIFT, 'Dumbbell Bicep Curl'],
  ['Hammer Curl (Dumbbell)', LIFT, 'Hammer Curls'],
  ['Preacher Curl (Barbell)', LIFT, 'Preacher Curl'],
  ['Triceps Pushdown', LIFT, 'Triceps Pushdown'],
  ['Triceps Rope Pushdown', LIFT, 'Triceps Pushdown - Rope Attachment'],
  ['Triceps Extension (Cable)', LIFT, 'Cable Rope Overhead Triceps Extension'],
  ['Skullcrusher (Barbell)', LIFT, 'Lying Triceps Press'],
  ['Crunch', BODY, 'Crunches'],
  ['Hanging Leg Raise', BODY, 'Hanging Leg Raise'],
  ['Russian Twist', BODY, 'Russian Twist'],
  ['Running (Treadmill)', RUN, 'Running, Treadmill'],
  ['Treadmill', RUN, 'Running, Treadmill'],
  ['Rowing (Machine)', RUN, 'Rowing, Stationary'],
  ['Rowing Machine', RUN, 'Rowing, Stationary'],
  ['Cycling (Indoor)', RUN, 'Bicycling, Stationary'],
  ['Spinning', RUN, 'Bicycling, Stationary'],
  ['Elliptical Machine', RUN, 'Elliptical Trainer'],
  ['Stair Machine (Floors)', RUN, 'Stairmaster'],
  // Names people type themselves, found by likeness rather than the table.
  ['Incline Dumbbell Press', LIFT, 'Incline Dumbbell Press'],
  ['Hammer Curls', LIFT, 'Hammer Curls'],
  ['Face Pulls', LIFT, 'Face Pull'],
  ['Zercher Squat', LIFT, 'Zercher Squats'],
];

describe('the Strong and Hevy name table', () => {
  it('names only exercises of the starter pack', () => {
    const ds = new Set(exercises.map((exercise) => exercise.address.split(':')[2]));
    expect(STRONG_HEVY_NAMES.filter(([, d]) => !ds.has(d))).toEqual([]);
  });

  it('has one row per name key (a second row would be a spelling the key already covers, or a contradiction)', () => {
    const keys = STRONG_HEVY_NAMES.map(([name]) => nameKey(name));
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it('maps the names of both apps to the starter exercise a person expects', () => {
    // One name per call: spellings of one name ("Pull Up", "Pull-ups") would be one entry.
    const titles = EXPECTED.map(([name, sets]) => [
      name,
      mapExercises([{ name, sets }], library, emptyRememberedMapping())[0]?.match?.title,
    ]);
    expect(titles).toEqual(EXPECTED.map(([name, , title]) => [name, title]));
  });

  it('maps the plank of the table but says that the starter Plank, of weight and reps, cannot hold its times', () => {
    const [entry] = mapExercises([{ name: 'Plank', sets: [{ durationSeconds: 60 }] }], library, emptyRememberedMapping());
    expect(entry?.suggestion).toMatchObject({ title: 'Plank', how: 'table', fits: false });
    expect(entry?.newExercise).toMatchObject({ title: 'Plank', preset: 'timed' });
  });
});
