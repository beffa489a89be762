import { describe, expect, it } from 'vitest';
import { indexLibrary, type LibraryExercise } from './library-index';
import { loadStarterLibrary } from './starter-library.fixture';
import { STRONG_HEVY_NAMES } from './strong-hevy-names';
import { suggestMatch } from './suggest-match';

// The domain's tsconfig has no DOM or Node library: the timing is printed through the console vitest has.
declare const console: { log(...values: unknown[]): void };

const { pubkey, exercises: starter } = await loadStarterLibrary();
const starterLibrary = indexLibrary(starter, pubkey);

const STRENGTH = ['weight', 'reps', 'rpe', 'set_type'];
const CARDIO = ['duration', 'distance', 'rpe', 'set_type'];
const exercise = (title: string, equipment: string, format = STRENGTH): LibraryExercise => ({
  address: `33401:${'c'.repeat(64)}:${title}`,
  title,
  equipment,
  format,
});

describe('suggestMatch', () => {
  it('is tolerant of word order, case, punctuation and plurals', () => {
    const library = indexLibrary(
      [exercise('Pullups', 'bodyweight'), exercise('Seated Cable Rows', 'cable'), exercise('Barbell Squat', 'barbell')],
      '',
    );
    for (const name of ['Pull Up', 'pull-ups', 'PULLUP']) expect(suggestMatch(name, library)).toMatchObject({ score: 1, confident: true });
    expect(suggestMatch('Cable Row, Seated', library)).toMatchObject({ exercise: { title: 'Seated Cable Rows' }, confident: true });
    expect(suggestMatch('Squat (Barbell)', library)).toMatchObject({ exercise: { title: 'Barbell Squat' }, score: 1 });
  });

  it('counts the equipment in parentheses: "Curl (Dumbbell)" prefers dumbbell exercises', () => {
    expect(suggestMatch('Curl (Dumbbell)', starterLibrary)?.exercise.equipment).toBe('dumbbell');
    expect(suggestMatch('Curl (Cable)', starterLibrary)?.exercise.equipment).toBe('cable');
    const library = indexLibrary([exercise('Barbell Curl', 'barbell'), exercise('Dumbbell Curl', 'dumbbell')], '');
    expect(suggestMatch('Curl (Dumbbell)', library)).toMatchObject({ exercise: { title: 'Dumbbell Curl' }, confident: true });
    expect(suggestMatch('Curl (Barbell)', library)).toMatchObject({ exercise: { title: 'Barbell Curl' }, confident: true });
  });

  it('takes sets of reps without weight for the body as the load', () => {
    const library = indexLibrary([exercise('Kettlebell Pistol Squat', 'kettlebell'), exercise('Pistol Squat', 'bodyweight')], '');
    expect(suggestMatch('Pistol Squats', library, [{ weightKg: null, reps: 5 }])).toMatchObject({
      exercise: { title: 'Pistol Squat' },
      confident: true,
    });
  });

  it('does not choose between exercises that are equally alike', () => {
    const library = indexLibrary([exercise('Dumbbell Bicep Curl', 'dumbbell'), exercise('Machine Bicep Curl', 'machine')], '');
    expect(suggestMatch('Bicep Curl', library)?.confident).toBe(false);
  });

  it('does not take a name’s equipment-less form for a machine’s ("Dips" is not "Dip Machine")', () => {
    expect(suggestMatch('Dips', starterLibrary)?.confident).toBe(false);
  });

  it('never matches a cardio name to a strength exercise for a shared word, nor the other way', () => {
    const library = indexLibrary(
      [exercise('Seated Cable Rows', 'cable'), exercise('Walking Lunge', 'bodyweight'), exercise('Walking, Treadmill', 'machine', CARDIO)],
      '',
    );
    expect(suggestMatch('Rowing (Machine)', library, [{ distanceMetres: 2000, durationSeconds: 480 }])).toBeUndefined();
    expect(suggestMatch('Walking', library, [{ durationSeconds: 1800 }])?.exercise.title).toBe('Walking, Treadmill');
    expect(suggestMatch('Walking Lunges', library, [{ weightKg: null, reps: 20 }])?.exercise.title).toBe('Walking Lunge');
    expect(suggestMatch('Rowing (Machine)', starterLibrary, [{ distanceMetres: 2000 }])?.exercise.title).toBe('Rowing, Stationary');
    expect(suggestMatch('Running', starterLibrary, [{ distanceMetres: 5000 }])?.exercise.format).toEqual(CARDIO);
  });

  it('finds nothing for a name no title shares a word with', () => {
    expect(suggestMatch('Burpee', starterLibrary)).toBeUndefined();
    expect(suggestMatch('', starterLibrary)).toBeUndefined();
  });

  it('matches 300 names against 5,000 exercises quickly (prints the time)', () => {
    const modifiers = ['', ' Paused', ' Tempo', ' Single-Arm', ' Close-Grip', ' Banded'];
    const big = modifiers
      .flatMap((modifier, i) => starter.map((entry) => ({ ...entry, address: `${entry.address}:${i}`, title: entry.title + modifier })))
      .slice(0, 5000);
    const names = STRONG_HEVY_NAMES.map(([name]) => name)
      .flatMap((name) => [name, `${name} (Paused)`])
      .slice(0, 300);
    const started = Date.now();
    const library = indexLibrary(big, pubkey);
    const indexed = Date.now();
    const found = names.filter((name) => suggestMatch(name, library)).length;
    const finished = Date.now();
    console.log(
      `suggestMatch: index of ${big.length} exercises in ${indexed - started} ms, ${names.length} names in ${finished - indexed} ms`,
    );
    expect(found).toBeGreaterThan(250);
  });
});
