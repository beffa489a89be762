import { describe, expect, it } from 'vitest';
import { nameKey, nameWords } from './name-words';

describe('nameWords', () => {
  it('makes one word of a compound however it is written', () => {
    for (const name of ['Pull Up', 'Pull-Up', 'Pull-ups', 'Pullups', 'PULL UP']) expect(nameWords(name), name).toEqual(['pullup']);
    expect(nameWords('Chin-Up')).toEqual(['chinup']);
    expect(nameWords('Push Up to Side Plank')).toEqual(['pushup', 'side', 'plank']);
    expect(nameWords('T-Bar Row')).toEqual(['tbar', 'row']);
  });

  it('reads plurals as singular and one spelling per word', () => {
    expect(nameWords('Biceps Curls (Dumbbells)')).toEqual(['bicep', 'curl', 'dumbbell']);
    expect(nameWords('Crunches')).toEqual(['crunch']);
    expect(nameWords('Bench Presses')).toEqual(['bench', 'press']);
    expect(nameWords('Incline Dumbbell Flyes')).toEqual(['incline', 'dumbbell', 'fly']);
    expect(nameWords('Reverse Flies')).toEqual(['reverse', 'fly']);
    expect(nameWords('DB Row')).toEqual(['dumbbell', 'row']);
    expect(nameWords('Hip Abduction (Machine)')).toEqual(['hip', 'abductor', 'machine']);
  });

  it('drops apostrophes, accents and little words', () => {
    expect(nameWords("Farmer's Walk")).toEqual(['farmer', 'walk']);
    expect(nameWords('Knee Raise (Captain’s Chair)')).toEqual(['knee', 'raise', 'captain', 'chair']);
    expect(nameWords('Développé Couché')).toEqual(['developpe', 'couche']);
    expect(nameWords('Calf Press On The Leg Press Machine')).toEqual(['calf', 'press', 'leg', 'machine']);
  });
});

describe('nameKey', () => {
  it('is the same for one name in any order, case or punctuation', () => {
    const key = nameKey('Bench Press (Barbell)');
    expect(nameKey('Barbell Bench Press')).toBe(key);
    expect(nameKey('bench press - barbell')).toBe(key);
    expect(key).toBe('barbell bench press');
  });

  it('tells different movements and equipment apart', () => {
    expect(nameKey('Incline Bench Press (Barbell)')).not.toBe(nameKey('Decline Bench Press (Barbell)'));
    expect(nameKey('Bench Press (Dumbbell)')).not.toBe(nameKey('Bench Press (Barbell)'));
    expect(nameKey('Pull Up (Assisted)')).not.toBe(nameKey('Pull Up'));
  });
});
