import { distanceUnitFor } from '../../domain/exercise-format';
import { readSetValues } from '../../domain/set-values';
import { canonicalSetType, parseDecimal, parseSeconds } from '../../domain/tag-values';
import type { WeightUnit } from '../../domain/units';
import { formatClock, SET_TYPE_NAMES, weightNumber } from '../../ui/format';
import { distanceNumber, formatDistance } from '../../ui/set-text';

/** Reading and labelling a template set's params, named by the exercise's `format`. */

const LABELS: Record<string, string> = {
  weight: 'Weight',
  reps: 'Reps',
  rpe: 'RPE',
  duration: 'Time',
  set_type: 'Type',
};

/** A column heading for a format parameter; the weight and distance say the person's unit. */
export function paramLabel(name: string, unit: WeightUnit): string {
  if (name === 'weight') return `Weight (${unit})`;
  if (name === 'distance') return `Distance (${distanceUnitFor(unit)})`;
  return LABELS[name] ?? name.charAt(0).toUpperCase() + name.slice(1).replaceAll('_', ' ');
}

/** A narrow column heading (the editor's sets table): the weight and distance are just their unit. */
export function paramShortLabel(name: string, unit: WeightUnit): string {
  if (name === 'weight') return unit;
  if (name === 'distance') return distanceUnitFor(unit);
  return paramLabel(name, unit);
}

/** The editor's columns: set number, one per parameter (the set type a wider choice), remove. */
export function setGridColumns(format: readonly string[]): string {
  return ['1.75rem', ...format.map((name) => (name === 'set_type' ? '5.75rem' : 'minmax(0, 1fr)')), '2.5rem'].join(' ');
}

/** A prescribed value for display, in the person's units ("1:30", "2 km"); "" (left to the person) is a dash. */
export function paramDisplay(name: string, paramUnit: string, value: string, unit: WeightUnit): string {
  if (value.trim() === '') return '—';
  if (name === 'set_type') {
    const setType = canonicalSetType(value);
    return setType ? SET_TYPE_NAMES[setType] : value;
  }
  const metres = distanceMetresOf(name, paramUnit, value);
  return metres === undefined ? typedText(name, paramUnit, value, unit) : formatDistance(metres, unit);
}

/**
 * A stored value as the editor shows it to edit: a weight in the person's unit, a time as a
 * clock ("1:30"), a distance in km or mi; anything that does not read stays as written.
 */
export function typedText(name: string | undefined, paramUnit: string, value: string, unit: WeightUnit): string {
  if (name === 'weight') return weightText(value, unit);
  if (name === 'duration') {
    const seconds = value.trim() === '' ? undefined : parseSeconds(value);
    return seconds === undefined ? value : formatClock(seconds);
  }
  const metres = name === undefined ? undefined : distanceMetresOf(name, paramUnit, value);
  return metres === undefined ? value : distanceNumber(metres, unit);
}

function distanceMetresOf(name: string, paramUnit: string, value: string): number | undefined {
  if (name !== 'distance' || value.trim() === '') return undefined;
  const read = readSetValues([value], { names: ['distance'], units: [paramUnit] });
  return read.ok ? read.value.distanceMetres : undefined;
}

/** A stored kg value in the person's unit, as a number to edit ("" stays ""). */
export function weightText(kgText: string, unit: WeightUnit): string {
  const kg = parseDecimal(kgText);
  return kg === undefined ? kgText : weightNumber(kg, unit);
}

/** The params without the set type, which is shown as a chip rather than a column. */
export function valueColumns(format: readonly string[]): number[] {
  return format.flatMap((name, i) => (name === 'set_type' ? [] : [i]));
}
