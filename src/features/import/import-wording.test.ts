import { describe, expect, it } from 'vitest';
import { presetParameters } from '../../domain/exercise-draft';
import {
  alreadyImportedText,
  choiceNote,
  dateRange,
  doneText,
  exportName,
  newExerciseOffer,
  problemText,
  progressText,
  readingText,
  suggestionNote,
  unfitWarning,
  whyCannotImport,
} from './import-wording';

const plank = { title: 'Plank', preset: 'timed' as const, parameters: presetParameters('timed'), equipment: 'bodyweight' as const };

describe('the import screens’ words', () => {
  it('name the export and its variant, Strong’s current one plainly', () => {
    expect(exportName('strong', 'current')).toBe('Strong export');
    expect(exportName('strong', 'semicolon')).toBe('Strong export (semicolon-separated)');
    expect(exportName('hevy', 'imperial')).toBe('Hevy export (imperial)');
  });

  it('say a line left out by its number and reason', () => {
    expect(problemText({ line: 14, reason: "Reps '-3' is negative" })).toBe("Line 14: Reps '-3' is negative");
  });

  it('give one day for a file of one day', () => {
    const day = new Date(2024, 4, 2, 18).getTime() / 1000;
    expect(dateRange(day, day + 3600)).not.toContain('–');
    expect(dateRange(day, day + 2 * 86_400)).toContain(' – ');
    expect(dateRange(undefined, undefined)).toBe('No workouts');
  });

  it('note how an exercise was chosen, and a new one’s format', () => {
    expect(choiceNote({ address: 'a', title: 'Bench', how: 'remembered' }, plank)).toBe('remembered');
    expect(choiceNote({ address: 'a', title: 'Bench', how: 'table' }, plank)).toBe('same name');
    expect(choiceNote({ address: 'a', title: 'Bench', how: 'similar' }, plank)).toBe('similar');
    expect(choiceNote({ create: true }, plank)).toBe('new exercise · Timed');
    const weightAndDistance = {
      ...plank,
      preset: undefined,
      parameters: [
        { name: 'weight', unit: 'kg' },
        { name: 'distance', unit: 'km' },
      ],
    };
    expect(choiceNote({ create: true }, weightAndDistance)).toBe('new exercise · Weight · Distance');
  });

  it('warn only when a format is known not to fit', () => {
    expect(unfitWarning({ fits: true })).toBeUndefined();
    expect(unfitWarning({})).toBeUndefined();
    expect(unfitWarning({ fits: false, reason: 'It logs no time.' })).toBe('It logs no time.');
    expect(suggestionNote({ fits: true })).toBe('Suggested');
    expect(suggestionNote({ fits: false, reason: 'It logs no time.' })).toBe('Suggested · It logs no time.');
  });

  it('offer a new own exercise in the picker with its format', () => {
    expect(newExerciseOffer(plank)).toEqual({ title: 'Create “Plank” as my own exercise', meta: 'New exercise · Timed' });
  });

  it('count the workouts already here', () => {
    expect(alreadyImportedText(1)).toBe('1 already imported: it will be skipped.');
    expect(alreadyImportedText(12)).toBe('12 already imported: they will be skipped.');
  });

  it('say how much of the file is read, then that the workouts are put together', () => {
    expect(readingText(0)).toBe('0% of the file read');
    expect(readingText(0.999)).toBe('99% of the file read');
    expect(readingText(1)).toBe('Putting the workouts together…');
  });

  it('count the progress and what an import did', () => {
    expect(progressText({ state: 'running', done: 312, total: 750, skipped: 0, created: 0 })).toBe('312 of 750 workouts');
    expect(doneText({ state: 'done', done: 1, total: 1, skipped: 0, created: 0 })).toBe('1 workout imported');
    expect(doneText({ state: 'done', done: 750, total: 753, skipped: 3, created: 5 })).toBe(
      '750 workouts imported · 3 already here · 5 own exercises created',
    );
  });

  it('say why a signed-out, read-only or not backed-up account cannot import', () => {
    const ready = { status: 'ready' as const, type: 'local' as const, pubkey: 'p', npub: 'n', canSign: true, needsBackup: false };
    expect(whyCannotImport({ status: 'signed-out' })).toMatch(/^Sign in first/);
    expect(whyCannotImport({ ...ready, type: 'read-only', canSign: false })).toMatch(/read-only/);
    expect(whyCannotImport({ ...ready, status: 'locked' })).toMatch(/^Unlock your key/);
    expect(whyCannotImport({ ...ready, needsBackup: true })).toMatch(/^Back up your new key first/);
    expect(whyCannotImport(ready)).toBeUndefined();
  });
});
