import { describe, expect, it } from 'vitest';
import { buildTemplate, canonicalAddress, parseTemplate, templateExerciseAddresses, type WorkoutTemplate } from './template';

const PUBKEY = 'a'.repeat(64);
const base = { kind: 33402, pubkey: PUBKEY, content: '20 minute EMOM' };

describe('parseTemplate', () => {
  it('reads the spec example with 8-element exercise tags', () => {
    const result = parseTemplate({
      ...base,
      tags: [
        ['d', 'squat-deadlift-emom'],
        ['title', '20min Squat/Deadlift EMOM'],
        ['type', 'emom'],
        ['exercise', `33401:${PUBKEY}:bb-back-squat`, 'wss://relay.example', '', '5', '7', 'normal', '1'],
        ['exercise', `33401:${PUBKEY}:bb-deadlift`, 'wss://relay.example', '', '4', '7', 'normal', '2'],
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.sets).toEqual([
      {
        exerciseAddress: `33401:${PUBKEY}:bb-back-squat`,
        relayHint: 'wss://relay.example',
        params: ['', '5', '7', 'normal'],
        setNumber: 1,
      },
      { exerciseAddress: `33401:${PUBKEY}:bb-deadlift`, relayHint: 'wss://relay.example', params: ['', '4', '7', 'normal'], setNumber: 2 },
    ]);
    expect(templateExerciseAddresses(result.value)).toHaveLength(2);
  });

  it('accepts 7-element tags and references without a pubkey', () => {
    const result = parseTemplate({
      ...base,
      tags: [
        ['d', 't'],
        ['title', 'T'],
        ['exercise', '33401:squat', '', '100', '5', '8', 'normal'],
        ['exercise', '33401:squat', '', '100', '5', '8', 'normal'],
      ],
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.value.sets.map((s) => [s.exerciseAddress, s.setNumber])).toEqual([
      [`33401:${PUBKEY}:squat`, 1],
      [`33401:${PUBKEY}:squat`, 2],
    ]);
  });

  it('tells set numbers restarting per exercise (straight sets) from a superset', () => {
    const numbers = (type: string, rows: Array<[string, number]>) => {
      const result = parseTemplate({
        ...base,
        tags: [
          ['d', 't'],
          ['title', 'T'],
          ['type', type],
          ...rows.map(([d, n]) => ['exercise', `33401:${d}`, '', '', '5', '', 'normal', String(n)]),
        ],
      });
      if (!result.ok) throw new Error(result.reason);
      return result.value.sets.map((set) => set.setNumber);
    };
    // POWR web: A 1 2, B 1 2 in a strength template is four sets in a row.
    expect(
      numbers('strength', [
        ['a', 1],
        ['a', 2],
        ['b', 1],
        ['b', 2],
      ]),
    ).toEqual([1, 2, 3, 4]);
    // Plates and the spec: a superset interleaves (A1 B1 A2 B2), and single sets together stay together.
    expect(
      numbers('strength', [
        ['a', 1],
        ['b', 1],
        ['a', 2],
        ['b', 2],
      ]),
    ).toEqual([1, 1, 2, 2]);
    expect(
      numbers('strength', [
        ['a', 1],
        ['b', 1],
      ]),
    ).toEqual([1, 1]);
    // In a circuit, equal numbers always mean together.
    expect(
      numbers('circuit', [
        ['a', 1],
        ['a', 2],
        ['b', 1],
        ['b', 2],
      ]),
    ).toEqual([1, 2, 1, 2]);
  });

  it('names the exercise tag that is wrong', () => {
    const result = parseTemplate({
      ...base,
      tags: [
        ['d', 't'],
        ['title', 'T'],
        ['exercise', `33401:${PUBKEY}:a`, '', '', '5', '', 'normal', '1'],
        ['exercise', '30023:abc:post', ''],
      ],
    });
    expect(result).toEqual({ ok: false, reason: "exercise tag 2: '30023:abc:post' is not a 33401 address" });
  });
});

// The kind 33402 example of the NIP-101e draft, with a real pubkey for <pubkey>.
const SPEC_TEMPLATE = {
  kind: 33402,
  pubkey: PUBKEY,
  content: '20 minute EMOM alternating between squats and deadlifts every 30 seconds.',
  tags: [
    ['d', 'squat-deadlift-emom'],
    ['title', '20min Squat/Deadlift EMOM'],
    ['type', 'emom'],
    ['duration', '1200'],
    ['rounds', '20'],
    ['interval', '30'],
    ['exercise', `33401:${PUBKEY}:bb-back-squat`, 'wss://relay.example', '', '5', '7', 'normal', '1'],
    ['exercise', `33401:${PUBKEY}:bb-deadlift`, 'wss://relay.example', '', '4', '7', 'normal', '2'],
    ['t', 'conditioning'],
    ['t', 'legs'],
  ],
};

function parsed(event: Parameters<typeof parseTemplate>[0]): WorkoutTemplate {
  const result = parseTemplate(event);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

describe('parseTemplate numeric tags', () => {
  it('reads rounds, duration and interval of the spec example', () => {
    expect(parsed(SPEC_TEMPLATE)).toMatchObject({
      type: 'emom',
      rounds: 20,
      duration: 1200,
      interval: 30,
      description: '20 minute EMOM alternating between squats and deadlifts every 30 seconds.',
      hashtags: ['conditioning', 'legs'],
    });
  });

  it('reads rest times, and a duration written as hh:mm:ss', () => {
    const template = parsed({
      ...SPEC_TEMPLATE,
      tags: [...SPEC_TEMPLATE.tags, ['rest_between_rounds', '90'], ['rest_between_sets', '60']].map((t) =>
        t[0] === 'duration' ? ['duration', '00:20:00'] : t,
      ),
    });
    expect([template.duration, template.restBetweenRounds, template.restBetweenSets]).toEqual([1200, 90, 60]);
  });

  it('treats an empty numeric tag as absent', () => {
    const template = parsed({ ...SPEC_TEMPLATE, tags: SPEC_TEMPLATE.tags.map((t) => (t[0] === 'rounds' ? ['rounds', ''] : t)) });
    expect(template.rounds).toBeUndefined();
  });

  it.each([
    ['rounds', 'abc', "rounds 'abc' is not a whole number"],
    ['rounds', '2.5', "rounds '2.5' is not a whole number"],
    ['duration', '20 min', "duration '20 min' is not a time in seconds"],
    ['interval', '-30', "interval '-30' is not a time in seconds"],
    ['rest_between_sets', 'NaN', "rest_between_sets 'NaN' is not a time in seconds"],
  ])('refuses %s %s with a precise reason', (name, value, reason) => {
    const tags = [...SPEC_TEMPLATE.tags.filter((t) => t[0] !== name), [name, value]];
    expect(parseTemplate({ ...SPEC_TEMPLATE, tags })).toEqual({ ok: false, reason });
  });

  it('reads a set number after a set type in a short format (duration, rpe, set_type)', () => {
    const template = parsed({
      ...base,
      tags: [
        ['d', 't'],
        ['title', 'Plank'],
        ['exercise', `33401:${PUBKEY}:plank`, '', '60', '', 'normal', '3'],
      ],
    });
    expect(template.sets[0]).toMatchObject({ params: ['60', '', 'normal'], setNumber: 3 });
  });

  it('names a set number that is not a whole number', () => {
    const result = parseTemplate({
      ...base,
      tags: [
        ['d', 't'],
        ['title', 'T'],
        ['exercise', `33401:${PUBKEY}:a`, '', '', '5', '', 'normal', 'one'],
      ],
    });
    expect(result).toEqual({ ok: false, reason: "exercise tag 1: set number 'one' is not a whole number" });
  });
});

describe('buildTemplate', () => {
  it('emits the canonical form of the spec example', () => {
    const event = buildTemplate(parsed(SPEC_TEMPLATE), 1_700_000_000);
    expect(event.kind).toBe(33402);
    expect(event.content).toBe(SPEC_TEMPLATE.content);
    expect(event.tags).toEqual([
      ['d', 'squat-deadlift-emom'],
      ['title', '20min Squat/Deadlift EMOM'],
      ['type', 'emom'],
      ['rounds', '20'],
      ['duration', '1200'],
      ['interval', '30'],
      ['exercise', `33401:${PUBKEY}:bb-back-squat`, 'wss://relay.example', '', '5', '7', 'normal', '1'],
      ['exercise', `33401:${PUBKEY}:bb-deadlift`, 'wss://relay.example', '', '4', '7', 'normal', '2'],
      ['t', 'conditioning'],
      ['t', 'legs'],
    ]);
  });

  it('round-trips build → parse', () => {
    const template = parsed({
      ...SPEC_TEMPLATE,
      tags: [...SPEC_TEMPLATE.tags, ['rest_between_rounds', '90'], ['rest_between_sets', '0']],
    });
    const event = buildTemplate(template, 1_700_000_000);
    expect(parseTemplate({ ...event, pubkey: PUBKEY })).toEqual({ ok: true, value: template });
  });

  it('writes the full address and a set number for 7-element, pubkey-less input', () => {
    const template = parsed({
      ...base,
      tags: [
        ['d', 't'],
        ['title', 'T'],
        ['exercise', '33401:squat', '', '100', '5', '8', 'normal'],
      ],
    });
    expect(buildTemplate(template, 0).tags[3]).toEqual(['exercise', `33401:${PUBKEY}:squat`, '', '100', '5', '8', 'normal', '1']);
  });

  it('leaves out a set number that would read as a value (a short format not ending in a set type), numbered by position', () => {
    const template = parsed({
      ...base,
      tags: [
        ['d', 't'],
        ['title', 'T'],
        ['exercise', `33401:${PUBKEY}:tempo-squat`, '', '60', '8', '3-1-1', '1'],
      ],
    });
    const [first] = template.sets;
    if (!first) throw new Error('no set read');
    const short = { ...template, sets: [{ ...first, params: ['60', '8', '3-1-1'] }] };
    const event = buildTemplate(short, 0);
    expect(event.tags[3]).toEqual(['exercise', `33401:${PUBKEY}:tempo-squat`, '', '60', '8', '3-1-1']);
    expect(parseTemplate({ ...event, pubkey: PUBKEY })).toEqual({ ok: true, value: short });
  });

  it('lowercases and deduplicates hashtags', () => {
    const template = { ...parsed(SPEC_TEMPLATE), hashtags: ['Legs', 'legs ', ''] };
    expect(buildTemplate(template, 0).tags.filter((t) => t[0] === 't')).toEqual([['t', 'legs']]);
  });

  const good = parsed(SPEC_TEMPLATE);
  const firstSet = good.sets[0] ?? { exerciseAddress: '', relayHint: '', params: [], setNumber: 1 };
  it.each([
    ['no title', { ...good, title: ' ' }, 'template needs a title'],
    ['an unknown type', { ...good, type: 'hiit' }, "template type 'hiit' is not one of strength, circuit, emom, amrap, superset, metcon"],
    ['no sets', { ...good, sets: [] }, 'template needs at least one exercise set'],
    ['rounds 0', { ...good, rounds: 0 }, 'rounds must be a whole number ≥ 1'],
    ['a negative time', { ...good, interval: -1 }, 'interval must be a number of seconds ≥ 0'],
    [
      'an address without pubkey',
      { ...good, sets: [{ ...firstSet, exerciseAddress: '33401:squat' }] },
      "set 1: '33401:squat' is not a full 33401:<pubkey>:<d> address",
    ],
    [
      'a bad relay hint',
      { ...good, sets: [{ ...firstSet, relayHint: 'https://relay.example' }] },
      "set 1: relay hint 'https://relay.example' is not a ws:// or wss:// URL",
    ],
    ['set number 0', { ...good, sets: [{ ...firstSet, setNumber: 0 }] }, 'set 1: set number must be a whole number ≥ 1'],
    ['no params', { ...good, sets: [{ ...firstSet, params: [] }] }, 'set 1: needs at least one parameter'],
  ])('refuses a template with %s', (_name, template, message) => {
    expect(() => buildTemplate(template, 0)).toThrow(message);
  });
});

describe('canonicalAddress', () => {
  it('completes a pubkey-less reference with the author, and refuses other kinds', () => {
    expect(canonicalAddress('33402:emom', 33402, PUBKEY)).toBe(`33402:${PUBKEY}:emom`);
    expect(canonicalAddress(`33402:${PUBKEY}:emom`, 33402, 'b'.repeat(64))).toBe(`33402:${PUBKEY}:emom`);
    expect(canonicalAddress('33401:emom', 33402, PUBKEY)).toBeUndefined();
    expect(canonicalAddress('emom', 33402, PUBKEY)).toBeUndefined();
  });
});
