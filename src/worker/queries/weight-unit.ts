import type { WeightUnit } from '../../domain/units';
import type { PlatesDatabase } from '../db/database';

/** Where the person's unit setting is stored. */
export const UNITS_KEY = 'units';

/** The person's weight unit (kg unless they chose lb): what weights are typed and shown in. */
export async function weightUnitOf(db: PlatesDatabase): Promise<WeightUnit> {
  return (await db.settings.get(UNITS_KEY))?.value === 'lb' ? 'lb' : 'kg';
}
