import { describe, expect, it } from 'vitest';
import { buildWorkoutRecord, parseWorkoutRecord, recordTitle, type WorkoutRecord } from './workout-record';

const PUBKEY = '3bf0c63fcb93463407af97a5e5ee64fa883d107ef9e558472c4eb9aaaefa459d';
const SQUAT = `33401:${PUBKEY}:bb-back-squat`;
const DEADLIFT = `33401:${PUBKEY}:bb-deadlift`;
const RELAY = 'wss://relay.example';

// The kind 1301 example of the NIP-101e draft, with a real pubkey for <pubkey>.
const SPEC_RECORD = {
  kind: 1301,
  pubkey: PUBKEY,
  created_at: 1706455900,
  content: 'Completed first round as prescribed. Second round showed form deterioration on deadlifts.',
  tags: [
    ['d', 'leg-circuit-1706454000'],
    ['title', 'Leg Circuit'],
    ['type', 'circuit'],
    ['rounds_completed', '1.5'],
    ['start', '1706454000'],
    ['end', '1706455800'],
    ['exercise', SQUAT, RELAY, '80', '12', '7', 'normal', '1'],
    ['exercise', DEADLIFT, RELAY, '100', '10', '7', 'normal', '2'],
    ['exercise', SQUAT, RELAY, '80', '12', '8', 'normal', '3'],
    ['exercise', DEADLIFT, RELAY, '100', '4', '10', 'failure', '4'],
    ['completed', 'false'],
    ['t', 'legs'],
  ],
};

type RecordEvent = typeof SPEC_RECORD;

function parsed(event: RecordEvent): WorkoutRecord {
  const result = parseWorkoutRecord(event);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

/** The spec example with its exercise tags replaced. */
function withSets(...sets: string[][]): RecordEvent {
  return { ...SPEC_RECORD, tags: [...SPEC_RECORD.tags.filter((t) => t[0] !== 'exercise'), ...sets] };
}

function withTag(name: string, ...values: string[]): RecordEvent {
  return { ...SPEC_RECORD, tags: [...SPEC_RECORD.tags.filter((t) => t[0] !== name), [name, ...values]] };
}

function without(...names: string[]): RecordEvent {
  return { ...SPEC_RECORD, tags: SPEC_RECORD.tags.filter((t) => !names.includes(t[0] ?? '')) };
}

describe('parseWorkoutRecord', () => {
  it('reads the spec example', () => {
    const record = parsed(SPEC_RECORD);
    expect(record).toMatchObject({
      d: 'leg-circuit-1706454000',
      title: 'Leg Circuit',
      type: 'circuit',
      start: 1706454000,
      end: 1706455800,
      completed: false,
      roundsCompleted: 1.5,
      notes: SPEC_RECORD.content,
      hashtags: ['legs'],
      legacy: false,
      prs: [],
    });
    expect(record.sets).toHaveLength(4);
    expect(record.sets[0]).toEqual({
      exerciseAddress: SQUAT,
      relayHint: RELAY,
      params: ['80', '12', '7', 'normal'],
      setNumber: 1,
      weightKg: 80,
      reps: 12,
      rpe: 7,
      setType: 'normal',
    });
    expect(record.sets[3]).toMatchObject({ exerciseAddress: DEADLIFT, weightKg: 100, reps: 4, rpe: 10, setType: 'failure', setNumber: 4 });
  });

  it('reads a legacy 33403 record', () => {
    const record = parsed({ ...SPEC_RECORD, kind: 33403 });
    expect(record.legacy).toBe(true);
    expect(record.sets).toHaveLength(4);
  });

  it('refuses other kinds', () => {
    expect(parseWorkoutRecord({ ...SPEC_RECORD, kind: 1 })).toEqual({
      ok: false,
      reason: 'kind 1 is not a workout record (1301 or 33403)',
    });
  });

  it('numbers 7-element tags by position and completes pubkey-less references', () => {
    const record = parsed(
      withSets(
        ['exercise', '33401:bb-back-squat', '', '80', '5', '8', 'normal'],
        ['exercise', '33401:bb-back-squat', '', '80', '5', '8', 'normal'],
      ),
    );
    expect(record.sets.map((s) => [s.exerciseAddress, s.setNumber])).toEqual([
      [SQUAT, 1],
      [SQUAT, 2],
    ]);
  });

  it('reads "" and "0" as bodyweight, a negative weight as assistance, working as normal', () => {
    const record = parsed(
      withSets(
        ['exercise', SQUAT, '', '', '10', '7', 'normal', '1'],
        ['exercise', SQUAT, '', '0', '10', '7', 'working', '2'],
        ['exercise', SQUAT, '', '-20', '8', '', 'warmup', '3'],
      ),
    );
    expect(record.sets.map((s) => [s.weightKg, s.setType])).toEqual([
      [null, 'normal'],
      [null, 'normal'],
      [-20, 'warmup'],
    ]);
    expect(record.sets[2]?.rpe).toBeUndefined();
    expect(record.sets[1]?.params).toEqual(['0', '10', '7', 'working']);
  });

  it('keeps the raw params of a short format and reads only its set type', () => {
    const record = parsed(withSets(['exercise', `33401:${PUBKEY}:plank`, '', '60', '7', 'normal', '1']));
    expect(record.sets[0]).toEqual({
      exerciseAddress: `33401:${PUBKEY}:plank`,
      relayHint: '',
      params: ['60', '7', 'normal'],
      setNumber: 1,
      setType: 'normal',
    });
  });

  it.each([
    [['80', 'abc', '7', 'normal'], 3, "exercise tag 3: reps 'abc' is not a number"],
    [['80', 'NaN', '7', 'normal'], 3, "exercise tag 3: reps 'NaN' is not a number"],
    [['80', '-5', '7', 'normal'], 2, "exercise tag 2: reps '-5' is negative"],
    [['80', '5', '11', 'normal'], 2, "exercise tag 2: rpe '11' is outside 0–10"],
    [['80', '5', '-1', 'normal'], 1, "exercise tag 1: rpe '-1' is outside 0–10"],
    [['heavy', '5', '7', 'normal'], 1, "exercise tag 1: weight 'heavy' is not a number"],
    [['80', '5', '7', 'max'], 1, "exercise tag 1: set type 'max' is not one of warmup, normal, drop, failure"],
  ])('keeps the record, and params %j as written but counted nowhere, saying tag %i and why', (params, position, reason) => {
    const good = ['exercise', SQUAT, '', '80', '5', '7', 'normal', '1'];
    const sets = [good, good, good].slice(0, position - 1).map((t, i) => [...t.slice(0, 7), String(i + 1)]);
    sets.push(['exercise', SQUAT, '', ...params, String(position)]);
    const record = parsed(withSets(...sets));
    expect(record.sets).toHaveLength(position);
    expect(record.sets[position - 1]).toEqual({ exerciseAddress: SQUAT, relayHint: '', params, setNumber: position });
    expect(record.sets.slice(0, position - 1).every((set) => set.weightKg === 80)).toBe(true);
    expect(record.notUnderstood).toEqual([`${reason}; the set is shown as written and counted nowhere`]);
  });

  it('refuses an exercise reference of another kind', () => {
    expect(parseWorkoutRecord(withSets(['exercise', `33402:${PUBKEY}:x`, '', '80', '5', '7', 'normal', '1']))).toEqual({
      ok: false,
      reason: `exercise tag 1: '33402:${PUBKEY}:x' is not a 33401 address`,
    });
  });

  it.each([
    [without('start'), 'record has no start tag'],
    [without('end'), 'record has no end tag'],
    [withTag('start', 'yesterday'), "start 'yesterday' is not a unix time in seconds"],
    [withTag('end', '1706455800.5'), "end '1706455800.5' is not a unix time in seconds"],
    [withTag('end', '1706453000'), 'end 1706453000 is before start 1706454000'],
    [withTag('completed', 'maybe'), "completed 'maybe' is not true or false"],
    [withTag('rounds_completed', 'one'), "rounds_completed 'one' is not a number ≥ 0"],
    [withTag('duration', '30 min'), "duration '30 min' is not a time (seconds, mm:ss or hh:mm:ss)"],
    [without('d'), 'record has no d tag'],
    [without('exercise'), 'record has no exercise tags'],
  ])('refuses a bad record: %#', (event, reason) => {
    expect(parseWorkoutRecord(event)).toEqual({ ok: false, reason });
  });

  it('keeps a record whose template reference it cannot read, and says so', () => {
    const record = parsed(withTag('template', '30023:x'));
    expect(record.templateAddress).toBeUndefined();
    expect(record.notUnderstood).toEqual(["the template it followed, '30023:x', is not a 33402 address"]);
  });

  it('reads start and end written in milliseconds as seconds, and says so', () => {
    const record = parsed(withTag('start', '1706454000000'));
    expect(record.start).toBe(1706454000);
    expect(record.notUnderstood).toEqual(['start was written in milliseconds (1706454000000), read as 1706454000 seconds']);
  });

  it('reads a record without a title, named by its type', () => {
    const record = parsed(without('title'));
    expect(record.title).toBe('');
    expect(recordTitle(record)).toBe('Circuit workout');
  });

  it('reads completed "true", and a missing completed as true', () => {
    expect(parsed(withTag('completed', 'true')).completed).toBe(true);
    expect(parsed(without('completed')).completed).toBe(true);
  });

  it('reads the template reference, with or without pubkey', () => {
    expect(parsed(withTag('template', `33402:${PUBKEY}:leg-circuit`, RELAY))).toMatchObject({
      templateAddress: `33402:${PUBKEY}:leg-circuit`,
      templateRelayHint: RELAY,
    });
    expect(parsed(withTag('template', '33402:leg-circuit')).templateAddress).toBe(`33402:${PUBKEY}:leg-circuit`);
  });

  it('reads pr tags as one comma-joined string', () => {
    const event = {
      ...SPEC_RECORD,
      tags: [...SPEC_RECORD.tags, ['pr', `${DEADLIFT},1rm,120`], ['pr', '33401:bb-back-squat,volume,960.5']],
    };
    expect(parsed(event).prs).toEqual([
      { exerciseAddress: DEADLIFT, metric: '1rm', value: 120 },
      { exerciseAddress: SQUAT, metric: 'volume', value: 960.5 },
    ]);
  });

  it.each([
    [`${DEADLIFT},1rm`, `pr tag 1: '${DEADLIFT},1rm' is not '<address>,<metric>,<value>'`],
    [`${DEADLIFT},1rm,lots`, "pr tag 1: value 'lots' is not a number"],
    [`${DEADLIFT}, ,120`, 'pr tag 1: the metric is empty'],
    ['deadlift,1rm,120', "pr tag 1: 'deadlift' is not a 33401 address"],
  ])('refuses pr %j', (value, reason) => {
    expect(parseWorkoutRecord({ ...SPEC_RECORD, tags: [...SPEC_RECORD.tags, ['pr', value]] })).toEqual({ ok: false, reason });
  });

  it('reads duration and interval in seconds, mm:ss or hh:mm:ss', () => {
    expect(parsed(withTag('duration', '1800')).durationSeconds).toBe(1800);
    expect(parsed(withTag('duration', '30:00')).durationSeconds).toBe(1800);
    expect(parsed(withTag('interval', '00:01:00')).intervalSeconds).toBe(60);
  });
});

describe('buildWorkoutRecord', () => {
  it('round-trips the spec example: build → parse', () => {
    const record = parsed(SPEC_RECORD);
    const event = buildWorkoutRecord(record, 1706455900);
    expect(event.kind).toBe(1301);
    expect(parseWorkoutRecord({ ...event, pubkey: PUBKEY })).toEqual({ ok: true, value: record });
  });

  it('round-trips template, prs, duration and interval', () => {
    const record: WorkoutRecord = {
      ...parsed(SPEC_RECORD),
      completed: true,
      templateAddress: `33402:${PUBKEY}:leg-circuit`,
      templateRelayHint: RELAY,
      prs: [{ exerciseAddress: DEADLIFT, metric: '1rm', value: 120 }],
      durationSeconds: 1800,
      intervalSeconds: 60,
    };
    const event = buildWorkoutRecord(record, 0);
    expect(event.tags.slice(0, 10)).toEqual([
      ['d', 'leg-circuit-1706454000'],
      ['title', 'Leg Circuit'],
      ['type', 'circuit'],
      ['start', '1706454000'],
      ['end', '1706455800'],
      ['completed', 'true'],
      ['template', `33402:${PUBKEY}:leg-circuit`, RELAY],
      ['rounds_completed', '1.5'],
      ['duration', '1800'],
      ['interval', '60'],
    ]);
    expect(event.tags).toContainEqual(['pr', `${DEADLIFT},1rm,120`]);
    expect(parseWorkoutRecord({ ...event, pubkey: PUBKEY })).toEqual({ ok: true, value: record });
  });

  it('writes a legacy 33403 record as kind 1301 with 8-element tags and canonical set types', () => {
    const legacy = parsed({
      ...SPEC_RECORD,
      kind: 33403,
      tags: [...SPEC_RECORD.tags.filter((t) => t[0] !== 'exercise'), ['exercise', '33401:bb-back-squat', '', '80', '5', '8', 'working']],
    });
    const event = buildWorkoutRecord(legacy, 0);
    expect(event.kind).toBe(1301);
    expect(event.tags.filter((t) => t[0] === 'exercise')).toEqual([['exercise', SQUAT, '', '80', '5', '8', 'normal', '1']]);
  });

  it('writes bodyweight as ""', () => {
    const record = parsed(withSets(['exercise', SQUAT, '', '', '10', '7', 'normal', '1']));
    expect(buildWorkoutRecord(record, 0).tags).toContainEqual(['exercise', SQUAT, '', '', '10', '7', 'normal', '1']);
  });

  const good = parsed(SPEC_RECORD);
  const set = good.sets[0] ?? { exerciseAddress: SQUAT, relayHint: '', params: [], setNumber: 1 };
  it.each([
    [
      'the running dialect',
      { ...good, activity: 'running' },
      'the running dialect (activity, distance, estimated times) is read, not written',
    ],
    ['no sets', { ...good, sets: [] }, 'record needs at least one exercise set'],
    ['end before start', { ...good, end: good.start - 1 }, 'end must be unix seconds, not before start'],
    ['a fractional start', { ...good, start: 1.5 }, 'start must be unix seconds'],
    ['an unknown type', { ...good, type: 'yoga' }, "record type 'yoga' is not one of"],
    ['a missing value', { ...good, sets: [{ ...set, params: ['80', '12', '', 'normal'] }] }, 'set 1: parameter 3 is empty'],
    ['a bad rpe', { ...good, sets: [{ ...set, params: ['80', '12', '12', 'normal'] }] }, "set 1: rpe '12' is outside 0–10"],
    [
      'a pubkey-less address',
      { ...good, sets: [{ ...set, exerciseAddress: '33401:squat' }] },
      "set 1: '33401:squat' is not a full 33401:<pubkey>:<d> address",
    ],
    [
      'a bad template address',
      { ...good, templateAddress: `33401:${PUBKEY}:x` },
      `'33401:${PUBKEY}:x' is not a full 33402:<pubkey>:<d> address`,
    ],
    [
      'a pr metric with a comma',
      { ...good, prs: [{ exerciseAddress: DEADLIFT, metric: '1,rm', value: 1 }] },
      "pr: metric '1,rm' must be non-empty and without commas",
    ],
  ])('refuses %s', (_name, record, message) => {
    expect(() => buildWorkoutRecord(record, 0)).toThrow(message);
  });
});
