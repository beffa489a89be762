import { canonicalSetType, parseDecimal } from '../../domain/tag-values';
import type { WeightUnit } from '../../domain/units';
import { SET_TYPE_NAMES, weightNumber } from '../../ui/format';

/** Reading and labelling a template set's params, named by the exercise's `format`. */

const LABELS: Record<string, string> = {
  weight: 'Weight',
  reps: 'Reps',
  rpe: 'RPE',
  duration: 'Time (s)',
  distance: 'Distance',
  set_type: 'Type',
};

/** A column heading for a format parameter; the weight says the person's unit. */
export function paramLabel(name: string, unit: WeightUnit): string {
  if (name === 'weight') return `Weight (${unit})`;
  return LABELS[name] ?? name.charAt(0).toUpperCase() + name.slice(1).replaceAll('_', ' ');
}

/** A narrow column heading (the editor's sets table): the weight is just its unit. */
export function paramShortLabel(name: string, unit: WeightUnit): string {
  if (name === 'weight') return unit;
  if (name === 'duration') return 'Sec';
  if (name === 'distance') return 'Dist.';
  return paramLabel(name, unit);
}

/** The editor's columns: set number, one per parameter (the set type a wider choice), remove. */
export function setGridColumns(format: readonly string[]): string {
  return ['1.75rem', ...format.map((name) => (name === 'set_type' ? '5.75rem' : 'minmax(0, 1fr)')), '2.5rem'].join(' ');
}

/** A prescribed value for display; "" (left to the person) is a dash. */
export function paramDisplay(name: string, value: string, unit: WeightUnit): string {
  if (value.trim() === '') return '—';
  if (name === 'set_type') {
    const setType = canonicalSetType(value);
    return setType ? SET_TYPE_NAMES[setType] : value;
  }
  if (name === 'weight') return weightText(value, unit);
  return value;
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
