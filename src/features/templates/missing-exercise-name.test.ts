import { describe, expect, it } from 'vitest';
import { authorLabel, titleHintFromD } from './missing-exercise-name';

describe('titleHintFromD', () => {
  it('reads the words of a slug as a title', () => {
    expect(titleHintFromD('barbell-back-squat')).toBe('Barbell back squat');
    expect(titleHintFromD('Barbell_Squat')).toBe('Barbell Squat');
    expect(titleHintFromD('mystery-lift')).toBe('Mystery lift');
  });

  it('leaves out the random or time suffixes apps add', () => {
    expect(titleHintFromD('push-press-1a2b3c4d')).toBe('Push press');
    expect(titleHintFromD('plank-1718000000')).toBe('Plank');
  });

  it('gives nothing for an id without words', () => {
    expect(titleHintFromD('3f2c9a1b-7d4e-4b2a-9c1d-0e5f6a7b8c9d')).toBeUndefined();
    expect(titleHintFromD('1718000000')).toBeUndefined();
    expect(titleHintFromD('')).toBeUndefined();
  });
});

describe('authorLabel', () => {
  const pubkey = 'bae5acac061e6ebb26de5520cd1813c4d48733a0a64af758cb6dcff9a3457f69';
  it('is the profile name when one is stored, else a short npub', () => {
    expect(authorLabel(pubkey, ' Dana ')).toBe('Dana');
    expect(authorLabel(pubkey, undefined)).toMatch(/^npub1[a-z0-9]{5}…[a-z0-9]{4}$/);
  });
});
