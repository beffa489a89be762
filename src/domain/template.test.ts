import { describe, expect, it } from 'vitest';
import { parseTemplate, templateExerciseAddresses } from './template';

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
      { exerciseAddress: `33401:${PUBKEY}:bb-back-squat`, relayHint: 'wss://relay.example', params: ['', '5', '7', 'normal'], setNumber: 1 },
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
