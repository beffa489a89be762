import { describe, expect, it } from 'vitest';
import { buildExercise, parseExercise } from './exercise';

// The kind 33401 example of the NIP-101e draft.
const SPEC_EXAMPLE = {
  kind: 33401,
  content: 'Stand with feet hip-width apart, barbell over midfoot.',
  tags: [
    ['d', 'bb-deadlift'],
    ['title', 'Barbell Deadlift'],
    ['format', 'weight', 'reps', 'rpe', 'set_type'],
    ['format_units', 'kg', 'count', '0-10', 'warmup|normal|drop|failure'],
    ['equipment', 'barbell'],
    ['difficulty', 'intermediate'],
    [
      'imeta',
      'url https://powr.me/exercises/deadlift-demo.mp4',
      'm video/mp4',
      'dim 1920x1080',
      'alt Demonstration of proper barbell deadlift form',
    ],
    ['t', 'compound'],
    ['t', 'legs'],
    ['t', 'posterior'],
  ],
};

describe('parseExercise', () => {
  it('reads the spec example', () => {
    const result = parseExercise(SPEC_EXAMPLE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      d: 'bb-deadlift',
      title: 'Barbell Deadlift',
      format: ['weight', 'reps', 'rpe', 'set_type'],
      equipment: 'barbell',
      difficulty: 'intermediate',
      hashtags: ['compound', 'legs', 'posterior'],
    });
    expect(result.value.media).toEqual([
      {
        url: 'https://powr.me/exercises/deadlift-demo.mp4',
        mime: 'video/mp4',
        dim: '1920x1080',
        alt: 'Demonstration of proper barbell deadlift form',
      },
    ]);
  });

  it('refuses a 33401 without format tags: other apps use the kind for other things', () => {
    const tags = SPEC_EXAMPLE.tags.filter((t) => t[0] !== 'format' && t[0] !== 'format_units');
    expect(parseExercise({ ...SPEC_EXAMPLE, tags })).toEqual({ ok: false, reason: 'exercise has no format tag: not a NIP-101e exercise' });
  });

  it('refuses format and format_units of different lengths', () => {
    const tags = SPEC_EXAMPLE.tags.map((t) => (t[0] === 'format_units' ? ['format_units', 'kg', 'count'] : t));
    expect(parseExercise({ ...SPEC_EXAMPLE, tags })).toEqual({ ok: false, reason: 'format has 4 parameters but format_units has 2' });
  });

  it('reads `enum` as the set-type list and a single-string imeta', () => {
    const tags = SPEC_EXAMPLE.tags.map((t) => {
      if (t[0] === 'format_units') return ['format_units', 'kg', 'count', '0-10', 'enum'];
      if (t[0] === 'imeta') return ['imeta', 'url https://example.com/a.jpg m image/jpeg dim 640x480 alt Start position'];
      return t;
    });
    const result = parseExercise({ ...SPEC_EXAMPLE, tags });
    expect(result.ok && result.value.formatUnits[3]).toBe('warmup|normal|drop|failure');
    expect(result.ok && result.value.media[0]).toEqual({
      url: 'https://example.com/a.jpg',
      mime: 'image/jpeg',
      dim: '640x480',
      alt: 'Start position',
    });
  });

  it('round-trips build → parse', () => {
    const parsed = parseExercise(SPEC_EXAMPLE);
    if (!parsed.ok) throw new Error(parsed.reason);
    const rebuilt = buildExercise(parsed.value, 1_700_000_000);
    expect(parseExercise(rebuilt)).toEqual(parsed);
  });

  it('build refuses a definition without a title', () => {
    const parsed = parseExercise(SPEC_EXAMPLE);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(() => buildExercise({ ...parsed.value, title: ' ' }, 0)).toThrow('exercise needs a title');
  });
});

describe('muscles', () => {
  it('takes only real muscle names from hashtags, never inherited object keys', async () => {
    const { labelOf, musclesOf } = await import('./muscles');
    expect(musclesOf(['quadriceps', 'constructor', '__proto__', 'toString', 'legs'])).toEqual(['quadriceps']);
    expect(labelOf('constructor')).toBe('Constructor');
  });
});
