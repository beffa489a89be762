/** Weight units. NIP-101e stores weight in kg; pounds exist only at the input and on screen. */

export type WeightUnit = 'kg' | 'lb';

export const WEIGHT_UNITS: readonly WeightUnit[] = ['kg', 'lb'];

/** The international avoirdupois pound (exact by definition). */
export const KG_PER_LB = 0.45359237;

export function toKg(value: number, unit: WeightUnit): number {
  return unit === 'kg' ? value : value * KG_PER_LB;
}

export function fromKg(kg: number, unit: WeightUnit): number {
  return unit === 'kg' ? kg : kg / KG_PER_LB;
}

/**
 * A weight as Plates stores and writes it: kg to the gram. A kg input with up to three
 * decimals is kept exactly; a pound input becomes the nearest gram, which reads back as
 * the same pounds to 0.01 lb.
 */
export function roundKg(kg: number): number {
  return normaliseZero(Math.round(kg * 1000) / 1000);
}

/** A number for display: one decimal at most, ".0" trimmed ("82.5", "100", "-2.3"). */
export function formatDecimal(value: number): string {
  return String(normaliseZero(Math.round(value * 10) / 10));
}

/** A stored kg weight shown in the person's unit: "82.5 kg", "225 lb". */
export function formatWeight(kg: number, unit: WeightUnit): string {
  return `${formatDecimal(fromKg(kg, unit))} ${unit}`;
}

// Math.round(-0.04 * 10) is -0, which String() prints as "0" but toEqual tells apart.
function normaliseZero(value: number): number {
  return value === 0 ? 0 : value;
}
