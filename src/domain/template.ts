import { formatAddress, parseAddress } from './address';
import { KIND } from './kinds';
import type { NostrEvent, UnsignedEvent } from './nostr-event';
import { normaliseRelayUrl } from './relay-list';
import { fail, ok, type ParseResult } from './result';
import { canonicalSetType, parseDecimal, parseSeconds, setNumberWouldMisread, splitExerciseTag } from './tag-values';
import { tagValue, tagValues } from './tags';

/** Workout types of NIP-101e (superset and metcon are the newer additions). */
export const TEMPLATE_TYPES = ['strength', 'circuit', 'emom', 'amrap', 'superset', 'metcon'] as const;

/** One prescribed set of a workout template: which exercise, its parameters, its set number. */
export interface TemplateSet {
  exerciseAddress: string;
  relayHint: string;
  /** Values in the exercise's format order; "" means the user fills it in. */
  params: string[];
  /** Equal set numbers are done together (superset/circuit). */
  setNumber: number;
}

export interface WorkoutTemplate {
  d: string;
  title: string;
  type: string;
  description: string;
  sets: TemplateSet[];
  hashtags: string[];
  /** Rounds to do (circuit, EMOM, AMRAP). */
  rounds?: number;
  /** Total time, seconds. */
  duration?: number;
  /** Work interval, seconds (EMOM). */
  interval?: number;
  /** Seconds. */
  restBetweenRounds?: number;
  /** Seconds. */
  restBetweenSets?: number;
}

type TimeField = 'duration' | 'interval' | 'restBetweenRounds' | 'restBetweenSets';

/** NIP-101e optional time tags, all in seconds, in the order they are emitted. */
const TIME_TAGS: ReadonlyArray<readonly [string, TimeField]> = [
  ['duration', 'duration'],
  ['interval', 'interval'],
  ['rest_between_rounds', 'restBetweenRounds'],
  ['rest_between_sets', 'restBetweenSets'],
];

/**
 * Lenient read of a kind 33402 event. Accepts exercise tags with or without the
 * trailing set_number (7 or 8 elements) and references without a pubkey ("33401:<d>"),
 * which are taken to mean the template author's own exercise. The optional numeric tags
 * (rounds, and times in seconds or hh:mm:ss) are refused when present but not numbers.
 */
export function parseTemplate(event: Pick<NostrEvent, 'kind' | 'tags' | 'content' | 'pubkey'>): ParseResult<WorkoutTemplate> {
  if (event.kind !== KIND.workoutTemplate) return fail(`kind ${event.kind} is not a workout template (33402)`);
  const d = tagValue(event.tags, 'd');
  if (d === undefined || d === '') return fail('template has no d tag');
  const title = tagValue(event.tags, 'title')?.trim();
  if (!title) return fail('template has no title tag');
  const sets: TemplateSet[] = [];
  let position = 0;
  for (const tag of event.tags) {
    if (tag[0] !== 'exercise') continue;
    position++;
    const address = canonicalExerciseAddress(tag[1] ?? '', event.pubkey);
    if (!address) return fail(`exercise tag ${position}: '${tag[1] ?? ''}' is not a 33401 address`);
    const target = readTargetSets(tag);
    if (target) {
      for (let n = 0; n < target.count; n++)
        sets.push({ exerciseAddress: address, relayHint: '', params: target.params, setNumber: sets.length + 1 });
      continue;
    }
    const { params, setNumberText } = splitExerciseTag(tag);
    const setNumber = readSetNumber(setNumberText, position);
    if (setNumber === undefined) return fail(`exercise tag ${position}: set number '${setNumberText ?? ''}' is not a whole number`);
    sets.push({ exerciseAddress: address, relayHint: tag[2] ?? '', params, setNumber });
  }
  if (sets.length === 0) return fail('template has no exercise tags');
  const type = tagValue(event.tags, 'type')?.trim().toLowerCase() || 'strength';
  const template: WorkoutTemplate = {
    d,
    title,
    type,
    description: event.content,
    sets: GROUPED_TYPES.has(type) || !restartsPerExercise(sets) ? sets : sets.map((set, i) => ({ ...set, setNumber: i + 1 })),
    hashtags: tagValues(event.tags, 't'),
  };
  const problem = readTemplateNumbers(event.tags, template);
  return problem ? fail(problem) : ok(template);
}

/** Types whose equal set numbers mean sets done together; in the others they cannot. */
const GROUPED_TYPES: ReadonlySet<string> = new Set(['superset', 'circuit', 'emom', 'amrap']);

/**
 * POWR web numbers each exercise's sets from 1 again (A 1 2 3, B 1 2 3): in a straight
 * template that does not mean A and B done together, so the sets are numbered in order.
 * Runs of one set each (A 1, B 1) stay as written: that is how a superset of single sets reads.
 */
function restartsPerExercise(sets: readonly TemplateSet[]): boolean {
  let runs = 0;
  let longRun = false;
  for (let i = 0; i < sets.length; i++) {
    const set = sets[i];
    if (!set) continue;
    const first = set.exerciseAddress !== sets[i - 1]?.exerciseAddress;
    if (first) runs++;
    else longRun = true;
    if (set.setNumber !== (first ? 1 : (sets[i - 1]?.setNumber ?? 0) + 1)) return false;
  }
  return runs > 1 && longRun;
}

/**
 * POWR's apps write a target instead of sets: ["exercise", ref, "<sets>", "<reps>", "<set type>"]
 * (the React Native app) or "<weight>" last (POWR web's test publisher). Read as that many
 * strength sets (weight, reps, rpe, set type) to fill in.
 */
function readTargetSets(tag: readonly string[]): { count: number; params: string[] } | undefined {
  const [, , count = '', reps = '', last = ''] = tag;
  if (tag.length !== 5 || !/^\d+$/.test(count) || Number(count) < 1 || Number(count) > 50) return undefined;
  const setType = canonicalSetType(last);
  return { count: Number(count), params: setType ? ['', reps, '', setType] : [last, reps, '', 'normal'] };
}

/** The written set number, or the tag's position when there is none (7-element tags) or it is empty. */
export function readSetNumber(text: string | undefined, position: number): number | undefined {
  const trimmed = text?.trim() ?? '';
  if (trimmed === '') return position;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : undefined;
}

/** Fills the optional numeric tags; an empty value counts as absent, garbage is refused. */
function readTemplateNumbers(tags: readonly string[][], template: WorkoutTemplate): string | undefined {
  const rounds = tagValue(tags, 'rounds')?.trim();
  if (rounds) {
    const value = parseDecimal(rounds);
    if (value === undefined || !Number.isInteger(value) || value < 0) return `rounds '${rounds}' is not a whole number`;
    template.rounds = value;
  }
  for (const [name, field] of TIME_TAGS) {
    const text = tagValue(tags, name)?.trim();
    if (!text) continue;
    const seconds = parseSeconds(text);
    if (seconds === undefined) return `${name} '${text}' is not a time in seconds`;
    template[field] = seconds;
  }
  return undefined;
}

/** Strict build of the canonical kind 33402 event. Throws on a template that breaks NIP-101e. */
export function buildTemplate(template: WorkoutTemplate, createdAt: number): UnsignedEvent {
  if (!template.d) throw new Error('template needs a d value');
  const title = template.title.trim();
  if (!title) throw new Error('template needs a title');
  if (!(TEMPLATE_TYPES as readonly string[]).includes(template.type)) {
    throw new Error(`template type '${template.type}' is not one of ${TEMPLATE_TYPES.join(', ')}`);
  }
  if (template.sets.length === 0) throw new Error('template needs at least one exercise set');
  const tags: string[][] = [
    ['d', template.d],
    ['title', title],
    ['type', template.type],
  ];
  if (template.rounds !== undefined) {
    if (!Number.isInteger(template.rounds) || template.rounds < 1) throw new Error('rounds must be a whole number ≥ 1');
    tags.push(['rounds', String(template.rounds)]);
  }
  for (const [name, field] of TIME_TAGS) {
    const seconds = template[field];
    if (seconds === undefined) continue;
    if (!Number.isFinite(seconds) || seconds < 0) throw new Error(`${name} must be a number of seconds ≥ 0`);
    tags.push([name, String(seconds)]);
  }
  template.sets.forEach((set, i) => tags.push(buildExerciseTag(set, `set ${i + 1}`)));
  for (const hashtag of canonicalHashtags(template.hashtags)) tags.push(['t', hashtag]);
  return { kind: KIND.workoutTemplate, created_at: createdAt, tags, content: template.description };
}

/**
 * The canonical 8-element exercise tag of templates and records (NIP-101e): full
 * 33401:<pubkey>:<d> address, relay hint, params, and always the set number, which
 * keeps identical sets from being merged by libraries that drop duplicate tags.
 */
export function buildExerciseTag(set: TemplateSet, where: string): string[] {
  const address = parseAddress(set.exerciseAddress);
  if (!address || address.kind !== KIND.exercise) {
    throw new Error(`${where}: '${set.exerciseAddress}' is not a full 33401:<pubkey>:<d> address`);
  }
  const hint = set.relayHint === '' ? '' : normaliseRelayUrl(set.relayHint);
  if (hint === undefined) throw new Error(`${where}: relay hint '${set.relayHint}' is not a ws:// or wss:// URL`);
  if (!Number.isInteger(set.setNumber) || set.setNumber < 1) throw new Error(`${where}: set number must be a whole number ≥ 1`);
  if (set.params.length === 0) throw new Error(`${where}: needs at least one parameter`);
  const tag = ['exercise', formatAddress(address), hint, ...set.params];
  // A set number that would read as one more value is left out: readers number such sets by position (NIP-101e's 7-element form).
  return setNumberWouldMisread(set.params) ? tag : [...tag, String(set.setNumber)];
}

/** Hashtags as NIP-101e clients filter them: trimmed, lowercase, once each. */
export function canonicalHashtags(hashtags: readonly string[]): string[] {
  return [...new Set(hashtags.map((t) => t.trim().toLowerCase()).filter(Boolean))];
}

/** "33401:<pubkey>:<d>" as is; "33401:<d>" completed with the referring event's author. */
export function canonicalExerciseAddress(reference: string, authorPubkey: string): string | undefined {
  return canonicalAddress(reference, KIND.exercise, authorPubkey);
}

/**
 * "<kind>:<pubkey>:<d>" of the expected kind as is. A reference without a valid pubkey is
 * completed with the referring event's author, as apps write them: "<kind>:<d>" (NIP-101e
 * allows it), "<kind>::<d>" (an empty pubkey) and "<kind>:local:<id>" (ids made up on a
 * device, whose d then holds a colon). Another kind, or no d, is undefined.
 */
export function canonicalAddress(reference: string, kind: number, authorPubkey: string): string | undefined {
  const full = parseAddress(reference);
  if (full) return full.kind === kind ? formatAddress(full) : undefined;
  const match = /^(\d+):(.*)$/.exec(reference.trim());
  if (!match || Number(match[1]) !== kind) return undefined;
  const d = (match[2] ?? '').replace(/^:/, '');
  return d === '' ? undefined : formatAddress({ kind, pubkey: authorPubkey, d });
}

/** Distinct exercise addresses a template needs, in first-use order. */
export function templateExerciseAddresses(template: WorkoutTemplate): string[] {
  return [...new Set(template.sets.map((set) => set.exerciseAddress))];
}
