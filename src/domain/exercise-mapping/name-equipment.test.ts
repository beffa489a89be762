import { describe, expect, it } from 'vitest';
import { equipmentOfName } from './name-equipment';

describe('equipmentOfName', () => {
  it('reads Strong’s and Hevy’s parentheses as the editor’s equipment words', () => {
    expect(equipmentOfName('Bench Press (Barbell)')).toBe('barbell');
    expect(equipmentOfName('Bicep Curl (Dumbbell)')).toBe('dumbbell');
    expect(equipmentOfName('Leg Extension (Machine)')).toBe('machine');
    expect(equipmentOfName('Squat (Smith Machine)')).toBe('machine');
    expect(equipmentOfName('Lat Pulldown (Cable)')).toBe('cable');
    expect(equipmentOfName('Goblet Squat (Kettlebell)')).toBe('kettlebell');
    expect(equipmentOfName('Squat (Bodyweight)')).toBe('bodyweight');
    expect(equipmentOfName('Pull Up (Assisted)')).toBe('bodyweight');
    expect(equipmentOfName('Pull Up (Band)')).toBe('bands');
  });

  it('reads an equipment word of the name when the parentheses name none', () => {
    expect(equipmentOfName('Kettlebell Swing')).toBe('kettlebell');
    expect(equipmentOfName('EZ Bar Biceps Curl')).toBe('ez-bar');
    expect(equipmentOfName('Band Assisted Pull-Up')).toBe('bands');
    expect(equipmentOfName('Knee Raise (Captain’s Chair)')).toBeUndefined();
    expect(equipmentOfName('Plank')).toBeUndefined();
    expect(equipmentOfName('Constructor Press')).toBeUndefined();
  });
});
