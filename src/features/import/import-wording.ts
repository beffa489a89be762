import type { NewExercise } from '../../domain/exercise-mapping/new-exercise';
import type { ImportProblem, TrainingApp } from '../../domain/training-csv/training-file';
import type { ShownChoice } from '../../store/training-import-store';
import { FORMAT_PRESET_NAMES, formatCount, formatDay, formatParameters } from '../../ui/format';
import type { AccountState, TrainingImportProgress } from '../../worker/api';

/** The import screens' words: which export a file is, how a name was matched, how far the import has come. */

const APP_NAMES: Record<TrainingApp, string> = { strong: 'Strong', hevy: 'Hevy' };

/** Strong's current export is the one most people have; every other variant is named. */
const VARIANT_NAMES: Readonly<Record<string, string>> = {
  semicolon: 'semicolon-separated',
  older: 'older',
  metric: 'metric',
  imperial: 'imperial',
};

/** "Strong export", "Hevy export (imperial)". */
export function exportName(app: TrainingApp, variant: string): string {
  const name = `${APP_NAMES[app]} export`;
  if (app === 'strong' && variant === 'current') return name;
  return `${name} (${VARIANT_NAMES[variant] ?? variant})`;
}

/** "Tue, 2 May 2024 – Sat, 4 May 2024", one day when the file holds one. */
export function dateRange(first: number | undefined, last: number | undefined): string {
  if (first === undefined || last === undefined) return 'No workouts';
  const from = formatDay(first);
  const to = formatDay(last);
  return from === to ? from : `${from} – ${to}`;
}

/** "Line 14: Reps '-3' is negative". */
export function problemText({ line, reason }: ImportProblem): string {
  return `Line ${line}: ${reason}`;
}

const HOW_NOTES: Record<Exclude<ShownChoice, { create: true }>['how'], string> = {
  remembered: 'remembered',
  table: 'same name',
  similar: 'similar',
  picked: 'your choice',
};

/** "3 already imported: they will be skipped." */
export function alreadyImportedText(count: number): string {
  return count === 1 ? '1 already imported: it will be skipped.' : `${count} already imported: they will be skipped.`;
}

/** The small note under a chosen exercise: how it was chosen, or the format a new own exercise gets. */
export function choiceNote(choice: ShownChoice, newExercise: NewExercise): string {
  return 'create' in choice ? newExerciseNote(newExercise) : HOW_NOTES[choice.how];
}

/** "new exercise · Timed": a new own exercise and its format (its preset, else its parameters). */
function newExerciseNote(newExercise: NewExercise): string {
  return `new exercise · ${formatName(newExercise)}`;
}

/** The picker's offer of a new own exercise for a name: "Create “Plank” as my own exercise", "New exercise · Timed". */
export function newExerciseOffer(newExercise: NewExercise): { title: string; meta: string } {
  return { title: `Create “${newExercise.title}” as my own exercise`, meta: `New exercise · ${formatName(newExercise)}` };
}

function formatName({ preset, parameters }: NewExercise): string {
  return preset ? FORMAT_PRESET_NAMES[preset] : formatParameters(parameters.map((parameter) => parameter.name));
}

/** What an exercise whose format does not fit the sets would lose; undefined when it fits or its fit is not known. */
export function unfitWarning({ fits, reason }: { fits?: boolean; reason?: string }): string | undefined {
  if (fits !== false) return undefined;
  return reason ?? 'Its format cannot hold every value of these sets.';
}

/** The picker's note under the suggested exercise: "Suggested", with what would be lost when its format does not fit. */
export function suggestionNote(suggestion: { fits?: boolean; reason?: string }): string {
  return ['Suggested', unfitWarning(suggestion)].filter(Boolean).join(' · ');
}

/** "40% of the file read", then what is left once all of it is: putting the workouts together. */
export function readingText(share: number): string {
  return share < 1 ? `${Math.floor(share * 100)}% of the file read` : 'Putting the workouts together…';
}

/** "312 of 750 workouts". */
export function progressText({ done, total }: TrainingImportProgress): string {
  return `${done} of ${formatCount(total, 'workout')}`;
}

/** What an import did, once done: "750 workouts imported · 3 already here · 5 own exercises created". */
export function doneText({ done, skipped, created }: TrainingImportProgress): string {
  const parts = [`${formatCount(done, 'workout')} imported`];
  if (skipped > 0) parts.push(`${skipped} already here`);
  if (created > 0) parts.push(`${formatCount(created, 'own exercise')} created`);
  return parts.join(' · ');
}

/** Why the workouts cannot be signed now, or undefined when they can (the review shows either way). */
export function whyCannotImport(account: AccountState | undefined): string | undefined {
  if (!account) return 'Your account is still loading.';
  if (account.status === 'signed-out') return 'Sign in first: your workouts are signed as yours before they are saved.';
  if (account.status === 'locked')
    return 'Unlock your key with its passphrase first: your workouts are signed as yours before they are saved.';
  if (account.status === 'needs-extension') return 'Connect your browser extension first: it signs your workouts.';
  if (!account.canSign) return 'This account is read-only: sign in with a key or an extension to import workouts.';
  if (account.needsBackup) return 'Back up your new key first: workouts are signed once it is backed up.';
  return undefined;
}
