import { verifyEvent } from 'nostr-tools/pure';
import { describe, expect, it } from 'vitest';
import { parseContacts } from '../domain/contacts';
import { parseDeletion } from '../domain/deletion';
import { parseExercise } from '../domain/exercise';
import { KIND } from '../domain/kinds';
import { parseMuteList } from '../domain/mute-list';
import type { NostrEvent } from '../domain/nostr-event';
import { parsePack } from '../domain/pack';
import { parseProfile } from '../domain/profile';
import { parseRelayList } from '../domain/relay-list';
import type { ParseResult } from '../domain/result';
import { parseTemplate } from '../domain/template';
import { parseWorkoutRecord } from '../domain/workout-record';
import {
  DEFAULT_START,
  contactsEvent,
  deletionEvent,
  exerciseAddress,
  exerciseEvent,
  muteListEvent,
  packEvent,
  profileEvent,
  recordSet,
  relayListEvent,
  templateAddress,
  templateEvent,
  templateSet,
  workoutRecordEvent,
  type SigningOptions,
} from './event-factories';
import { exerciseTags, newAuthor } from './sign';

function parsed<T>(result: ParseResult<T>): T {
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

const FACTORIES: ReadonlyArray<
  readonly [string, (options?: SigningOptions) => NostrEvent, number, (event: NostrEvent) => ParseResult<unknown>]
> = [
  ['exerciseEvent', exerciseEvent, KIND.exercise, parseExercise],
  ['templateEvent', templateEvent, KIND.workoutTemplate, parseTemplate],
  ['workoutRecordEvent', workoutRecordEvent, KIND.workoutRecord, parseWorkoutRecord],
  ['contactsEvent', contactsEvent, KIND.contacts, parseContacts],
  ['profileEvent', profileEvent, KIND.profile, parseProfile],
  ['relayListEvent', relayListEvent, KIND.relayList, parseRelayList],
  ['muteListEvent', muteListEvent, KIND.muteList, parseMuteList],
  ['deletionEvent', deletionEvent, KIND.deletion, parseDeletion],
  ['packEvent', packEvent, KIND.curationSet, parsePack],
];

describe('event factories', () => {
  it.each(FACTORIES)('%s makes a signed event of its kind that the domain parser accepts', (_name, make, kind, parse) => {
    const event = make();
    expect(event.kind).toBe(kind);
    expect(verifyEvent({ ...event })).toBe(true);
    expect(parse(event)).toMatchObject({ ok: true });
  });

  it.each(FACTORIES)('%s signs with the given author at the given time', (_name, make) => {
    const author = newAuthor();
    const event = make({ author, created_at: 1_234 });
    expect(event).toMatchObject({ pubkey: author.pubkey, created_at: 1_234 });
    expect(verifyEvent({ ...event })).toBe(true);
  });

  it('builds the exercise the old hand-written tags described', () => {
    expect(exerciseEvent({ d: 'squat', title: 'Back Squat' }).tags).toEqual(exerciseTags('squat', 'Back Squat'));
    expect(parsed(parseExercise(exerciseEvent({ d: 'press', equipment: 'dumbbell', instructions: 'Press.' })))).toMatchObject({
      d: 'press',
      title: 'press',
      equipment: 'dumbbell',
      instructions: 'Press.',
    });
  });

  it('defaults a record and a template to sets of the author’s own squat, and takes other sets', () => {
    const author = newAuthor();
    const squat = exerciseAddress(author.pubkey);
    expect(parsed(parseWorkoutRecord(workoutRecordEvent({ author, d: 'monday' })))).toMatchObject({
      d: 'monday',
      title: 'monday',
      start: DEFAULT_START,
      end: DEFAULT_START + 3600,
      completed: true,
      sets: [{ exerciseAddress: squat, params: ['100', '5', '8', 'normal'], setNumber: 1, weightKg: 100, reps: 5, rpe: 8 }],
    });
    const bench = exerciseAddress(author.pubkey, 'bench');
    const record = parsed(
      parseWorkoutRecord(workoutRecordEvent({ author, start: 500, sets: [1, 2].map((setNumber) => recordSet(bench, { setNumber })) })),
    );
    expect(record).toMatchObject({ start: 500, end: 4100 });
    expect(record.sets.map((set) => [set.exerciseAddress, set.setNumber])).toEqual([
      [bench, 1],
      [bench, 2],
    ]);

    expect(parsed(parseTemplate(templateEvent({ author })))).toMatchObject({
      d: 'legs',
      sets: [{ exerciseAddress: squat, params: ['100', '5', '', 'normal'], setNumber: 1 }],
    });
    const template = templateEvent({ author, d: 'arms', sets: [templateSet(bench, { params: ['30', '10', 'normal'] })] });
    expect(template.tags).toContainEqual(['exercise', bench, '', '30', '10', 'normal', '1']);
  });

  it('fills the list kinds with what they are given', () => {
    const friend = newAuthor();
    expect(parsed(parseContacts(contactsEvent({ follows: [{ pubkey: friend.pubkey }] })))).toEqual([{ pubkey: friend.pubkey }]);
    expect(profileEvent({ name: 'Friend' }).content).toBe('{"name":"Friend"}');
    expect(parsed(parseRelayList(relayListEvent({ relays: [{ url: 'ws://127.0.0.1:7000', read: false, write: true }] })))).toEqual([
      { url: 'ws://127.0.0.1:7000', read: false, write: true },
    ]);
    expect(parsed(parseMuteList(muteListEvent({ pubkeys: [friend.pubkey] }))).pubkeys).toEqual([friend.pubkey]);
    const author = newAuthor();
    expect(parsed(parseDeletion(deletionEvent({ author, eventIds: ['a'.repeat(64)] })))).toEqual({
      eventIds: ['a'.repeat(64)],
      addresses: [],
      kinds: [],
      reason: '',
    });
    const pack = parsed(parsePack(packEvent({ author })));
    expect(pack.templateAddresses).toEqual([{ address: templateAddress(author.pubkey), relayHint: '' }]);
  });

  it('refuses what the domain builder refuses', () => {
    expect(() => workoutRecordEvent({ sets: [] })).toThrow(/at least one exercise set/);
    expect(() => templateEvent({ type: 'yoga' })).toThrow(/not one of/);
  });
});
