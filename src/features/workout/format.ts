import { formatWeight, fromKg, type WeightUnit } from '../../domain/units';
import type { SetType } from '../../domain/tag-values';
import type { StrengthSet } from '../../domain/strength';

/** How an exercise the library does not have (yet) is named everywhere. */
export const MISSING_EXERCISE_TITLE = 'Exercise not on this device yet';

/** Seconds as a clock: "4:05", "1:02:09". */
export function formatClock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Seconds as words for a summary: "45 min", "1 h 5 min", "40 s". */
export function formatDuration(totalSeconds: number): string {
  if (totalSeconds < 60) return `${Math.max(0, Math.round(totalSeconds))} s`;
  const minutes = Math.round(totalSeconds / 60);
  const h = Math.floor(minutes / 60);
  return h > 0 ? `${h} h ${minutes % 60} min` : `${minutes} min`;
}

/** A performed set as gym apps show it: "100 kg × 5", "BW × 12". */
export function formatPerformedSet(set: StrengthSet, unit: WeightUnit): string {
  const load = set.weightKg ? formatWeight(set.weightKg, unit) : 'BW';
  return set.reps === undefined ? load : `${load} × ${set.reps}`;
}

export const SET_TYPE_NAMES: Record<SetType, string> = {
  warmup: 'Warm-up',
  normal: 'Normal',
  drop: 'Drop set',
  failure: 'To failure',
};

/** The letter of each set type; in the sets table a normal set shows its number instead (see setChipLabels). */
export const SET_TYPE_LETTERS: Record<SetType, string> = { warmup: 'W', normal: 'N', drop: 'D', failure: 'F' };

/** What each set's chip shows, as gym apps number sets: warm-ups "W", drop "D", failure "F", working sets 1, 2, 3… */
export function setChipLabels(setTypes: readonly SetType[]): string[] {
  let working = 0;
  return setTypes.map((setType) => {
    if (setType !== 'warmup') working++;
    return setType === 'normal' ? String(working) : SET_TYPE_LETTERS[setType];
  });
}

const wholeNumber = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** A workout's volume in the person's unit, grouped for reading: "4,350 kg". */
export function formatVolume(kg: number, unit: WeightUnit): string {
  return `${wholeNumber.format(fromKg(kg, unit))} ${unit}`;
}
