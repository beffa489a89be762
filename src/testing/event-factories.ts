import { formatAddress } from '../domain/address';
import { buildContacts, type Follow } from '../domain/contacts';
import { buildDeletion, type Deletion } from '../domain/deletion';
import { buildExercise, type ExerciseDefinition } from '../domain/exercise';
import { KIND } from '../domain/kinds';
import { buildMuteList, type MuteList } from '../domain/mute-list';
import type { NostrEvent, UnsignedEvent } from '../domain/nostr-event';
import { buildPack, type Pack } from '../domain/pack';
import { buildProfile, type Profile } from '../domain/profile';
import { buildRelayList, type RelayListEntry } from '../domain/relay-list';
import { buildTemplate, type TemplateSet, type WorkoutTemplate } from '../domain/template';
import { buildWorkoutRecord, type RecordSet, type WorkoutRecord } from '../domain/workout-record';
import { newAuthor, signEvent, type TestAuthor } from './sign';

/**
 * Valid signed events of every kind Plates reads, built by the product's own domain
 * builders (so a fixture is what the app itself would publish) and signed by a test key.
 * Each takes the fields of its kind as overrides; anything left out gets a plain default.
 * Malformed or foreign-client input is not made here: write such events by hand, so the
 * test shows exactly what it feeds in.
 */

/** Who signs, and when. */
export interface SigningOptions {
  /** A new throwaway author when left out. */
  author?: TestAuthor;
  /** Unix seconds; now when left out. */
  created_at?: number;
}

/** The start of the default workout: 2023-11-14 22:13:20 UTC. */
export const DEFAULT_START = 1_700_000_000;

/** "33401:<pubkey>:<d>" of an exercise. */
export function exerciseAddress(pubkey: string, d = 'squat'): string {
  return formatAddress({ kind: KIND.exercise, pubkey, d });
}

/** "33402:<pubkey>:<d>" of a workout template. */
export function templateAddress(pubkey: string, d = 'legs'): string {
  return formatAddress({ kind: KIND.workoutTemplate, pubkey, d });
}

/** A performed set: 100 kg × 5 @ RPE 8, normal, set 1 unless overridden. */
export function recordSet(address: string, overrides: Partial<Omit<RecordSet, 'exerciseAddress'>> = {}): RecordSet {
  return { exerciseAddress: address, relayHint: '', params: ['100', '5', '8', 'normal'], setNumber: 1, ...defined(overrides) };
}

/** A prescribed set: 100 kg × 5, RPE left to the lifter, normal, set 1 unless overridden. */
export function templateSet(address: string, overrides: Partial<Omit<TemplateSet, 'exerciseAddress'>> = {}): TemplateSet {
  return { exerciseAddress: address, relayHint: '', params: ['100', '5', '', 'normal'], setNumber: 1, ...defined(overrides) };
}

/** Kind 33401: a barbell strength exercise (weight, reps, rpe, set_type) tagged quadriceps; the title defaults to d. */
export function exerciseEvent(overrides: Partial<ExerciseDefinition> & SigningOptions = {}): NostrEvent {
  const { author, created_at, ...fields } = overrides;
  const d = fields.d ?? 'squat';
  const definition: ExerciseDefinition = {
    d,
    title: d,
    format: ['weight', 'reps', 'rpe', 'set_type'],
    formatUnits: ['kg', 'count', '0-10', 'warmup|normal|drop|failure'],
    equipment: 'barbell',
    hashtags: ['quadriceps'],
    instructions: '',
    media: [],
    ...defined(fields),
  };
  return sign(author, created_at, (at) => buildExercise(definition, at));
}

/** Kind 33402: a strength template with one set of the author's own squat; the title defaults to d. */
export function templateEvent(overrides: Partial<WorkoutTemplate> & SigningOptions = {}): NostrEvent {
  const { author = newAuthor(), created_at, ...fields } = overrides;
  const d = fields.d ?? 'legs';
  const template: WorkoutTemplate = {
    d,
    title: d,
    type: 'strength',
    description: '',
    sets: [templateSet(exerciseAddress(author.pubkey))],
    hashtags: [],
    ...defined(fields),
  };
  return sign(author, created_at, (at) => buildTemplate(template, at));
}

/**
 * Kind 1301: a completed strength workout of one set of the author's own squat, from
 * DEFAULT_START (or the given start) to an hour later; the title defaults to d.
 */
export function workoutRecordEvent(overrides: Partial<WorkoutRecord> & SigningOptions = {}): NostrEvent {
  const { author = newAuthor(), created_at, ...fields } = overrides;
  const d = fields.d ?? 'workout';
  const start = fields.start ?? DEFAULT_START;
  const record: WorkoutRecord = {
    d,
    title: d,
    type: 'strength',
    start,
    end: start + 3600,
    completed: true,
    sets: [recordSet(exerciseAddress(author.pubkey))],
    prs: [],
    notes: '',
    hashtags: [],
    legacy: false,
    ...defined(fields),
  };
  return sign(author, created_at, (at) => buildWorkoutRecord(record, at));
}

/** Kind 3: the given follows (none by default). */
export function contactsEvent(overrides: { follows?: Follow[] } & SigningOptions = {}): NostrEvent {
  const { author, created_at, follows = [] } = overrides;
  return sign(author, created_at, (at) => buildContacts(follows, at));
}

/** Kind 0: a profile named "Lifter" unless the fields say otherwise; `previousContent` as buildProfile takes it. */
export function profileEvent(overrides: Profile & { previousContent?: string } & SigningOptions = {}): NostrEvent {
  const { author, created_at, previousContent, ...fields } = overrides;
  const profile: Profile = { name: 'Lifter', ...defined(fields) };
  return sign(author, created_at, (at) => buildProfile(profile, at, previousContent));
}

/** Kind 10002: one relay, read and written, unless `relays` says otherwise. */
export function relayListEvent(overrides: { relays?: RelayListEntry[] } & SigningOptions = {}): NostrEvent {
  const { author, created_at, relays = [{ url: 'wss://relay.example', read: true, write: true }] } = overrides;
  return sign(author, created_at, (at) => buildRelayList(relays, at));
}

/** Kind 10000: an empty public mute list without private items, unless the fields say otherwise. */
export function muteListEvent(overrides: Partial<MuteList> & SigningOptions = {}): NostrEvent {
  const { author, created_at, ...fields } = overrides;
  const list: MuteList = { pubkeys: [], hashtags: [], words: [], eventIds: [], encryptedContent: '', ...defined(fields) };
  return sign(author, created_at, (at) => buildMuteList(list, at));
}

/** Kind 5: deletes the given ids and addresses; with neither given, the author's own squat exercise. */
export function deletionEvent(overrides: Partial<Deletion> & SigningOptions = {}): NostrEvent {
  const { author = newAuthor(), created_at, ...fields } = overrides;
  const targetless = fields.eventIds === undefined && fields.addresses === undefined;
  const deletion: Deletion = {
    eventIds: [],
    addresses: targetless ? [exerciseAddress(author.pubkey)] : [],
    kinds: [],
    reason: '',
    ...defined(fields),
  };
  return sign(author, created_at, (at) => buildDeletion(deletion, at));
}

/** Kind 30004: a pack of the author's own "legs" template unless items are given; the title defaults to d. */
export function packEvent(overrides: Partial<Pack> & SigningOptions = {}): NostrEvent {
  const { author = newAuthor(), created_at, ...fields } = overrides;
  const d = fields.d ?? 'pack';
  const itemless = fields.templateAddresses === undefined && fields.exerciseAddresses === undefined;
  const pack: Pack = {
    d,
    title: d,
    description: '',
    templateAddresses: itemless ? [{ address: templateAddress(author.pubkey), relayHint: '' }] : [],
    exerciseAddresses: [],
    otherAddresses: [],
    ...defined(fields),
  };
  return sign(author, created_at, (at) => buildPack(pack, at));
}

function sign(author: TestAuthor | undefined, createdAt: number | undefined, build: (createdAt: number) => UnsignedEvent): NostrEvent {
  return signEvent(author ?? newAuthor(), build(createdAt ?? Math.floor(Date.now() / 1000)));
}

/** The fields that are set: an override written as `undefined` keeps the default. */
function defined<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}
