import { describe, expect, it } from 'vitest';
import { restoreSession, startSession, type TemplateStart } from './session-start';
import { STRENGTH_FORMAT } from './exercise-format';
import { parseTemplate } from './template';

const PUBKEY = 'c'.repeat(64);
const SQUAT = `33401:${PUBKEY}:squat`;
const PLANK = `33401:${PUBKEY}:plank`;
const MISSING = `33401:${'d'.repeat(64)}:sled-push`;
const NOW = Date.UTC(2025, 0, 6, 18, 0, 0);

function template(tags: string[][]) {
  const result = parseTemplate({ kind: 33402, pubkey: PUBKEY, content: '', tags: [['d', 'legs'], ['title', 'Leg Day'], ...tags] });
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

const LEGS: TemplateStart = {
  address: `33402:${PUBKEY}:legs`,
  relayHint: 'wss://relay.example',
  template: template([
    ['type', 'strength'],
    ['rest_between_sets', '120'],
    ['exercise', SQUAT, 'wss://relay.example', '100', '5', '8', 'normal', '1'],
    ['exercise', MISSING, '', '', '20', '', 'normal', '2'],
    ['exercise', SQUAT, 'wss://relay.example', '', '5', '', 'warmup', '3'],
    ['exercise', PLANK, '', '60', '7', 'normal', '4'],
    ['t', 'legs'],
  ]),
  exerciseTitles: { [SQUAT]: 'Back Squat', [PLANK]: 'Plank' },
};

describe('startSession', () => {
  it('starts an empty workout', () => {
    expect(startSession('w-1', NOW)).toStrictEqual({
      version: 1,
      id: 'w-1',
      title: 'Workout',
      type: 'strength',
      hashtags: [],
      startedAt: NOW,
      restSeconds: 90,
      notes: '',
      exercises: [],
      nextId: 1,
    });
  });

  it('starts from a template: exercises in first-use order, the sets it prescribes, its rest', () => {
    const session = startSession('w-2', NOW, LEGS);
    expect(session).toMatchObject({
      title: 'Leg Day',
      type: 'strength',
      templateAddress: `33402:${PUBKEY}:legs`,
      templateRelayHint: 'wss://relay.example',
      hashtags: ['legs'],
      restSeconds: 120,
    });
    expect(session.exercises).toStrictEqual([
      {
        id: 'e1',
        exerciseAddress: SQUAT,
        relayHint: 'wss://relay.example',
        title: 'Back Squat',
        sets: [
          { id: 's2', setType: 'normal', weightKg: 100, reps: 5, rpe: 8 },
          { id: 's5', setType: 'warmup', reps: 5 },
        ],
      },
      // Not in the library: kept by address, untitled.
      { id: 'e3', exerciseAddress: MISSING, relayHint: '', sets: [{ id: 's4', setType: 'normal', reps: 20 }] },
      // Another format (duration, rpe, set_type): only the set type is read.
      { id: 'e6', exerciseAddress: PLANK, relayHint: '', title: 'Plank', sets: [{ id: 's7', setType: 'normal' }] },
    ]);
    expect(session.nextId).toBe(8);
  });

  it('leaves prescriptions that do not read for the person, and keeps only NIP-101e record types', () => {
    const session = startSession('w-3', NOW, {
      ...LEGS,
      template: template([
        ['type', 'yoga'],
        ['exercise', SQUAT, '', 'heavy', '5x5', '12', 'normal', '1'],
      ]),
    });
    expect(session.type).toBe('strength');
    expect(session.restSeconds).toBe(90);
    expect(session.exercises[0]?.sets).toStrictEqual([{ id: 's2', setType: 'normal' }]);
  });
});

describe('exercises of another format', () => {
  const ROPE = `33401:${PUBKEY}:jump-rope`;
  const CARDIO = { names: ['duration', 'distance', 'rpe', 'set_type'], units: ['seconds', 'km', '0-10', 'warmup|normal|drop|failure'] };
  const cardio: TemplateStart = {
    address: `33402:${PUBKEY}:cardio`,
    template: template([
      ['type', 'circuit'],
      ['exercise', ROPE, '', '60', '0.5', '', 'normal', '1'],
      ['exercise', SQUAT, '', '100', '5', '8', 'normal', '2'],
    ]),
    exerciseTitles: { [ROPE]: 'Jump Rope', [SQUAT]: 'Back Squat' },
    exerciseFormats: { [ROPE]: CARDIO, [SQUAT]: STRENGTH_FORMAT },
  };

  it('are read in their own format and units: 60 seconds and 0.5 km of jump rope, not 60 kg × 0.5', () => {
    const session = startSession('w-4', NOW, cardio);
    expect(session.exercises.map((e) => [e.title, e.format, e.units, e.sets[0]])).toEqual([
      ['Jump Rope', CARDIO.names, CARDIO.units, { id: 's2', setType: 'normal', durationSeconds: 60, distanceMetres: 500 }],
      ['Back Squat', STRENGTH_FORMAT.names, STRENGTH_FORMAT.units, { id: 's4', setType: 'normal', weightKg: 100, reps: 5, rpe: 8 }],
    ]);
  });

  it('keep an empty template weight to be chosen, and a "0" one as bodyweight', () => {
    const dips: TemplateStart = {
      ...cardio,
      template: template([
        ['exercise', SQUAT, '', '', '8', '', 'normal', '1'],
        ['exercise', SQUAT, '', '0', '12', '', 'normal', '2'],
      ]),
    };
    expect(startSession('w-6', NOW, dips).exercises[0]?.sets).toEqual([
      { id: 's2', setType: 'normal', reps: 8 },
      { id: 's3', setType: 'normal', weightKg: null, reps: 12 },
    ]);
  });
});

describe('restoreSession', () => {
  it('gives back a stored session', () => {
    const stored: unknown = JSON.parse(JSON.stringify(startSession('w-4', NOW, LEGS)));
    expect(restoreSession(stored)).toEqual({ ok: true, value: startSession('w-4', NOW, LEGS) });
  });

  it('refuses another version or no session at all', () => {
    expect(restoreSession({ ...startSession('w-5', NOW), version: 2 })).toEqual({
      ok: false,
      reason: 'the saved workout has version 2, this Plates reads 1',
    });
    expect(restoreSession(null)).toEqual({ ok: false, reason: 'the saved workout is not an object' });
    expect(restoreSession({ version: 1 })).toEqual({ ok: false, reason: 'the saved workout has no id, start or exercises' });
  });
});
