import { parseAddress } from './address';
import { KIND } from './kinds';
import type { NostrEvent } from './nostr-event';
import { fail, ok, type ParseResult } from './result';
import { canonicalSetType, parseDecimal, splitExerciseTag, type SetType } from './tag-values';
import { buildExerciseTag, canonicalExerciseAddress, readSetNumber } from './template';

/** The `exercise` and `pr` tags of a workout record (kind 1301, NIP-101e). */

/** One performed set of a workout record. */
export interface RecordSet {
  exerciseAddress: string;
  relayHint: string;
  /** Values as written, in the exercise's format order. */
  params: string[];
  setNumber: number;
  /**
   * Typed view of a 4-parameter set read in the canonical strength order (weight, reps,
   * rpe, set_type); only the exercise's format says what params really mean.
   * null = bodyweight (NIP-101e writes "", one client "0").
   */
  weightKg?: number | null;
  reps?: number;
  rpe?: number;
  /** Read from the last param whenever it is a set type; `working` is read as `normal`. */
  setType?: SetType;
}

/** A `pr` tag: "33401:<pubkey>:<d>,<metric>,<value>" (NIP-101e). */
export interface PersonalRecordClaim {
  exerciseAddress: string;
  metric: string;
  value: number;
}

type Author = Pick<NostrEvent, 'tags' | 'pubkey'>;

// A bare word (no ':') in an exercise tag is the running dialect's activity: ["exercise","running"].
const ACTIVITY = /^[a-z][a-z _-]*$/i;
const POWR_NATIVE_REFERENCE = /^33401:local:/;
// RUNSTR's web app writes short verbs.
const ACTIVITY_NAMES: Readonly<Record<string, string>> = { run: 'running', walk: 'walking', cycle: 'cycling', ride: 'cycling' };

/** Reads every `exercise` tag: the sets, and the running dialect's activity if one is named. */
export function readRecordExercises(event: Author): ParseResult<{ sets: RecordSet[]; activity?: string }> {
  const sets: RecordSet[] = [];
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
    const { params, setNumberText } = splitExerciseTag(tag);
    // 7-element tags carry no set number: number the sets by position (NIP-101e).
    const setNumber = readSetNumber(setNumberText, sets.length + 1);
    if (setNumber === undefined) return fail(`exercise tag ${position}: set number '${setNumberText ?? ''}' is not a whole number`);
    const set: RecordSet = { exerciseAddress: address, relayHint: tag[2] ?? '', params, setNumber };
    // Three values can be duration, rpe, set type as well: only POWR's React Native app, known by
    // its device-made "33401:local:<id>" references, is read as weight, reps, set type.
    const powrNative = params.length === 3 && POWR_NATIVE_REFERENCE.test(reference) && canonicalSetType(params[2] ?? '') !== undefined;
    const problem = readTypedFields(params, set, powrNative);
    if (problem) return fail(`exercise tag ${position}: ${problem}`);
    sets.push(set);
  }
  return ok(activity === undefined ? { sets } : { sets, activity });
}

/**
 * Fills the typed view of a set; returns the reason when a value is present but wrong.
 * `withoutRpe`: three values are weight, reps and set type (POWR's React Native app).
 */
function readTypedFields(params: readonly string[], set: RecordSet, withoutRpe = false): string | undefined {
  if (params.length !== 4 && !withoutRpe) {
    const setType = canonicalSetType(params[params.length - 1] ?? '');
    if (setType) set.setType = setType;
    return undefined;
  }
  const strength = withoutRpe ? [params[0], params[1], '', params[2]] : params;
  const [weight = '', reps = '', rpe = '', setType = ''] = strength.map((param) => param?.trim() ?? '');
  if (weight === '') set.weightKg = null;
  else {
    const value = parseDecimal(weight);
    if (value === undefined) return `weight '${weight}' is not a number`;
    // Negative weight is assistance (NIP-101e); 0 is one client's bodyweight.
    set.weightKg = value === 0 ? null : value;
  }
  if (reps !== '') {
    const value = parseDecimal(reps);
    if (value === undefined) return `reps '${reps}' is not a number`;
    if (value < 0) return `reps '${reps}' is negative`;
    set.reps = value;
  }
  if (rpe !== '') {
    const value = parseDecimal(rpe);
    if (value === undefined) return `rpe '${rpe}' is not a number`;
    if (value < 0 || value > 10) return `rpe '${rpe}' is outside 0–10`;
    set.rpe = value;
  }
  if (setType !== '') {
    const value = canonicalSetType(setType);
    if (!value) return `set type '${setType}' is not one of warmup, normal, drop, failure`;
    set.setType = value;
  }
  return undefined;
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
 * The canonical exercise tag of a performed set. Every value must be present (NIP-101e:
 * a record carries a value for every format parameter; only a strength set's bodyweight
 * is ""), typed values valid, and the set type is written in its canonical spelling.
 */
export function buildRecordExerciseTag(set: RecordSet, where: string): string[] {
  const params = set.params.map((param) => param.trim());
  const problem = readTypedFields(params, { ...set, params });
  if (problem) throw new Error(`${where}: ${problem}`);
  params.forEach((param, i) => {
    if (param === '' && !(params.length === 4 && i === 0)) throw new Error(`${where}: parameter ${i + 1} is empty`);
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
