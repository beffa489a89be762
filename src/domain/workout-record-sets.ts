import { parseAddress } from './address';
import { KIND } from './kinds';
import type { NostrEvent } from './nostr-event';
import { fail, ok, type ParseResult } from './result';
import { assumedFormat, type ExerciseFormat } from './exercise-format';
import { readSetValues, type SetValues, type WriteOptions } from './set-values';
import { canonicalSetType, parseDecimal, splitExerciseTag, type ExerciseTagParts } from './tag-values';
import { buildExerciseTag, canonicalExerciseAddress, readSetNumber } from './template';

/** The `exercise` and `pr` tags of a workout record (kind 1301, NIP-101e). */

/** One performed set of a workout record: the values as written and, where they read, by meaning. */
export interface RecordSet extends SetValues {
  exerciseAddress: string;
  relayHint: string;
  /** Values as written, in the exercise's format order. */
  params: string[];
  setNumber: number;
}

/** A `pr` tag: "33401:<pubkey>:<d>,<metric>,<value>" (NIP-101e). */
export interface PersonalRecordClaim {
  exerciseAddress: string;
  metric: string;
  value: number;
}

/** The format of each exercise the reader knows (the stored 33401), by address. */
export type FormatLookup = (exerciseAddress: string) => ExerciseFormat | undefined;

type Author = Pick<NostrEvent, 'tags' | 'pubkey'>;

// A bare word (no ':') in an exercise tag is the running dialect's activity: ["exercise","running"].
const ACTIVITY = /^[a-z][a-z _-]*$/i;
// RUNSTR's web app writes short verbs.
const ACTIVITY_NAMES: Readonly<Record<string, string>> = { run: 'running', walk: 'walking', cycle: 'cycling', ride: 'cycling' };

export interface RecordExercises {
  sets: RecordSet[];
  activity?: string;
  /** Sets kept as written because a value did not read, each with its tag position and reason. */
  unread: string[];
}

/**
 * Reads every `exercise` tag: the sets, and the running dialect's activity if one is named.
 * Each set's values are read in its exercise's format when `formatOf` knows it, else in the
 * format its values suggest (assumedFormat). A set whose values do not read is kept as
 * written, counted nowhere, and said in `unread`; only a tag that names no exercise, or a set
 * number that is not a number, refuses the record.
 */
export function readRecordExercises(event: Author, formatOf: FormatLookup = () => undefined): ParseResult<RecordExercises> {
  const sets: RecordSet[] = [];
  const unread: string[] = [];
  let activity: string | undefined;
  let position = 0;
  for (const tag of event.tags) {
    if (tag[0] !== 'exercise') continue;
    position++;
    const reference = tag[1] ?? '';
    if (ACTIVITY.test(reference)) {
      const word = reference.toLowerCase();
      activity ??= ACTIVITY_NAMES[word] ?? word;
      continue;
    }
    const address = canonicalExerciseAddress(reference, event.pubkey);
    if (!address) return fail(`exercise tag ${position}: '${reference}' is not a 33401 address`);
    const known = formatOf(address);
    const { params, setNumberText } = known ? splitByFormat(tag, known) : splitExerciseTag(tag);
    // 7-element tags carry no set number: number the sets by position (NIP-101e).
    const setNumber = readSetNumber(setNumberText, sets.length + 1);
    if (setNumber === undefined) return fail(`exercise tag ${position}: set number '${setNumberText ?? ''}' is not a whole number`);
    const set: RecordSet = { exerciseAddress: address, relayHint: tag[2] ?? '', params, setNumber };
    const format = known ?? assumedFormat(params, reference);
    if (format) {
      const values = readSetValues(params, format);
      if (values.ok) Object.assign(set, values.value);
      else unread.push(`exercise tag ${position}: ${values.reason}; the set is shown as written and counted nowhere`);
    } else {
      // A format Plates cannot place: only a trailing set type is read.
      const setType = canonicalSetType(params[params.length - 1] ?? '');
      if (setType) set.setType = setType;
    }
    sets.push(set);
  }
  return ok(activity === undefined ? { sets, unread } : { sets, activity, unread });
}

/** With the format known, the tag's values are exactly its parameters; one more element is the set number. */
function splitByFormat(tag: readonly string[], format: ExerciseFormat): ExerciseTagParts {
  const rest = tag.slice(3);
  if (rest.length !== format.names.length + 1) return splitExerciseTag(tag);
  return { params: rest.slice(0, -1), setNumberText: rest[rest.length - 1] ?? '' };
}

/** Reads every `pr` tag; one that is malformed refuses the record with its position. */
export function readPersonalRecords(event: Author): ParseResult<PersonalRecordClaim[]> {
  const claims: PersonalRecordClaim[] = [];
  let position = 0;
  for (const tag of event.tags) {
    if (tag[0] !== 'pr') continue;
    position++;
    const text = tag[1] ?? '';
    // One comma-joined string; split from the right, since a d may itself hold commas.
    const last = text.lastIndexOf(',');
    const middle = last > 0 ? text.lastIndexOf(',', last - 1) : -1;
    if (middle < 0) return fail(`pr tag ${position}: '${text}' is not '<address>,<metric>,<value>'`);
    const address = canonicalExerciseAddress(text.slice(0, middle), event.pubkey);
    if (!address) return fail(`pr tag ${position}: '${text.slice(0, middle)}' is not a 33401 address`);
    const metric = text.slice(middle + 1, last).trim();
    if (!metric) return fail(`pr tag ${position}: the metric is empty`);
    const value = parseDecimal(text.slice(last + 1));
    if (value === undefined) return fail(`pr tag ${position}: value '${text.slice(last + 1)}' is not a number`);
    claims.push({ exerciseAddress: address, metric, value });
  }
  return ok(claims);
}

/**
 * The canonical exercise tag of a performed set. Its values must read in its exercise's
 * `format` (or, for an exercise Plates does not know, the format they suggest) and every
 * parameter must have one (NIP-101e), except a weight's "" (bodyweight) and, with `missing`
 * `empty` (an import, see writeSetParams), any value the source did not give; the set type
 * is written in its canonical spelling.
 */
export function buildRecordExerciseTag(
  set: RecordSet,
  where: string,
  format?: ExerciseFormat,
  { missing = 'refuse' }: WriteOptions = {},
): string[] {
  const params = set.params.map((param) => param.trim());
  const readAs = format ?? assumedFormat(params, set.exerciseAddress);
  if (readAs) {
    const values = readSetValues(params, readAs);
    if (!values.ok) throw new Error(`${where}: ${values.reason}`);
  }
  params.forEach((param, i) => {
    if (param === '' && missing === 'refuse' && readAs?.names[i] !== 'weight') throw new Error(`${where}: parameter ${i + 1} is empty`);
  });
  const setType = canonicalSetType(params[params.length - 1] ?? '');
  if (setType) params[params.length - 1] = setType;
  return buildExerciseTag({ ...set, params }, where);
}

export function buildPersonalRecordTag(pr: PersonalRecordClaim): string[] {
  const address = parseAddress(pr.exerciseAddress);
  if (address?.kind !== KIND.exercise) throw new Error(`pr: '${pr.exerciseAddress}' is not a full 33401:<pubkey>:<d> address`);
  const metric = pr.metric.trim();
  if (!metric || metric.includes(',')) throw new Error(`pr: metric '${pr.metric}' must be non-empty and without commas`);
  if (!Number.isFinite(pr.value)) throw new Error(`pr: value ${pr.value} is not a number`);
  return ['pr', `${pr.exerciseAddress},${metric},${pr.value}`];
}
