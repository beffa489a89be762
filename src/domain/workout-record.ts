import { parseAddress } from './address';
import type { ExerciseFormat } from './exercise-format';
import { KIND } from './kinds';
import type { NostrEvent, UnsignedEvent } from './nostr-event';
import { normaliseRelayUrl } from './relay-list';
import { fail, ok, type ParseResult } from './result';
import type { WriteOptions } from './set-values';
import { parseDecimal, parseSeconds } from './tag-values';
import { findTag, tagValue, tagValues } from './tags';
import { TEMPLATE_TYPES, canonicalAddress, canonicalHashtags } from './template';
import {
  buildPersonalRecordTag,
  buildRecordExerciseTag,
  readPersonalRecords,
  readRecordExercises,
  type FormatLookup,
  type PersonalRecordClaim,
  type RecordSet,
} from './workout-record-sets';

export type { FormatLookup, PersonalRecordClaim, RecordSet } from './workout-record-sets';

export interface Distance {
  value: number;
  unit: string;
}

/** A NIP-101e workout record (kind 1301, legacy 33403), or a running-dialect activity. */
export interface WorkoutRecord {
  d: string;
  /** As written; '' when the record has none (Amethyst writes none unless the person types one): see recordTitle. */
  title: string;
  type: string;
  /** Unix seconds. */
  start: number;
  end: number;
  completed: boolean;
  templateAddress?: string;
  templateRelayHint?: string;
  sets: RecordSet[];
  prs: PersonalRecordClaim[];
  roundsCompleted?: number;
  durationSeconds?: number;
  intervalSeconds?: number;
  notes: string;
  hashtags: string[];
  /** Read from a kind 33403 draft-era record. */
  legacy: boolean;
  /** Running dialect: ["exercise","running"] names an activity instead of 33401 sets. */
  activity?: string;
  distance?: Distance;
  /** start/end were not written (running dialect) and were derived from duration and created_at. */
  timesEstimated?: boolean;
  /** What was read differently from NIP-101e or left out, in words for the person (never a reason to drop the record). */
  notUnderstood?: string[];
}

/** The record's title, or its activity or type when it has none ("Running", "Strength workout"). */
export function recordTitle(record: Pick<WorkoutRecord, 'title' | 'type' | 'activity'>): string {
  if (record.title) return record.title;
  const word = record.activity ?? record.type;
  const name = word.charAt(0).toUpperCase() + word.slice(1);
  return record.activity ? name : `${name} workout`;
}

type RecordEvent = Pick<NostrEvent, 'kind' | 'tags' | 'content' | 'pubkey' | 'created_at'>;

/**
 * Lenient read of a kind 1301 (or legacy 33403) record as the apps write them (see
 * docs/dialects.md): 7- or 8-element exercise tags, references without a pubkey, no title,
 * times in milliseconds, sets without RPE, and the running dialect. Sets are read in their
 * exercise's format where `formatOf` knows it (see readRecordExercises). What is read
 * differently or left out (a set whose values do not fit their units among them) is said in
 * `notUnderstood`, with the tag's position; the rest of the record is kept.
 */
export function parseWorkoutRecord(event: RecordEvent, formatOf?: FormatLookup): ParseResult<WorkoutRecord> {
  if (event.kind !== KIND.workoutRecord && event.kind !== KIND.legacyWorkoutRecord) {
    return fail(`kind ${event.kind} is not a workout record (1301 or 33403)`);
  }
  const d = tagValue(event.tags, 'd');
  if (d === undefined || d === '') return fail('record has no d tag');
  const title = tagValue(event.tags, 'title')?.trim() ?? '';
  const exercises = readRecordExercises(event, formatOf);
  if (!exercises.ok) return exercises;
  const { sets, activity, unread } = exercises.value;
  if (sets.length === 0 && activity === undefined) return fail('record has no exercise tags');
  const record: WorkoutRecord = {
    d,
    title,
    type: tagValue(event.tags, 'type')?.trim().toLowerCase() || activity || 'strength',
    start: 0,
    end: 0,
    completed: true,
    sets,
    prs: [],
    notes: event.content,
    hashtags: canonicalHashtags(tagValues(event.tags, 't')),
    legacy: event.kind === KIND.legacyWorkoutRecord,
  };
  if (activity !== undefined) record.activity = activity;
  if (unread.length > 0) record.notUnderstood = [...unread];
  const prs = readPersonalRecords(event);
  if (!prs.ok) return prs;
  record.prs = prs.value;
  const problem =
    readNumbers(event.tags, record) ??
    readTimes(event, record) ??
    readCompleted(event.tags, record) ??
    readTemplateReference(event, record) ??
    readDistance(event.tags, record);
  return problem ? fail(problem) : ok(record);
}

function readNumbers(tags: readonly string[][], record: WorkoutRecord): string | undefined {
  const rounds = tagValue(tags, 'rounds_completed')?.trim();
  if (rounds) {
    const value = parseDecimal(rounds);
    if (value === undefined || value < 0) return `rounds_completed '${rounds}' is not a number ≥ 0`;
    record.roundsCompleted = value;
  }
  for (const [name, field] of [
    ['duration', 'durationSeconds'],
    ['interval', 'intervalSeconds'],
  ] as const) {
    const text = tagValue(tags, name)?.trim();
    if (!text) continue;
    const seconds = parseSeconds(text);
    if (seconds === undefined) return `${name} '${text}' is not a time (seconds, mm:ss or hh:mm:ss)`;
    record[field] = seconds;
  }
  return undefined;
}

/** A unix time in seconds; one written in milliseconds (POWR web) is read as such and said. */
function unixTime(tags: readonly string[][], name: string, record: WorkoutRecord): ParseResult<number | undefined> {
  const text = tagValue(tags, name)?.trim();
  if (!text) return ok(undefined);
  if (!/^\d+$/.test(text)) return fail(`${name} '${text}' is not a unix time in seconds`);
  const value = Number(text);
  if (value <= MILLISECONDS_FROM) return ok(value);
  (record.notUnderstood ??= []).push(`${name} was written in milliseconds (${text}), read as ${Math.floor(value / 1000)} seconds`);
  return ok(Math.floor(value / 1000));
}

// Unix seconds pass 1e11 in the year 5138; milliseconds passed it in 1973.
const MILLISECONDS_FROM = 1e11;

/**
 * RUNSTR's React Native app (client "RUNSTR") writes the run's start as created_at; its web
 * app (client "Runstr") and Amethyst write the time of saving, after the run.
 */
function createdAtIsStart(tags: readonly string[][]): boolean {
  return tagValue(tags, 'client')?.trim() === 'RUNSTR';
}

/** NIP-101e requires start and end; only the running dialect, which writes neither, gets estimates. */
function readTimes(event: RecordEvent, record: WorkoutRecord): string | undefined {
  const start = unixTime(event.tags, 'start', record);
  if (!start.ok) return start.reason;
  const end = unixTime(event.tags, 'end', record);
  if (!end.ok) return end.reason;
  let from = start.value;
  let to = end.value;
  if (from === undefined || to === undefined) {
    if (record.sets.length > 0 || record.activity === undefined) return `record has no ${from === undefined ? 'start' : 'end'} tag`;
    const written = unixTime(event.tags, 'workout_start_time', record);
    if (!written.ok) return written.reason;
    from ??= written.value ?? (createdAtIsStart(event.tags) ? event.created_at : undefined);
    const length = Math.round(record.durationSeconds ?? 0);
    to ??= from === undefined ? event.created_at : from + length;
    from ??= Math.max(0, to - length);
    record.timesEstimated = true;
  }
  if (to < from) return `end ${to} is before start ${from}`;
  record.start = from;
  record.end = to;
  return undefined;
}

function readCompleted(tags: readonly string[][], record: WorkoutRecord): string | undefined {
  const text = tagValue(tags, 'completed')?.trim();
  // Absent (the running dialect writes none): a published record is taken as finished.
  if (!text) return undefined;
  const lower = text.toLowerCase();
  if (lower !== 'true' && lower !== 'false') return `completed '${text}' is not true or false`;
  record.completed = lower === 'true';
  return undefined;
}

/** The template the workout followed; one that cannot be read is left out and said, the record kept. */
function readTemplateReference(event: RecordEvent, record: WorkoutRecord): string | undefined {
  const tag = findTag(event.tags, 'template');
  if (!tag) return undefined;
  const address = canonicalAddress(tag[1] ?? '', KIND.workoutTemplate, event.pubkey);
  if (!address) {
    (record.notUnderstood ??= []).push(`the template it followed, '${tag[1] ?? ''}', is not a 33402 address`);
    return undefined;
  }
  record.templateAddress = address;
  record.templateRelayHint = tag[2] ?? '';
  return undefined;
}

/** Running dialect: ["distance","5.2","km"]; "5.2 km" in one element is read too. */
function readDistance(tags: readonly string[][], record: WorkoutRecord): string | undefined {
  const tag = findTag(tags, 'distance');
  if (!tag) return undefined;
  const packed = tag[2] === undefined ? /^(\S+)\s+(\S+)$/.exec(tag[1]?.trim() ?? '') : null;
  const valueText = packed?.[1] ?? tag[1] ?? '';
  const value = parseDecimal(valueText);
  if (value === undefined || value < 0) return `distance '${tag[1] ?? ''}' is not a number ≥ 0`;
  record.distance = { value, unit: (packed?.[2] ?? tag[2] ?? '').trim().toLowerCase() || 'km' };
  return undefined;
}

/**
 * Strict build of the canonical kind 1301 record (never 33403). Throws on a record that
 * breaks NIP-101e, and on the running dialect, which Plates reads but does not write. Each
 * set's values are checked in its exercise's format, by address in `formats`; `write` says
 * whether a value may be left empty (an import's, see writeSetParams).
 */
export function buildWorkoutRecord(
  record: WorkoutRecord,
  createdAt: number,
  formats: ReadonlyMap<string, ExerciseFormat> = new Map(),
  write: WriteOptions = {},
): UnsignedEvent {
  if (!record.d) throw new Error('record needs a d value');
  const title = record.title.trim();
  if (!title) throw new Error('record needs a title');
  if (record.activity !== undefined || record.distance !== undefined || record.timesEstimated) {
    throw new Error('the running dialect (activity, distance, estimated times) is read, not written');
  }
  if (!(TEMPLATE_TYPES as readonly string[]).includes(record.type)) {
    throw new Error(`record type '${record.type}' is not one of ${TEMPLATE_TYPES.join(', ')}`);
  }
  if (record.sets.length === 0) throw new Error('record needs at least one exercise set');
  // NIP-101e: accurate start and end, in unix seconds.
  if (!Number.isInteger(record.start) || record.start < 0) throw new Error('start must be unix seconds');
  if (!Number.isInteger(record.end) || record.end < record.start) throw new Error('end must be unix seconds, not before start');
  const tags: string[][] = [
    ['d', record.d],
    ['title', title],
    ['type', record.type],
    ['start', String(record.start)],
    ['end', String(record.end)],
    ['completed', String(record.completed)],
  ];
  if (record.templateAddress !== undefined) {
    const template = parseAddress(record.templateAddress);
    if (template?.kind !== KIND.workoutTemplate) throw new Error(`'${record.templateAddress}' is not a full 33402:<pubkey>:<d> address`);
    const hint = record.templateRelayHint ? normaliseRelayUrl(record.templateRelayHint) : '';
    if (hint === undefined) throw new Error(`template relay hint '${record.templateRelayHint ?? ''}' is not a ws:// or wss:// URL`);
    tags.push(['template', record.templateAddress, hint]);
  }
  const numbers = [
    ['rounds_completed', record.roundsCompleted],
    ['duration', record.durationSeconds],
    ['interval', record.intervalSeconds],
  ] as const;
  for (const [name, value] of numbers) {
    if (value === undefined) continue;
    if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number ≥ 0`);
    tags.push([name, String(value)]);
  }
  record.sets.forEach((set, i) => tags.push(buildRecordExerciseTag(set, `set ${i + 1}`, formats.get(set.exerciseAddress), write)));
  for (const pr of record.prs) tags.push(buildPersonalRecordTag(pr));
  for (const hashtag of canonicalHashtags(record.hashtags)) tags.push(['t', hashtag]);
  return { kind: KIND.workoutRecord, created_at: createdAt, tags, content: record.notes };
}
